// The import routine `kit data import`, `kit data update` and the app share, called as the app calls it.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffSincePrevious } from '../../generator/data/diff-lines.ts';
import { importIceFile, readIceFile } from '../../generator/data/import-file.ts';
import { expectKitError, iceFile, tempDir } from '../helpers.ts';

const NOW = new Date('2026-11-28T12:00:00Z');

describe('importIceFile', () => {
  test('saves the list, says it is the newest, and gives the lines `kit data import` prints', async () => {
    const dataDir = tempDir();
    const result = await importIceFile({
      dataDir,
      name: 'participatingAgencies10072025pm.xlsx',
      bytes: readFileSync(iceFile('participating-2025-10-07.xlsx')),
      kind: 'participating',
      today: '2026-11-28',
      now: NOW,
      showPath: (file) => path.basename(file),
    });
    expect(result.isNewest).toBe(true);
    expect(result.saved).toBe(path.join(dataDir, 'snapshots', 'participating-2025-10-07.json'));
    expect(result.snapshot).toMatchObject({ asOf: '2025-10-07', importedAt: '2026-11-28T12:00:00.000Z' });
    expect(result.lines[0]).toMatch(/^Read participatingAgencies10072025pm\.xlsx \(sheet "[^"]+"\): 1034 rows = /);
    expect(result.lines.at(-1)).toBe(
      'Saved the participating list of 2025-10-07 as participating-2025-10-07.json; ' +
        'it is now the default participating list.',
    );

    const older = await importIceFile({
      dataDir,
      name: 'list.csv',
      bytes: readFileSync(iceFile('participating-2025-07-01.csv')),
      kind: 'participating',
      asOf: '2025-07-01',
      today: '2026-11-28',
      now: NOW,
    });
    expect(older.isNewest).toBe(false);
    expect(older.lines.at(-1)).toBe(
      `Saved the participating list of 2025-07-01 as ${older.saved}; the newer list of 2025-10-07 stays the default.`,
    );
  });

  test('refuses a date in the future and writes nothing', async () => {
    const dataDir = tempDir();
    const error = await importIceFile({
      dataDir,
      name: 'participatingAgencies05182026am.xlsx',
      bytes: readFileSync(iceFile('participating-2026-05-18.xlsx')),
      kind: 'participating',
      today: '2026-05-17',
      now: NOW,
    }).catch((thrown: unknown) => thrown);
    expect(expectKitError(error).message).toBe('--as-of 2026-05-18 is in the future.');
    expect(readdirSync(dataDir)).toEqual([]);
  });

  test('readIceFile refuses a name without a date when no asOf is given', async () => {
    const error = await readIceFile({
      name: 'list.xlsx',
      bytes: readFileSync(iceFile('participating-2026-05-18.xlsx')),
      kind: 'participating',
      today: '2026-11-28',
      now: NOW,
    }).catch((thrown: unknown) => thrown);
    expect(expectKitError(error)).toMatchObject({
      code: 'usage',
      message: 'list.xlsx: the file name does not say when ICE published the list.',
    });
  });
});

describe('diffSincePrevious', () => {
  test('compares with the list of the same kind dated just before, and gives [] when there is none', async () => {
    const dataDir = tempDir();
    const load = (file: string, kind: 'participating' | 'pending') =>
      importIceFile({
        dataDir,
        name: file,
        bytes: readFileSync(iceFile(file)),
        kind,
        today: '2026-11-28',
        now: NOW,
      });
    const first = await load('participating-2025-07-01.xlsx', 'participating');
    expect(await diffSincePrevious(dataDir, first.snapshot)).toEqual([]);
    await load('pending-2025-10-07.xlsx', 'pending');
    await load('participating-2025-10-07.xlsx', 'participating');
    const newest = await load('participating-2026-05-18.xlsx', 'participating');
    const lines = await diffSincePrevious(dataDir, newest.snapshot);
    expect(lines[0]).toBe('From 2025-10-07 to 2026-05-18: 1034 -> 1843 agreements.');
    expect(lines.filter((line) => /^\S.*: \d+$/.test(line)).map((line) => line.replace(/ \d+$/, ''))).toEqual([
      'Agencies added:',
      'Agencies removed:',
      'Renamed (likely the same agency):',
      'Models added:',
      'Models dropped:',
      'Signing dates corrected:',
    ]);
    // An older list imported later is compared with the one before it, not with the newest.
    const middle = await load('participating-2025-10-07.xlsx', 'participating');
    expect((await diffSincePrevious(dataDir, middle.snapshot))[0]).toBe(
      'From 2025-07-01 to 2025-10-07: 744 -> 1034 agreements.',
    );
  });
});
