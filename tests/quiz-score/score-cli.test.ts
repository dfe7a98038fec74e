// `kit quiz score` as a trainer runs it: the README's pre/post example in an ordinary folder (quizzes copied
// out of the kit), where the reports go without --out, and a response file scored against the wrong form.

import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../../generator/paths.ts';
import { runKit, tempDir } from '../helpers.ts';
import { readManifestJson } from '../workshop/manifest-json.ts';
import { parseQuizJson } from '../../generator/quiz/quiz-json.ts';
import { responsesCsv } from './responses-csv.ts';

const readQuiz = (file: string) => parseQuizJson(readFileSync(file, 'utf8'), file);

/** The README's line `npx kit quiz score before.csv ... --post-quiz quiz-en-post.json`, as its words. */
function readmeExample(): string[] {
  const line = readFileSync(path.join(KIT_ROOT, 'README.md'), 'utf8')
    .split('\n')
    .find((text) => text.startsWith('npx kit quiz score before.csv'));
  expect(line).toBeDefined();
  return line!.split(' ').slice(2);
}

// The kit's quizzes, made once for every test here (tempDir's folders go after each test).
const kitRoot = mkdtempSync(path.join(os.tmpdir(), 'kit-quizzes-'));
const kitQuizzes = path.join(kitRoot, 'quiz');
afterAll(() => rmSync(kitRoot, { recursive: true, force: true }));
beforeAll(async () => {
  const quiz = (...extra: string[]) =>
    runKit([
      'quiz',
      '--region',
      'tx/tarrant-county',
      '--lang',
      'en',
      '--questions',
      '5',
      '--out',
      kitQuizzes,
      ...extra,
    ]);
  expect((await quiz()).code).toBe(0);
  expect((await quiz('--form', 'post')).code).toBe(0);
}, 120_000);

/** An ordinary folder (no manifest) holding copies of the kit's quizzes and answer keys, and before.csv, after.csv. */
function ordinaryFolder(): string {
  const dir = path.join(tempDir(), 'dl');
  mkdirSync(dir);
  for (const file of ['quiz-en.json', 'quiz-en-post.json', 'answer-key-en.pdf', 'answer-key-en-post.pdf'])
    copyFileSync(path.join(kitQuizzes, file), path.join(dir, file));
  const read = (file: string) => readQuiz(path.join(dir, file));
  writeFileSync(
    path.join(dir, 'before.csv'),
    responsesCsv(read('quiz-en.json'), [
      { email: 'ana@example.org', wrong: [0, 1] },
      { email: 'ben@example.org', wrong: [0] },
    ]),
  );
  writeFileSync(
    path.join(dir, 'after.csv'),
    responsesCsv(read('quiz-en-post.json'), [
      { email: 'ana@example.org', wrong: [] },
      { email: 'ben@example.org', wrong: [] },
    ]),
  );
  return dir;
}

const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file !== 'score-reports')
      .map((file) => [file, readFileSync(path.join(dir, file), 'latin1')]),
  );

describe('kit quiz score without --out, beside quizzes in a folder the kit did not write', () => {
  it(
    'runs the README example word for word, writing the reports into score-reports/ beside the quiz and ' +
      'saying where',
    async () => {
      const dir = ordinaryFolder();
      const before = snapshot(dir);
      const scored = await runKit(readmeExample(), { cwd: dir });
      expect(scored.code, scored.stderr).toBe(0);
      expect(scored.stdout).toContain(
        'Scored 2 responses from before.csv and 2 post responses from after.csv: ' +
          'score-reports/score-report-quiz-en-with-post.md, .pdf and .csv',
      );
      expect(scored.stdout).toContain('in a folder of their own beside the quiz');
      expect(`${scored.stdout}${scored.stderr}`).not.toMatch(/--out \//);
      expect(readdirSync(path.join(dir, 'score-reports')).sort()).toEqual([
        'manifest.json',
        'score-report-quiz-en-with-post.csv',
        'score-report-quiz-en-with-post.md',
        'score-report-quiz-en-with-post.pdf',
      ]);
      expect(readFileSync(path.join(dir, 'score-reports', 'score-report-quiz-en-with-post.md'), 'utf8')).toMatch(
        /\b100\b/,
      );
      expect(snapshot(dir)).toEqual(before);

      // The next time, the same folder is used again: the pre report joins the earlier one there.
      const again = await runKit(['quiz', 'score', 'before.csv', '--quiz', 'quiz-en.json'], { cwd: dir });
      expect(again.code, again.stderr).toBe(0);
      expect(readdirSync(path.join(dir, 'score-reports'))).toEqual(
        expect.arrayContaining(['score-report-quiz-en.md', 'score-report-quiz-en-with-post.md']),
      );
      const manifest = readManifestJson(path.join(dir, 'score-reports'));
      expect(manifest.writtenBy).toEqual(['score']);
      expect(manifest.outputs).toHaveLength(6);
      expect(snapshot(dir)).toEqual(before);
    },
    60_000,
  );

  it(
    "refuses a score-reports/ that holds files of the trainer's, naming it without mentioning an --out " +
      'never given',
    async () => {
      const dir = ordinaryFolder();
      mkdirSync(path.join(dir, 'score-reports'));
      writeFileSync(path.join(dir, 'score-reports', 'mine.txt'), 'mine');
      const refused = await runKit(['quiz', 'score', 'before.csv', '--quiz', 'quiz-en.json'], { cwd: dir });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        `Reports folder ${path.join(dir, 'score-reports')}: this folder holds files the kit did not write`,
      );
      expect(refused.stderr).toContain('Move those files elsewhere, or choose another folder with --out DIR.');
      expect(refused.stderr).not.toMatch(/--out \//);
      expect(readdirSync(path.join(dir, 'score-reports'))).toEqual(['mine.txt']);
    },
  );

  it('still writes beside the quiz in a kit quiz folder, as before', async () => {
    const dir = path.join(tempDir(), 'quiz');
    expect(
      (await runKit(['quiz', '--region', 'tx/tarrant-county', '--lang', 'en', '--questions', '5', '--out', dir])).code,
    ).toBe(0);
    const quiz = readQuiz(path.join(dir, 'quiz-en.json'));
    const responses = path.join(tempDir(), 'responses.csv');
    writeFileSync(responses, responsesCsv(quiz, [{ email: 'ana@example.org', wrong: [] }]));
    const scored = await runKit(['quiz', 'score', responses, '--quiz', path.join(dir, 'quiz-en.json')]);
    expect(scored.code, scored.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'score-report-quiz-en.md'))).toBe(true);
    expect(existsSync(path.join(dir, 'score-reports'))).toBe(false);
  }, 60_000);
});

describe('a response file scored against a quiz it does not answer', () => {
  it('is refused with exit 2 and the quiz beside it that it does answer, instead of a blank report', async () => {
    const dir = ordinaryFolder();
    const wrong = await runKit(['quiz', 'score', 'after.csv', '--quiz', 'quiz-en.json'], { cwd: dir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      'after.csv: none of its columns is a question of quiz-en.json (--quiz), so nothing was scored.',
    );
    expect(wrong.stderr).toContain(
      'It has columns for 5 questions of quiz-en-post.json: did you mean --quiz quiz-en-post.json?',
    );
    expect(existsSync(path.join(dir, 'score-reports'))).toBe(false);
  }, 60_000);

  it('refuses --post without --post-quiz when the post file answers the post form and names --post-quiz', async () => {
    const dir = ordinaryFolder();
    const result = await runKit(['quiz', 'score', 'before.csv', '--quiz', 'quiz-en.json', '--post', 'after.csv'], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'after.csv: none of its columns is a question of quiz-en.json (--quiz, as no --post-quiz was given)',
    );
    expect(result.stderr).toContain('did you mean --post-quiz quiz-en-post.json?');
  }, 60_000);

  it('lists each column with its closest question when no quiz beside it fits', async () => {
    const dir = ordinaryFolder();
    writeFileSync(path.join(dir, 'other.csv'), 'Timestamp,Favourite colour\n2026/12/05 7:00:00 PM GMT-6,blue\n');
    const result = await runKit(['quiz', 'score', 'other.csv', '--quiz', 'quiz-en.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/other\.csv:1:Favourite colour this column matches no question/);
    expect(result.stderr).toContain('Give --quiz the quiz-LANG.json this form was made from');
  }, 60_000);
});
