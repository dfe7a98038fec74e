import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readResponses } from '../../generator/quiz/score/read-responses.ts';
import { renderScoreCsv, renderScoreMarkdown, renderScorePdf } from '../../generator/quiz/score/report.ts';
import { scoreQuiz } from '../../generator/quiz/score/score.ts';
import type { Quiz } from '../../generator/quiz/types.ts';
import { qpdfCheck, squash, writeTemp } from '../pdf/tools.ts';
import { fixture, postQuiz, preQuiz } from './quiz.ts';
import { readPdfText } from '../pdf/text.ts';

const pre = () => readResponses(fixture('google-pre.csv'), 'google-pre.csv', preQuiz());
const post = (includeNames = false) =>
  readResponses(fixture('microsoft-post.csv'), 'microsoft-post.csv', postQuiz(), {
    includeNames,
    wordings: [preQuiz()],
  });
const messy = () => readResponses(fixture('messy.csv'), 'messy.csv', preQuiz());
const SECRETS = /Ana Soto|Ben Ortiz|example\.org/;

describe('renderScoreMarkdown', () => {
  it('prints the per-question table, the questions to teach again with their explanations, and the spread', () => {
    const markdown = renderScoreMarkdown(scoreQuiz(preQuiz(), pre()), { language: 'en' });
    expect(markdown).toContain('| 4 | What should you carry to show officers? | 3 | 2 | 66.7% |');
    expect(markdown).toContain('| 3 | Which of these can 287(g) officers do? Select all that apply. | 4 | 2 | 50% |');
    expect(markdown).toContain(
      "1. **Do you have to open the door if an officer knocks and doesn't show a warrant signed by a judge?** (50%)",
    );
    expect(markdown).toContain('Why: Jail-model agreements work inside the jail; they do not allow entering homes.');
    expect(markdown).toContain('| 4 of 5 | 2 |');
    // One form, no --post: nothing is labelled Before or After.
    expect(markdown).toContain('- 4 participants: on average 2.8 of 5 right (55%).');
    expect(markdown).toContain('The questions with the fewest right answers.\n');
    expect(markdown).not.toMatch(/Before|After/);
    expect(markdown).toContain('2 duplicate submissions left out (rows 2, 7)');
    expect(markdown).not.toMatch(SECRETS);
  });

  it("writes Spanish numbers and words, takes the trainer's labels, and shows the change after the workshop", () => {
    const markdown = renderScoreMarkdown(scoreQuiz(preQuiz(), pre(), post()), {
      language: 'es',
      labels: { teachAgain: 'Repasar en la próxima sesión' },
    });
    expect(markdown).toContain(
      '| 4 | What should you carry to show officers? | 3 | 66,7\u00A0% | 4 | 75\u00A0% | +8,3 p. p. |',
    );
    expect(markdown).toContain(
      '| 3 | Which of these can 287(g) officers do? Select all that apply. ' +
        '| 4 | 50\u00A0% | 4 | 100\u00A0% | +50 p. p. |',
    );
    expect(markdown).toContain('## Repasar en la próxima sesión');
    expect(markdown).toContain('| 5 de 5 | 0 | 1 |');
  });

  it('escapes what the response files hold and lists every problem with file, row and column', () => {
    const markdown = renderScoreMarkdown(scoreQuiz(preQuiz(), messy()), { language: 'en' });
    expect(markdown).toContain(
      '| messy.csv:2:card-4 | "=cmd\\|\' /C calc\'!A0" is not an option of question card-4; ' +
        "this answer is not scored | =cmd\\|' /C calc'!A0 |",
    );
    expect(markdown).toContain('| messy.csv:1:Favorite color |');
    expect(markdown).toContain('| messy.csv:5 | this row has 7 cells but the header has 6');
    expect(markdown.split('\n').filter((line) => line.startsWith('| messy.csv:'))).toHaveLength(6);
  });

  it('ends the right answer with one period, also when the answer has its own', () => {
    const markdown = renderScoreMarkdown(scoreQuiz(preQuiz(), pre(), post()), { language: 'en' });
    expect(markdown).toContain('Right answer: No; you can speak through the closed door. Why:');
    expect(markdown).toContain('Right answer: True. Why:');
    expect(markdown).toContain('- Before (4 participants): on average 2.8 of 5 right (55%).');
    expect(markdown).toContain('The questions with the fewest right answers (After).');
    expect(markdown).not.toMatch(/[^.]\.\.(?!\.)/); // no doubled period anywhere
  });

  it('names participants only when the responses were read with includeNames', () => {
    expect(renderScoreMarkdown(scoreQuiz(preQuiz(), pre(), post()), { language: 'en' })).not.toMatch(SECRETS);
    const named = renderScoreMarkdown(scoreQuiz(preQuiz(), pre(), post(true)), { language: 'en' });
    // The address is escaped so that no viewer turns it into a mailto: link; it renders as ana@example.org.
    expect(named).toContain('| After | Ana Soto | ana\\@example\\.org | 5 of 5 |');
    expect(named).toContain('| After | Ben Ortiz | ben\\@example\\.org | 4 of 5 |');
  });
});

describe('renderScoreCsv', () => {
  it('gives one row per question with exact percents and the change', () => {
    const csv = renderScoreCsv(scoreQuiz(preQuiz(), pre(), post()));
    expect(csv.startsWith('\uFEFF"number","id","question"')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => [row.id, row.percent_correct, row.post_percent_correct, row.change_points])).toEqual([
      ['door-1', '50', '75', '25'],
      ['silence-2', '75', '75', '0'],
      ['limits-3', '50', '100', '50'],
      ['card-4', '66.7', '75', '8.3'],
      ['warrant-5', '66.7', '75', '8.3'],
    ]);
  });

  it('passes every text cell through neutralizeFormula and writes numbers, negative ones too, as numbers', () => {
    const hostile: Quiz = preQuiz();
    hostile.questions[0] = { ...hostile.questions[0]!, text: "=cmd|' /C calc'!A0", explanation: '@SUM(1+1)' };
    hostile.questions[1] = { ...hostile.questions[1]!, text: '+1 if you stay silent', explanation: '-2 otherwise' };
    const csv = renderScoreCsv(scoreQuiz(hostile, messy(), post()));
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect([rows[0]!.question, rows[0]!.explanation, rows[1]!.question, rows[1]!.explanation]).toEqual([
      "'=cmd|' /C calc'!A0",
      "'@SUM(1+1)",
      "'+1 if you stay silent",
      "'-2 otherwise",
    ]);
    // 100% before (one answer read), 75% after: a number a spreadsheet can sum
    expect(rows[1]!.change_points).toBe('-25');
    const numeric = new Set([
      'number',
      'answered',
      'correct',
      'unanswered',
      'unreadable',
      'percent_correct',
      'post_answered',
      'post_correct',
      'post_unanswered',
      'post_unreadable',
      'post_percent_correct',
      'change_points',
    ]);
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        if (numeric.has(column)) expect(cell, column).toMatch(/^(-?\d+(\.\d+)?)?$/);
        else expect(cell, column).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });
});

describe('renderScorePdf', () => {
  it('passes qpdf --check and shows the question texts, the percents and the problems as text', async () => {
    const file = writeTemp(
      await renderScorePdf(scoreQuiz(preQuiz(), messy(), post()), { language: 'en', date: '2026-11-28' }),
      'scores',
    );
    expect(qpdfCheck(file).status).toBe(0);
    const text = squash(await readPdfText(file));
    for (const question of preQuiz().questions) expect(text).toContain(question.text);
    for (const expected of [
      '33.3%',
      '+41.7 pts',
      '−25 pts',
      '+100 pts',
      'Before: Answered',
      '(75%) Right answer: No; you can speak through the closed door. Why:',
      "=cmd|' /C calc'!A0",
      'messy.csv:1:Favorite color',
      '3 of 5 (After) 1',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(SECRETS);
    expect(text).not.toContain('door..');
  });

  it('prints names only with includeNames, and in Spanish when asked', async () => {
    const file = writeTemp(
      await renderScorePdf(scoreQuiz(preQuiz(), pre(), post(true)), {
        language: 'es',
        date: '2026-11-28',
        paper: 'a4',
      }),
      'named',
    );
    expect(qpdfCheck(file).status).toBe(0);
    const text = squash(await readPdfText(file));
    expect(text).toContain('Ana Soto ana@example.org 5 de 5');
    // squash turns the no-break space into a space
    expect(text).toContain('4 What should you carry to show officers? 3 66,7 % 4 75 % +8,3 p. p.');
    expect(text).toContain('Página 1 de');
  });

  it('prints an answer no kit font can show (an emoji) as the replacement mark instead of failing', async () => {
    const set = readResponses(
      'Timestamp,You have the right to remain silent.\r\n2026/11/28 10:00:00,Sí 🙂\r\n',
      'emoji.csv',
      preQuiz(),
    );
    expect(set.problems).toContainEqual(expect.objectContaining({ row: 2, value: 'Sí 🙂' }));
    const file = writeTemp(
      await renderScorePdf(scoreQuiz(preQuiz(), set), { language: 'en', date: '2026-11-28' }),
      'emoji',
    );
    expect(squash(await readPdfText(file))).toContain('"Sí \uFFFD" is not an option of question silence-2');
  });
});
