import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFolderName } from '../../generator/workshop/kinds.ts';
import { KitError } from '../../generator/errors.ts';
import { inspectOutputFolder } from '../../generator/kit-folder.ts';
import { assertInside, writeOutputs, type WriteOptions } from '../../generator/write.ts';
import { tempDir } from '../helpers.ts';
import { readManifestJson } from './manifest-json.ts';

const manifest: WriteOptions['manifest'] = (outputs) => ({
  kit: { name: 'workshop-kit-287g', version: 'test' },
  format: 2,
  outputs,
});
const plain: WriteOptions = { manifest };
const read = (...parts: string[]) => readFileSync(path.join(...parts), 'utf8');
const listed = (dir: string) => readManifestJson(dir).outputs;
const hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** A folder holding only a file of the trainer's. */
function folderWithNotes(): string {
  const dir = path.join(tempDir(), 'mine');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'my-notes.docx'), 'my own notes');
  return dir;
}

async function refusal(promise: Promise<unknown>): Promise<KitError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof KitError)) throw new Error(`expected a KitError, got ${String(error)}`);
  expect(error.exitCode).toBe(2);
  return error;
}

describe('writing outputs', () => {
  it('writes a new folder with a manifest listing every file and its checksum', async () => {
    const out = path.join(tempDir(), 'region');
    const result = await writeOutputs(
      out,
      [
        { path: 'a.txt', bytes: 'first', kind: 'summary', language: 'en' },
        { path: 'b/c.txt', bytes: 'second' },
      ],
      plain,
    );
    expect(readdirSync(out).sort()).toEqual(['a.txt', 'b', 'manifest.json']);
    expect(listed(out)).toEqual([
      { path: 'a.txt', kind: 'summary', language: 'en', bytes: 5, sha256: hex('first') },
      { path: 'b/c.txt', kind: 'file', language: null, bytes: 6, sha256: hex('second') },
    ]);
    expect(result.leftInPlace).toEqual([]);
  });

  it(
    'refuses a folder holding a file the kit did not write, naming the folder and the file, and writes ' + 'nothing',
    async () => {
      const out = folderWithNotes();
      const error = await refusal(writeOutputs(out, [{ path: 'a.txt', bytes: 'x' }], plain));
      expect(error.message).toContain(out);
      expect(error.problems.map((problem) => problem.file)).toEqual([path.join(out, 'my-notes.docx')]);
      expect(error.hint).toMatch(/empty or new folder/);
      expect(readdirSync(out)).toEqual(['my-notes.docx']);
      expect(read(out, 'my-notes.docx')).toBe('my own notes');
    },
  );

  it('lists at most ten of the files found in a folder it refuses', async () => {
    const out = folderWithNotes();
    for (let i = 0; i < 14; i += 1) writeFileSync(path.join(out, `file-${String(i).padStart(2, '0')}.txt`), 'x');
    const error = await refusal(writeOutputs(out, [{ path: 'a.txt', bytes: 'x' }], plain));
    expect(error.problems).toHaveLength(11);
    expect(error.problems.at(-1)!.message).toMatch(/and more/);
    expect(readdirSync(out)).toHaveLength(15);
  });

  it("refuses a file given as the folder, and a folder whose manifest.json is not the kit's", async () => {
    const file = path.join(tempDir(), 'notes.txt');
    writeFileSync(file, 'mine');
    expect((await refusal(writeOutputs(file, [{ path: 'a.txt', bytes: 'x' }], plain))).message).toMatch(
      /is a file, not a folder/,
    );
    expect(read(file)).toBe('mine');
    const other = path.join(tempDir(), 'other');
    mkdirSync(other);
    writeFileSync(path.join(other, 'manifest.json'), '{"name":"someone else\'s"}');
    await refusal(writeOutputs(other, [{ path: 'manifest.json', bytes: 'x' }], plain));
    expect(read(other, 'manifest.json')).toBe('{"name":"someone else\'s"}');
  });

  it('writes into an empty folder', async () => {
    const out = path.join(tempDir(), 'empty');
    mkdirSync(out);
    await writeOutputs(out, [{ path: 'a.txt', bytes: 'x' }], plain);
    expect(read(out, 'a.txt')).toBe('x');
  });

  it('replaces its own files in a kit folder and leaves a file the trainer added there in place', async () => {
    const out = path.join(tempDir(), 'kit');
    await writeOutputs(out, [{ path: 'a.txt', bytes: 'first' }], plain);
    writeFileSync(path.join(out, 'my-notes.docx'), 'my own notes');
    const result = await writeOutputs(out, [{ path: 'a.txt', bytes: 'second' }], plain);
    expect(read(out, 'a.txt')).toBe('second');
    expect(read(out, 'my-notes.docx')).toBe('my own notes');
    expect(result.leftInPlace).toEqual(['my-notes.docx']);
    expect(listed(out).map((entry) => entry.path)).toEqual(['a.txt']);
  });

  it('refuses, writing nothing, when a file the kit did not write has the name of one it would write', async () => {
    const out = path.join(tempDir(), 'kit');
    await writeOutputs(out, [{ path: 'a.txt', bytes: 'first' }], plain);
    writeFileSync(path.join(out, 'handout-en.pdf'), "the trainer's own handout");
    const error = await refusal(
      writeOutputs(
        out,
        [
          { path: 'a.txt', bytes: 'second' },
          { path: 'handout-en.pdf', bytes: 'kit' },
        ],
        plain,
      ),
    );
    expect(error.problems.map((problem) => problem.file)).toEqual([path.join(out, 'handout-en.pdf')]);
    expect(read(out, 'handout-en.pdf')).toBe("the trainer's own handout");
    expect(read(out, 'a.txt')).toBe('first');
  });

  it(
    'keeps the earlier kit files a write does not supersede, removes the stale ones, and lists what is ' + 'there',
    async () => {
      const out = path.join(tempDir(), 'kit');
      await writeOutputs(
        out,
        [
          { path: 'en.txt', bytes: 'en', language: 'en' },
          { path: 'es.txt', bytes: 'es', language: 'es' },
          { path: 'old/es-stale.txt', bytes: 'old', language: 'es' },
        ],
        plain,
      );
      const result = await writeOutputs(out, [{ path: 'es.txt', bytes: 'es again', language: 'es' }], {
        manifest,
        supersedes: (entry) => entry.language === 'es',
      });
      expect(readdirSync(out).sort()).toEqual(['en.txt', 'es.txt', 'manifest.json']);
      expect(result.removed).toEqual(['old/es-stale.txt']);
      expect(listed(out).map((entry) => [entry.path, entry.sha256])).toEqual([
        ['en.txt', hex('en')],
        ['es.txt', hex('es again')],
      ]);
    },
  );

  it('leaves the previous output untouched when the write fails, with no temporary folder left', async () => {
    const out = path.join(tempDir(), 'kit');
    await writeOutputs(out, [{ path: 'keep.txt', bytes: 'previous' }], plain);
    const failing = writeOutputs(out, [{ path: 'keep.txt', bytes: 'new' }], {
      manifest,
      finish: () => Promise.reject(new Error('Slidev broke')),
    });
    await expect(failing).rejects.toThrow(/Slidev broke/);
    expect(read(out, 'keep.txt')).toBe('previous');
    expect(readdirSync(out).sort()).toEqual(['keep.txt', 'manifest.json']);
    // A file and a folder of the same name cannot both be written: also a failure before anything moves.
    await expect(
      writeOutputs(
        out,
        [
          { path: 'x', bytes: '1' },
          { path: 'x/y', bytes: '2' },
        ],
        plain,
      ),
    ).rejects.toBeInstanceOf(KitError);
    expect(readdirSync(out).sort()).toEqual(['keep.txt', 'manifest.json']);
  });

  it('leaves no folder behind when the first write into a new folder fails', async () => {
    const root = tempDir();
    await expect(
      writeOutputs(path.join(root, 'new'), [{ path: 'a', bytes: '1' }], {
        manifest,
        finish: () => Promise.reject(new Error('no')),
      }),
    ).rejects.toThrow();
    expect(readdirSync(root)).toEqual([]);
  });

  it(
    'writes into a temporary folder with an unpredictable name inside the output folder, never renaming ' +
      'the folder itself',
    async () => {
      const root = tempDir();
      const out = path.join(root, 'kit');
      const seen: string[] = [];
      const record = (temporary: string) => {
        seen.push(temporary);
        return Promise.resolve();
      };
      await writeOutputs(out, [{ path: 'a.txt', bytes: '1' }], { manifest, finish: record });
      const inode = lstatSync(out).ino;
      await writeOutputs(out, [{ path: 'a.txt', bytes: '2' }], { manifest, finish: record });
      expect(lstatSync(out).ino).toBe(inode);
      for (const temporary of seen) {
        expect(path.dirname(temporary)).toBe(out);
        expect(path.basename(temporary)).toMatch(/^\.kit-tmp-[A-Za-z0-9]{6}$/);
        expect(existsSync(temporary)).toBe(false);
      }
      expect(seen[0]).not.toBe(seen[1]);
      expect(readdirSync(root)).toEqual(['kit']);
    },
  );

  it(
    'never writes through a link: a kit file turned into a link is refused, replaced only with force, and ' +
      'a linked folder is refused',
    async () => {
      const outside = tempDir();
      writeFileSync(path.join(outside, 'precious.txt'), 'outside the kit');
      const out = path.join(tempDir(), 'kit');
      await writeOutputs(
        out,
        [
          { path: 'a.txt', bytes: '1' },
          { path: 'sub/b.txt', bytes: '1' },
        ],
        plain,
      );
      // Someone swaps the kit's a.txt for a link to a file elsewhere: the write replaces the link, not its target.
      const target = path.join(outside, 'precious.txt');
      const link = path.join(out, 'a.txt');
      await import('node:fs/promises').then((fs) => fs.unlink(link));
      symlinkSync(target, link);
      const changed = await refusal(
        writeOutputs(
          out,
          [
            { path: 'a.txt', bytes: '2' },
            { path: 'sub/b.txt', bytes: '2' },
          ],
          plain,
        ),
      );
      expect(changed.problems).toEqual([{ file: link, message: 'changed since the kit wrote it' }]);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      await writeOutputs(
        out,
        [
          { path: 'a.txt', bytes: '2' },
          { path: 'sub/b.txt', bytes: '2' },
        ],
        { ...plain, force: true },
      );
      expect(read(outside, 'precious.txt')).toBe('outside the kit');
      expect(lstatSync(link).isSymbolicLink()).toBe(false);
      expect(read(out, 'a.txt')).toBe('2');
      // A folder the kit writes into, swapped for a link to a folder elsewhere: refused.
      await import('node:fs/promises').then((fs) => fs.rm(path.join(out, 'sub'), { recursive: true }));
      symlinkSync(outside, path.join(out, 'sub'));
      const error = await refusal(writeOutputs(out, [{ path: 'sub/precious.txt', bytes: 'overwritten' }], plain));
      expect(error.problems[0]!.message).toMatch(/link/);
      expect(readdirSync(outside)).toEqual(['precious.txt']);
      expect(read(outside, 'precious.txt')).toBe('outside the kit');
    },
  );

  it.each(['../escape.txt', '/etc/passwd', 'a/../../b', 'C:\\x', 'a\\..\\b', '', './a'])(
    'refuses the path %j',
    (relative) => {
      expect(() => assertInside(relative)).toThrow(KitError);
    },
  );

  it('names output folders from region ids with only safe characters', () => {
    const name = outputFolderName({
      id: 'custom/../../etc <script>',
      kind: 'custom',
      name: '',
      state: null,
      counties: [],
      agencies: [],
    });
    expect(name).toMatch(/^[a-z0-9-]+$/);
    expect(existsSync(name)).toBe(false);
  });

  it(
    "counts a format-1 kit's deck site as the kit's, by its deck entries' folder and language (not by file " + 'names)',
    async () => {
      const dir = path.join(tempDir(), 'old-kit');
      mkdirSync(path.join(dir, 'deck-es', 'dist'), { recursive: true });
      writeFileSync(path.join(dir, 'deck-es', 'slides.md'), 'slides');
      writeFileSync(path.join(dir, 'deck-es', 'dist', 'index.html'), 'site');
      writeFileSync(path.join(dir, 'slides-es.pdf'), 'pdf');
      const entry = (file: string, text: string) => ({
        path: file,
        kind: 'deck',
        language: 'es',
        bytes: text.length,
        sha256: hex(text),
      });
      writeFileSync(
        path.join(dir, 'manifest.json'),
        JSON.stringify({
          kit: { name: 'workshop-kit-287g', version: '0.0.1' },
          format: 1,
          outputs: [entry('deck-es/slides.md', 'slides'), entry('slides-es.pdf', 'pdf')],
        }),
      );
      const folder = await inspectOutputFolder(dir);
      expect(folder.owned.map(({ path, kind, language }) => ({ path, kind, language }))).toEqual([
        { path: 'deck-es/slides.md', kind: 'deck', language: 'es' },
        { path: 'slides-es.pdf', kind: 'deck', language: 'es' },
        { path: 'deck-es/dist/index.html', kind: 'deck-site', language: 'es' },
      ]);
    },
  );
});
