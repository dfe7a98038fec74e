// --out as a trainer uses it: a folder of their own is never emptied or overwritten, a kit folder keeps
// the files they added, and partial rebuilds keep the rest of the kit, listed in manifest.json and index.html.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../generator/kit-folder.ts';
import { squash } from '../pdf/tools.ts';
import { runKit, tempDir } from '../helpers.ts';
import { readManifestJson } from '../workshop/manifest-json.ts';
import { readPdfText } from '../pdf/text.ts';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A folder holding a file of the trainer's, as they made it. */
function folderWithNotes(root = tempDir()): string {
  const dir = path.join(root, 'mine');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'my-notes.docx'), 'my own notes');
  return dir;
}

function expectUntouched(dir: string): void {
  expect(readdirSync(dir)).toEqual(['my-notes.docx']);
  expect(readFileSync(path.join(dir, 'my-notes.docx'), 'utf8')).toBe('my own notes');
}

/** The manifest lists every file in the folder but itself and the trainer's, each with its checksum. */
function expectManifestListsFolder(dir: string, others: string[]): void {
  const manifest = readManifestJson(dir);
  const inFolder = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== 'manifest.json' && !others.includes(file))
    .sort();
  expect(manifest.outputs.map((entry) => entry.path).sort()).toEqual(inFolder);
  for (const entry of manifest.outputs) expect(sha(path.join(dir, entry.path)), entry.path).toBe(entry.sha256);
}

describe("--out on a folder that is not the kit's", () => {
  it(
    'is refused with exit 2 by every command that writes, naming the folder and its files, and the folder ' +
      'is left as it was',
    async () => {
      const root = tempDir();
      const quizDir = path.join(root, 'quiz');
      expect(
        (await runKit(['quiz', '--region', 'tx/tarrant-county', '--lang', 'en', '--questions', '3', '--out', quizDir]))
          .code,
      ).toBe(0);
      writeFileSync(path.join(root, 'responses.csv'), 'Timestamp,Q\n1,2\n');
      const commands: [string, string[]][] = [
        ['build', ['build', '--fast', '--region', 'tx/harris-county']],
        ['quiz', ['quiz', '--region', 'tx/harris-county']],
        [
          'quiz score',
          ['quiz', 'score', path.join(root, 'responses.csv'), '--quiz', path.join(quizDir, 'quiz-en.json')],
        ],
        ['batch', ['batch', '--states', 'AK', '--only', 'summary', '--jobs', '1']],
        ['present', ['present', '--static', '--region', 'tx/harris-county']],
      ];
      for (const [name, argv] of commands) {
        const mine = folderWithNotes(path.join(root, `${name.replace(' ', '-')}-command`));
        const result = await runKit([...argv, '--out', mine]);
        expect(result.code, `${name}: ${result.stderr}`).toBe(2);
        expect(result.stderr, name).toContain(`--out ${mine}: this folder holds files the kit did not write`);
        expect(result.stderr, name).toContain(path.join(mine, 'my-notes.docx'));
        expect(result.stderr, name).toMatch(
          /Choose an empty or new folder for --out, or the folder of an earlier kit build\./,
        );
        expectUntouched(mine);
      }
      const file = path.join(root, 'notes.txt');
      writeFileSync(file, 'mine');
      const onFile = await runKit(['build', '--fast', '--region', 'tx/harris-county', '--out', file]);
      expect(onFile.code).toBe(2);
      expect(onFile.stderr).toMatch(/notes\.txt: this is a file, not a folder/);
      expect(readFileSync(file, 'utf8')).toBe('mine');
    },
    120_000,
  );
});

describe('a kit folder', () => {
  it(
    'keeps a file the trainer added and says so; --lang es keeps the English files, --only quiz the ' + 'handouts',
    async () => {
      const out = path.join(tempDir(), 'kit');
      expect(
        (await runKit(['build', '--fast', '--region', 'tx/harris-county', '--lang', 'en,es', '--out', out])).code,
      ).toBe(0);
      writeFileSync(path.join(out, 'my-notes.docx'), 'my own notes');
      const english = ['handout-en.pdf', 'workshop-en.md', 'deck-en/slides.md', 'quiz/quiz-en.json', 'slides-en.pdf'];
      const before = Object.fromEntries(english.map((file) => [file, sha(path.join(out, file))]));

      const spanish = await runKit(['build', '--fast', '--region', 'tx/harris-county', '--lang', 'es', '--out', out]);
      expect(spanish.code, spanish.stderr).toBe(0);
      expect(spanish.stderr).toMatch(
        /Left in place \(not written by the kit, untouched\) in .*kit\/:\n {2}my-notes\.docx/,
      );
      expect(readFileSync(path.join(out, 'my-notes.docx'), 'utf8')).toBe('my own notes');
      for (const file of english) expect(sha(path.join(out, file)), file).toBe(before[file]);
      expect(existsSync(path.join(out, 'cards-en-es.pdf'))).toBe(true);
      expectManifestListsFolder(out, ['my-notes.docx']);
      const index = readFileSync(path.join(out, 'index.html'), 'utf8');
      for (const file of [
        'handout-en.pdf',
        'handout-es.pdf',
        'quiz/quiz-en.json',
        'quiz/quiz-es.json',
        'workshop-en.md',
      ])
        expect(index, file).toContain(`href="${file}"`);
      expect(index).not.toContain('my-notes.docx');

      // The same partial build again is reused as it is, the English files still there.
      const again = await runKit(['build', '--fast', '--region', 'tx/harris-county', '--lang', 'es', '--out', out]);
      expect(again.stdout).toMatch(/Unchanged since the last build/);
      expect(existsSync(path.join(out, 'handout-en.pdf'))).toBe(true);

      const handouts = ['handout-en.pdf', 'handout-es.pdf', 'facilitator-guide-es.pdf'].map((file) => [
        file,
        sha(path.join(out, file)),
      ]);
      const quiz = await runKit([
        'build',
        '--fast',
        '--region',
        'tx/harris-county',
        '--lang',
        'en,es',
        '--only',
        'quiz',
        '--out',
        out,
      ]);
      expect(quiz.code, quiz.stderr).toBe(0);
      for (const [file, hash] of handouts) expect(sha(path.join(out, file!)), file).toBe(hash);
      expectManifestListsFolder(out, ['my-notes.docx']);
      expect(readFileSync(path.join(out, 'my-notes.docx'), 'utf8')).toBe('my own notes');
    },
    120_000,
  );

  it("refuses, writing nothing, when a file of the trainer's has the name of a file the build writes", async () => {
    const out = path.join(tempDir(), 'kit');
    expect(
      (await runKit(['build', '--fast', '--region', 'tx/harris-county', '--only', 'summary,handout', '--out', out]))
        .code,
    ).toBe(0);
    writeFileSync(path.join(out, 'workshop-en.md'), 'my own script');
    const blocked = await runKit([
      'build',
      '--fast',
      '--region',
      'tx/harris-county',
      '--only',
      'summary,script',
      '--out',
      out,
    ]);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain(`${path.join(out, 'workshop-en.md')} was not written by the kit`);
    expect(readFileSync(path.join(out, 'workshop-en.md'), 'utf8')).toBe('my own script');
    expect(existsSync(path.join(out, 'handout-en.pdf'))).toBe(true);
  }, 60_000);
});

describe('one-language cards', () => {
  it('are cards-LANG.pdf in that language on both sides, but the officer’s side of the statement card', async () => {
    const out = path.join(tempDir(), 'kit');
    expect(
      (
        await runKit([
          'build',
          '--fast',
          '--region',
          'tx/harris-county',
          '--lang',
          'es',
          '--only',
          'handout',
          '--out',
          out,
        ])
      ).code,
    ).toBe(0);
    expect(readdirSync(out).filter((file) => file.startsWith('cards-'))).toEqual(['cards-es.pdf']);
    const page = async (number: number) =>
      squash(await readPdfText(path.join(out, 'cards-es.pdf'), { pages: { first: number, last: number } }));
    for (const number of [1, 2]) expect(await page(number)).toContain('Algunos estados exigen su nombre');
    // The statement card: Spanish for its holder, English on its back for the officer who reads it.
    expect(await page(3)).toContain('Decido guardar silencio');
    expect(await page(3)).not.toContain('I choose to remain silent');
    expect(await page(4)).toContain('I choose to remain silent');
    const rights = squash(await readPdfText(path.join(out, 'cards-es.pdf'), { pages: { first: 1, last: 2 } }));
    expect(rights).not.toContain('Some states require your name');
  }, 60_000);
});

describe('kit batch --out', () => {
  it("builds again into its own folder, leaving the trainer's files in it and in a region's folder", async () => {
    const out = path.join(tempDir(), 'batch');
    const argv = ['batch', '--states', 'AK', '--only', 'summary', '--jobs', '1', '--out', out];
    expect((await runKit(argv)).code).toBe(0);
    writeFileSync(path.join(out, 'my-notes.docx'), 'mine');
    writeFileSync(path.join(out, 'ak', 'my-notes.docx'), 'mine too');
    const again = await runKit(argv);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(path.join(out, 'my-notes.docx'), 'utf8')).toBe('mine');
    expect(readFileSync(path.join(out, 'ak', 'my-notes.docx'), 'utf8')).toBe('mine too');
    expect(
      JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')).outputs.map(
        (entry: { path: string }) => entry.path,
      ),
    ).toEqual(['batch.json', 'index.html']);
    expect(await listFiles(out)).toContain('ak/region-summary.md');
  }, 120_000);
});
