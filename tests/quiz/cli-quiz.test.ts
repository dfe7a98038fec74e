// kit quiz and kit quiz score as a trainer uses them: a quiz for a county, then the responses a Google
// Form collected for it, scored.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runKit, tempDir } from '../helpers.ts';
import { parseQuizJson } from '../../generator/quiz/quiz-json.ts';

const readQuiz = (file: string) => parseQuizJson(readFileSync(file, 'utf8'), file);

describe('kit quiz', () => {
  it('writes every export, the same quiz for the same seed, and a differently shuffled version B', async () => {
    const dir = tempDir();
    const first = await runKit([
      'quiz',
      '--region',
      'tx/tarrant-county',
      '--lang',
      'en',
      '--seed',
      'hall-1',
      '--questions',
      '8',
      '--out',
      path.join(dir, 'a'),
    ]);
    expect(first.code, first.stderr).toBe(0);
    for (const name of [
      'quiz-en.json',
      'quiz-en.gift.txt',
      'quiz-en.moodle.xml',
      'quiz-en.qti.zip',
      'quiz-en.kahoot.xlsx',
      'quiz-en.csv',
      'quiz-en.pdf',
      'answer-key-en.pdf',
    ]) {
      expect(existsSync(path.join(dir, 'a', name)), name).toBe(true);
    }
    const again = await runKit([
      'quiz',
      '--region',
      'tx/tarrant-county',
      '--lang',
      'en',
      '--seed',
      'hall-1',
      '--questions',
      '8',
      '--out',
      path.join(dir, 'b'),
    ]);
    expect(readFileSync(path.join(dir, 'b', 'quiz-en.json'), 'utf8')).toBe(
      readFileSync(path.join(dir, 'a', 'quiz-en.json'), 'utf8'),
    );
    const b = await runKit([
      'quiz',
      '--region',
      'tx/tarrant-county',
      '--lang',
      'en',
      '--seed',
      'hall-1',
      '--questions',
      '8',
      '--version',
      'B',
      '--out',
      path.join(dir, 'c'),
    ]);
    expect(b.code).toBe(0);
    const quizA = readQuiz(path.join(dir, 'a', 'quiz-en.json'));
    expect(existsSync(path.join(dir, 'c', 'quiz-en.json'))).toBe(false);
    const quizB = readQuiz(path.join(dir, 'c', 'quiz-en-B.json'));
    expect(quizB.questions.map((question) => question.id).sort()).toEqual(
      quizA.questions.map((question) => question.id).sort(),
    );
    expect(quizB.questions.map((question) => question.id)).not.toEqual(quizA.questions.map((question) => question.id));
    expect(again.code).toBe(0);
  });

  it('builds for a state in English and Spanish', async () => {
    const dir = tempDir();
    const result = await runKit(['quiz', '--region', 'arkansas', '--lang', 'en,es', '--out', dir]);
    expect(result.code, result.stderr).toBe(0);
    for (const language of ['en', 'es']) {
      const quiz = readQuiz(path.join(dir, `quiz-${language}.json`));
      expect(quiz.language).toBe(language);
      expect(quiz.region.id).toBe('ar');
      expect(quiz.questions.length).toBeGreaterThanOrEqual(12);
    }
  });

  it('says what is wrong with bad options', async () => {
    expect((await runKit(['quiz', '--region', 'tx', '--version', 'C'])).code).toBe(2);
    expect((await runKit(['quiz', '--region', 'tx', '--questions', 'ten'])).code).toBe(2);
    expect((await runKit(['quiz'])).code).toBe(2);
  });
});

describe('kit quiz score', () => {
  it('scores a Google Forms response file against the quiz it came from, without names unless asked', async () => {
    const dir = tempDir();
    expect(
      (
        await runKit([
          'quiz',
          '--region',
          'tx/tarrant-county',
          '--lang',
          'en',
          '--seed',
          's',
          '--questions',
          '5',
          '--out',
          dir,
        ])
      ).code,
    ).toBe(0);
    const quiz = readQuiz(path.join(dir, 'quiz-en.json'));
    const right = (index: number) =>
      quiz.questions[index]!.options.filter((option) => option.correct)
        .map((option) => option.text)
        .join(', ');
    const wrong = (index: number) => quiz.questions[index]!.options.find((option) => !option.correct)!.text;
    const header = ['Timestamp', 'Email Address', ...quiz.questions.map((question) => question.text)];
    const rows = [
      ['2026/12/05 7:01:00 PM GMT-6', 'ana@example.org', ...quiz.questions.map((_, index) => right(index))],
      [
        '2026/12/05 7:02:00 PM GMT-6',
        'ben@example.org',
        ...quiz.questions.map((_, index) => (index === 0 ? wrong(index) : right(index))),
      ],
      [
        '2026/12/05 7:03:00 PM GMT-6',
        'ben@example.org',
        ...quiz.questions.map((_, index) => (index < 2 ? wrong(index) : right(index))),
      ],
    ];
    const responses = path.join(dir, 'responses.csv');
    writeFileSync(responses, `\uFEFF${Papa.unparse([header, ...rows], { newline: '\r\n' })}\r\n`);
    const result = await runKit([
      'quiz',
      'score',
      responses,
      '--quiz',
      path.join(dir, 'quiz-en.json'),
      '--out',
      path.join(dir, 'report'),
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Scored 2 responses from responses\.csv: /);
    const markdown = readFileSync(path.join(dir, 'report', 'score-report-quiz-en.md'), 'utf8');
    expect(markdown).toContain('50');
    expect(markdown).not.toContain('example.org');
    expect(readFileSync(path.join(dir, 'report', 'score-report-quiz-en.csv'), 'utf8')).not.toContain('example.org');
    const named = await runKit([
      'quiz',
      'score',
      responses,
      '--quiz',
      path.join(dir, 'quiz-en.json'),
      '--include-names',
      '--out',
      path.join(dir, 'named'),
    ]);
    expect(named.code).toBe(0);
    // escaped: no viewer links it
    expect(readFileSync(path.join(dir, 'named', 'score-report-quiz-en.md'), 'utf8')).toContain('ana\\@example\\.org');
  });

  it('refuses a file that is not a quiz', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'x.json'), '{"hello": 1}');
    writeFileSync(path.join(dir, 'r.csv'), 'a,b\n1,2\n');
    const result = await runKit(['quiz', 'score', path.join(dir, 'r.csv'), '--quiz', path.join(dir, 'x.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not a quiz\.json written by the kit/);
    expect((await runKit(['quiz', 'score', path.join(dir, 'r.csv')])).code).toBe(2);
  });
});
