// replaceFile: the one way the kit writes a single file outside an output folder, whole or not at all and never
// through a link.

import { lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceFile, replaceFileSync } from '../generator/replace-file.ts';
import { tempDir } from './helpers.ts';

describe.each([
  ['replaceFile', replaceFile],
  ['replaceFileSync', replaceFileSync],
] as const)('%s', (_, write) => {
  it('writes a new file and replaces an old one, leaving no temporary file behind', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'lock.yaml');
    await write(file, 'first\n');
    expect(readFileSync(file, 'utf8')).toBe('first\n');
    await write(file, 'second\n');
    expect(readFileSync(file, 'utf8')).toBe('second\n');
    expect(readdirSync(dir)).toEqual(['lock.yaml']);
  });

  it("replaces a link at the name with the file, and the link's target stays as it was", async () => {
    const dir = tempDir();
    const victim = path.join(dir, 'victim.txt');
    writeFileSync(victim, "someone else's file\n");
    const file = path.join(dir, 'cache.json');
    symlinkSync(victim, file);
    await write(file, '{}');
    expect(readFileSync(victim, 'utf8')).toBe("someone else's file\n");
    expect(lstatSync(file).isFile()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('{}');
  });

  it('throws when the folder does not exist, creating nothing', async () => {
    const dir = tempDir();
    await expect(Promise.resolve().then(() => write(path.join(dir, 'missing', 'file.json'), '{}'))).rejects.toThrow(
      /ENOENT/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
