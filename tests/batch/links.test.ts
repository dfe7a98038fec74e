// A link planted where a batch writes its index.html (a shared output folder): the batch never writes into the
// link's target, whether the folder is new to it or a batch folder of its own from an earlier run.

import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.ts';
import { runKitBatch } from './helpers.ts';

const VICTIM_TEXT = "someone else's file\n";

function plantVictim(root: string): string {
  const victim = path.join(root, 'victim.txt');
  writeFileSync(victim, VICTIM_TEXT);
  return victim;
}

const batch = (out: string) =>
  runKitBatch(['--states', 'AK', '--lang', 'en', '--only', 'summary', '--jobs', '1', '--out', out]);

describe('kit batch and links in its folder', () => {
  it('refuses a new folder whose index.html is a link, writing nothing through it', async () => {
    const root = tempDir();
    const victim = plantVictim(root);
    const out = path.join(root, 'batch');
    mkdirSync(out);
    symlinkSync(victim, path.join(out, 'index.html'));
    const result = await batch(out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/files the kit did not write/);
    expect(readFileSync(victim, 'utf8')).toBe(VICTIM_TEXT);
    expect(lstatSync(path.join(out, 'index.html')).isSymbolicLink()).toBe(true);
  }, 120_000);

  it('refuses a link planted over its own index.html from an earlier run, never writing through it', async () => {
    const root = tempDir();
    const victim = plantVictim(root);
    const out = path.join(root, 'batch');
    const first = await batch(out);
    expect(first.code, first.stderr).toBe(0);
    for (const name of ['index.html', 'batch.json']) {
      rmSync(path.join(out, name));
      symlinkSync(victim, path.join(out, name));
    }
    // A kit file that became a link was changed by someone else: the kit names it and writes nothing.
    const again = await batch(out);
    expect(again.code, again.stderr).toBe(2);
    expect(again.stderr).toMatch(/2 files the kit wrote were changed since/);
    expect(readFileSync(victim, 'utf8')).toBe(VICTIM_TEXT);
    for (const name of ['index.html', 'batch.json'])
      expect(lstatSync(path.join(out, name)).isSymbolicLink(), name).toBe(true);
    // Once the links are gone, the batch writes fresh files, and the link's target is still as it was.
    for (const name of ['index.html', 'batch.json']) rmSync(path.join(out, name));
    const third = await batch(out);
    expect(third.code, third.stderr).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe(VICTIM_TEXT);
    for (const name of ['index.html', 'batch.json']) expect(lstatSync(path.join(out, name)).isFile(), name).toBe(true);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toMatch(/<html/);
    expect(existsSync(path.join(out, 'ak', 'region-summary.md'))).toBe(true);
  }, 180_000);
});
