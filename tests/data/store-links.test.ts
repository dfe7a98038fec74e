// kit data import writes its snapshot into a data folder others may share: links planted at the snapshot's name
// or at the temporary names the kit once used (name.tmp-PID) never lead it to write into another file.

import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../generator/data/store.ts';
import { iceFile, runKit, tempDir } from '../helpers.ts';

const VICTIM_TEXT = "someone else's file\n";

describe('kit data import and links in the data folder', () => {
  it(
    "replaces a link at the snapshot's name and ignores links at " +
      'predictable temporary names, leaving their targets as they were',
    async () => {
      const root = tempDir();
      const dir = path.join(root, 'data');
      const snapshots = path.join(dir, 'snapshots');
      mkdirSync(snapshots, { recursive: true });
      const victims = ['snapshot-victim.txt', 'temporary-victim.txt'].map((name) => path.join(root, name));
      for (const victim of victims) writeFileSync(victim, VICTIM_TEXT);
      const snapshot = path.join(snapshots, 'pending-2025-07-01.json');
      symlinkSync(victims[0]!, snapshot);
      // The names an earlier kit wrote through: <snapshot>.tmp-<pid> (runKit runs the CLI in this process).
      const planted = [`${snapshot}.tmp-${process.pid}`, `${snapshot}.${process.pid}.tmp`];
      for (const link of planted) symlinkSync(victims[1]!, link);

      const result = await runKit([
        'data',
        'import',
        iceFile('pending-2025-07-01.csv'),
        '--pending',
        '--data-dir',
        dir,
      ]);
      expect(result.code, result.stderr).toBe(0);

      for (const victim of victims) expect(readFileSync(victim, 'utf8'), victim).toBe(VICTIM_TEXT);
      expect(lstatSync(snapshot).isFile()).toBe(true);
      const saved = await readSnapshot(snapshot);
      expect(saved).toMatchObject({ kind: 'pending', asOf: '2025-07-01' });
      expect(saved.agreements.length).toBeGreaterThan(0);
      // Nothing of the kit's own is left behind: only the snapshot and the links planted beside it.
      expect(readdirSync(snapshots).sort()).toEqual(
        [path.basename(snapshot), ...planted.map((link) => path.basename(link))].sort(),
      );
      for (const link of planted) expect(lstatSync(link).isSymbolicLink()).toBe(true);
    },
  );
});
