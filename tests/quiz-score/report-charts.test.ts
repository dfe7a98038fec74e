import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../generator/pdf/render.ts';
import { resolveLabels } from '../../generator/quiz/score/labels.ts';
import { readResponses } from '../../generator/quiz/score/read-responses.ts';
import { buildPercentChart, buildScoreChart, shortenLabel } from '../../generator/quiz/score/report-charts.ts';
import { renderScorePdf } from '../../generator/quiz/score/report.ts';
import { scoreQuiz } from '../../generator/quiz/score/score.ts';
import { grayPage, makeSpec, squash, writeTemp } from '../pdf/tools.ts';
import { fixture, postQuiz, preQuiz } from './quiz.ts';
import { readPdfText } from '../pdf/text.ts';

const ctx = { language: 'en' as const, labels: resolveLabels('en') };
const pre = () => readResponses(fixture('google-pre.csv'), 'google-pre.csv', preQuiz());
const post = () =>
  readResponses(fixture('microsoft-post.csv'), 'microsoft-post.csv', postQuiz(), { wordings: [preQuiz()] });
// messy.csv has columns for four of the five questions and nobody got more than 3 right.
const messy = () => readResponses(fixture('messy.csv'), 'messy.csv', preQuiz());

describe('the score chart', () => {
  it("runs from 0 to the quiz's five questions, though the file had four columns and nobody scored over 3", () => {
    const report = scoreQuiz(preQuiz(), messy());
    expect(report.pre.questions).toBe(4);
    expect(
      Math.max(...report.pre.distribution.filter((entry) => entry.participants > 0).map((entry) => entry.correct)),
    ).toBe(3);
    const chart = buildScoreChart(report, ctx);
    expect(chart.rows.map((row) => row.label)).toEqual(['0 of 5', '1 of 5', '2 of 5', '3 of 5', '4 of 5', '5 of 5']);
    expect(chart.caption).toContain('from 0 to 5 right answers');
  });

  it('prints every score row as text in the PDF, before and after', async () => {
    const file = writeTemp(
      await renderScorePdf(scoreQuiz(preQuiz(), messy(), post()), { language: 'en', date: '2026-11-28' }),
      'scores',
    );
    const text = squash(await readPdfText(file));
    for (let correct = 0; correct <= 5; correct++)
      expect(text).toMatch(new RegExp(`${correct} of 5 \\(Before\\) \\d+ ${correct} of 5 \\(After\\) \\d+`));
  });
});

describe('the percent chart', () => {
  it("labels each bar with its question's number and words, before and after", async () => {
    const chart = buildPercentChart(scoreQuiz(preQuiz(), pre(), post()), ctx);
    expect(chart.rows.slice(0, 2).map((row) => [row.label, row.display, row.series])).toEqual([
      ['1. Do you have to open the door if… (Before)', '50%', 0],
      ['1. (After)', '75%', 1],
    ]);
    const file = writeTemp(
      await renderScorePdf(scoreQuiz(preQuiz(), pre()), { language: 'en', date: '2026-11-28' }),
      'labels',
    );
    const text = squash(await readPdfText(file));
    expect(text).toContain(
      '1. Do you have to open the door if an officer… 50% 2. ' +
        'You have the right to remain silent. 75% 3. Which of these can 287(g) officers do?… 50%',
    );
  });

  it('scales bars to 100%, not to the best question: a 75% bar fills three quarters of its track', async () => {
    const chart = buildPercentChart(scoreQuiz(preQuiz(), pre()), ctx); // best question: 75%
    expect(chart.max).toBe(100);
    const rendered = await renderPdf(makeSpec({ header: null }), [[chart]]);
    const file = writeTemp(rendered.bytes, 'bars');
    const page = grayPage(file, 1);
    const box = rendered.boxes.find((candidate) => candidate.text === '75%')!;
    const y = page.height - (box.y + box.height / 2);
    let [track, bar] = [0, 0];
    for (let x = 0; x < box.x; x++) {
      const gray = page.at(x, y);
      if (gray < 245) track++; // the gray track and the bar over it
      if (gray < 200) bar++; // the bar alone
    }
    expect(bar / track).toBeGreaterThan(0.72);
    expect(bar / track).toBeLessThan(0.78);
  });

  it('cuts a long label at a word with an ellipsis and leaves a short one alone', () => {
    expect(shortenLabel('You have the right to remain silent.')).toBe('You have the right to remain silent.');
    expect(shortenLabel('Which of these can 287(g) officers do? Select all that apply.', 34)).toBe(
      'Which of these can 287(g)…',
    );
  });
});
