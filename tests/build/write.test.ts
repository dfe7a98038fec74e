import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFolderName } from '../../generator/build/kinds.ts';
import { KitError } from '../../generator/errors.ts';
import { assertInside, writeOutputs } from '../../generator/write.ts';
import { tempDir } from '../helpers.ts';

describe('writing outputs', () => {
  it('replaces the previous output folder only once every file is written', async () => {
    const root = tempDir();
    const out = path.join(root, 'region');
    await writeOutputs(out, [{ path: 'a.txt', bytes: 'first' }]);
    await writeOutputs(out, [{ path: 'b/c.txt', bytes: 'second' }]);
    expect(readdirSync(out).sort()).toEqual(['b']);
    expect(readFileSync(path.join(out, 'b', 'c.txt'), 'utf8')).toBe('second');
    expect(readdirSync(root)).toEqual(['region']);
  });

  it('leaves the previous output untouched when writing fails', async () => {
    const root = tempDir();
    const out = path.join(root, 'region');
    mkdirSync(out);
    writeFileSync(path.join(out, 'keep.txt'), 'previous');
    // A file and a folder of the same name cannot both be written.
    await expect(writeOutputs(out, [{ path: 'x', bytes: '1' }, { path: 'x/y', bytes: '2' }])).rejects.toBeInstanceOf(KitError);
    expect(readFileSync(path.join(out, 'keep.txt'), 'utf8')).toBe('previous');
    expect(readdirSync(root)).toEqual(['region']);
  });

  it.each(['../escape.txt', '/etc/passwd', 'a/../../b', 'C:\\x', 'a\\..\\b', '', './a'])('refuses the path %j', (relative) => {
    expect(() => assertInside(relative)).toThrow(KitError);
  });

  it('names output folders from region ids with only safe characters', () => {
    const name = outputFolderName({ id: 'custom/../../etc <script>', kind: 'custom', name: '', state: null, counties: [], agencies: [] });
    expect(name).toMatch(/^[a-z0-9-]+$/);
    expect(existsSync(name)).toBe(false);
  });
});
