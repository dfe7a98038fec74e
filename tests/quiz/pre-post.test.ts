// The README's pre/post example, exactly as written: kit quiz, kit quiz --form post into the same folder,
// then `kit quiz score before.csv --quiz quiz-en.json --post after.csv --post-quiz quiz-en-post.json`.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { parseKitQuiz } from '../../generator/quiz/score/find-quiz.ts';
import type { Quiz } from '../../generator/quiz/types.ts';
import { runKit, tempDir } from '../helpers.ts';
import { responsesCsv } from '../quiz-score/responses-csv.ts';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const EXPORTS = ['.json', '.gift.txt', '.moodle.xml', '.qti.zip', '.kahoot.xlsx', '.csv', '.pdf'];

describe('pre and post quizzes side by side', () => {
  it('keeps the pre quiz when the post form and version B go in its folder; scores them as README says', async () => {
    const dir = tempDir();
    const quiz = (...extra: string[]) =>
      runKit(['quiz', '--region', 'tx/tarrant-county', '--lang', 'en', '--questions', '5', '--out', '.', ...extra], {
        cwd: dir,
      });
    expect((await quiz()).code).toBe(0);
    const pre = Object.fromEntries(readdirSync(dir).map((file) => [file, sha(path.join(dir, file))]));
    const post = await quiz('--form', 'post');
    expect(post.code, post.stderr).toBe(0);
    for (const [file, hash] of Object.entries(pre).filter(([file]) => file !== 'manifest.json'))
      expect(sha(path.join(dir, file)), file).toBe(hash);
    expect((await quiz('--version', 'B')).code).toBe(0);
    expect((await quiz('--form', 'post', '--version', 'B')).code).toBe(0);
    for (const stem of ['quiz-en', 'quiz-en-post', 'quiz-en-B', 'quiz-en-post-B']) {
      for (const extension of EXPORTS) expect(readdirSync(dir), `${stem}${extension}`).toContain(`${stem}${extension}`);
      expect(readdirSync(dir)).toContain(`answer-key-${stem.slice(5)}.pdf`);
    }
    for (const [file, hash] of Object.entries(pre).filter(([file]) => file !== 'manifest.json'))
      expect(sha(path.join(dir, file)), file).toBe(hash);
    const read = (file: string): Quiz => {
      const quiz = parseKitQuiz(readFileSync(path.join(dir, file), 'utf8'));
      assert(quiz, `${file} is a quiz.json of the kit`);
      return quiz;
    };
    expect([
      read('quiz-en.json').form,
      read('quiz-en-post.json').form,
      read('quiz-en-B.json').version,
      read('quiz-en-post-B.json').version,
    ]).toEqual(['pre', 'post', 'B', 'B']);

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
    const quizzes = Object.fromEntries(
      readdirSync(dir)
        .filter((file) => /^(quiz|answer-key)-/.test(file))
        .map((file) => [file, sha(path.join(dir, file))]),
    );
    const scored = await runKit(
      [
        'quiz',
        'score',
        'before.csv',
        '--quiz',
        'quiz-en.json',
        '--post',
        'after.csv',
        '--post-quiz',
        'quiz-en-post.json',
      ],
      { cwd: dir },
    );
    expect(scored.code, scored.stderr).toBe(0);
    expect(scored.stdout).toMatch(/Scored 2 responses from before\.csv and 2 post responses from after\.csv: /);
    // Beside the quizzes, under names no quiz file has, and no quiz file changed.
    expect(
      readdirSync(dir)
        .filter((file) => file.startsWith('score-report-'))
        .sort(),
    ).toEqual([
      'score-report-quiz-en-with-post.csv',
      'score-report-quiz-en-with-post.md',
      'score-report-quiz-en-with-post.pdf',
    ]);
    for (const [file, hash] of Object.entries(quizzes)) expect(sha(path.join(dir, file)), file).toBe(hash);
    const report = readFileSync(path.join(dir, 'score-report-quiz-en-with-post.md'), 'utf8');
    expect(report).not.toContain('example.org');
    expect(report).toContain('100');
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.outputs.map((entry: { path: string }) => entry.path)).toContain(
      'score-report-quiz-en-with-post.md',
    );
    expect(manifest.outputs.map((entry: { path: string }) => entry.path)).not.toContain('before.csv');
  }, 120_000);

  it('writes a kit quiz of a built kit into its quiz/ folder, listed in its manifest and index.html', async () => {
    const out = path.join(tempDir(), 'kit');
    expect(
      (await runKit(['build', '--fast', '--region', 'tx/harris-county', '--only', 'summary,quiz', '--out', out])).code,
    ).toBe(0);
    const built = sha(path.join(out, 'quiz', 'quiz-en.json'));
    writeFileSync(path.join(out, 'quiz', 'my-notes.docx'), 'my own notes');
    const post = await runKit([
      'quiz',
      '--region',
      'tx/harris-county',
      '--form',
      'post',
      '--out',
      path.join(out, 'quiz'),
    ]);
    expect(post.code, post.stderr).toBe(0);
    expect(post.stderr).toMatch(
      /Left in place \(not written by the kit, untouched\) in .*kit\/:\n {2}quiz\/my-notes\.docx/,
    );
    expect(readFileSync(path.join(out, 'quiz', 'my-notes.docx'), 'utf8')).toBe('my own notes');
    // A folder of the trainer's inside the kit folder is not the kit's.
    mkdirSync(path.join(out, 'mine'));
    writeFileSync(path.join(out, 'mine', 'notes.txt'), 'mine');
    expect((await runKit(['quiz', '--region', 'tx/harris-county', '--out', path.join(out, 'mine')])).code).toBe(2);
    expect(readdirSync(path.join(out, 'mine'))).toEqual(['notes.txt']);
    expect(sha(path.join(out, 'quiz', 'quiz-en.json'))).toBe(built);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.inputKey).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.outputs.map((entry: { path: string }) => entry.path)).toContain('quiz/quiz-en-post.json');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toMatch(
      /href="quiz\/quiz-en-post\.json">quiz\/quiz-en-post\.json<\/a> <span class="who who-trainer">trainer only<\/span> — The quiz \(en, post form\) as data/,
    );
    // The build is still recognized as unchanged, the post quiz beside it.
    const again = await runKit([
      'build',
      '--fast',
      '--region',
      'tx/harris-county',
      '--only',
      'summary,quiz',
      '--out',
      out,
    ]);
    expect(again.stdout).toMatch(/Unchanged since the last build/);
    const forced = await runKit([
      'build',
      '--fast',
      '--region',
      'tx/harris-county',
      '--only',
      'summary,quiz',
      '--force',
      '--out',
      out,
    ]);
    expect(forced.code).toBe(0);
    expect(readdirSync(path.join(out, 'quiz'))).toContain('quiz-en-post.json');
  }, 120_000);
});
