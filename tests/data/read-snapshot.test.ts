// Reading a snapshot file back: what `kit data import` wrote is read whole; a file that is not JSON, or JSON without
// a snapshot's parts (an older format, a hand edit, another tool's file), is refused with a message naming it.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../generator/data/store.ts';
import { expectKitError, SHIPPED_DATA, tempDir } from '../helpers.ts';

const SHIPPED = 'participating-2026-05-18.json';

/** A copy of the shipped snapshot as parsed JSON, for a test to break one part of. */
function shippedSnapshot(): Record<string, unknown> {
  const parsed: Record<string, unknown> = JSON.parse(
    readFileSync(path.join(SHIPPED_DATA, 'snapshots', SHIPPED), 'utf8'),
  );
  return parsed;
}

async function refusal(json: string) {
  const file = path.join(tempDir(), SHIPPED);
  writeFileSync(file, json);
  return {
    file,
    error: expectKitError(
      await readSnapshot(file).then(
        () => undefined,
        (thrown: unknown) => thrown,
      ),
    ),
  };
}

describe('readSnapshot', () => {
  it('reads the shipped snapshot with its counts and agreements', async () => {
    const snapshot = await readSnapshot(path.join(SHIPPED_DATA, 'snapshots', SHIPPED));
    expect(snapshot).toMatchObject({ format: 1, kind: 'participating', asOf: '2026-05-18' });
    expect(snapshot.agreements).toHaveLength(snapshot.rows.agreements);
  });

  it('refuses a file that is not JSON, naming it and saying to import the list again', async () => {
    const { file, error } = await refusal('{"format": 1,');
    expect(error.code).toBe('bad-input');
    expect(error.message.startsWith(`${file}: this snapshot cannot be read (`), error.message).toBe(true);
    expect(error.hint).toBe('Import the ICE list again with `kit data import FILE`.');
  });

  for (const [part, change] of [
    ['format', { format: 2 }],
    ['kind', { kind: 'signed' }],
    ['asOf', { asOf: 20260518 }],
    ['source', { source: null }],
    ['rows', { rows: undefined }],
    ['agreements', { agreements: {} }],
    ['rejected', { rejected: 'none' }],
    ['warnings', { warnings: undefined }],
  ] as const) {
    it(`refuses JSON whose ${part} is not a snapshot's, naming the file`, async () => {
      const { file, error } = await refusal(JSON.stringify({ ...shippedSnapshot(), ...change }));
      expect(error.code).toBe('bad-input');
      expect(error.message).toBe(`${file}: not a snapshot this version of the kit can read.`);
      expect(error.hint).toBe('Import the ICE list again with `kit data import FILE`.');
    });
  }
});
