import { describe, expect, it } from 'vitest';
import { readResponses } from '../../generator/quiz/score/read-responses.ts';
import { scoreQuiz } from '../../generator/quiz/score/score.ts';
import { fixture, postQuiz, preQuiz } from './quiz.ts';

const pre = () => readResponses(fixture('google-pre.csv'), 'google-pre.csv', preQuiz());
const post = (includeNames = false) =>
  readResponses(fixture('microsoft-post.csv'), 'microsoft-post.csv', postQuiz(), {
    includeNames,
    wordings: [preQuiz()],
  });

describe('scoreQuiz', () => {
  it('gives each question the percent of those who answered that got exactly the right options', () => {
    const report = scoreQuiz(preQuiz(), pre());
    expect(
      report.questions.map((question) => [
        question.id,
        question.pre.answered,
        question.pre.correct,
        question.pre.unanswered,
        question.pre.percent,
      ]),
    ).toEqual([
      ['door-1', 4, 2, 0, 50],
      ['silence-2', 4, 3, 0, 75],
      ['limits-3', 4, 2, 0, 50], // "C" alone and three options with a wrong one are both wrong
      ['card-4', 3, 2, 1, 66.7],
      ['warrant-5', 3, 2, 1, 66.7],
    ]);
    expect(report.questions.every((question) => question.post === null && question.change === null)).toBe(true);
  });

  it('spreads participants over 0..5 right answers and gives the mean', () => {
    const report = scoreQuiz(preQuiz(), pre());
    expect(report.pre).toEqual({
      file: 'google-pre.csv',
      participants: 4,
      questions: 5,
      meanCorrect: 2.8,
      meanPercent: 55,
      maxScore: 5,
      distribution: [0, 1, 1, 0, 2, 0].map((participants, correct) => ({ correct, participants })),
    });
    expect(report.post).toBeNull();
    expect(report.people).toBeNull();
  });

  it('lists the most-missed questions lowest first, ties in quiz order, with their explanations', () => {
    const report = scoreQuiz(preQuiz(), pre());
    expect(report.mostMissedForm).toBe('pre');
    expect(report.mostMissed.map((question) => question.id)).toEqual(['door-1', 'limits-3', 'card-4']);
    expect(report.mostMissed[0]!.explanation).toBe(
      'Without a warrant signed by a judge, officers need your consent to come in.',
    );
    expect(report.mostMissed[1]!.correctAnswers).toEqual([
      'Check immigration status at the jail',
      'Issue detainers, at the request of ICE',
    ]);
    expect(scoreQuiz(preQuiz(), pre(), undefined, { mostMissed: 1 }).mostMissed).toHaveLength(1);
  });

  it('compares the post form with the pre form question by question, by id', () => {
    const report = scoreQuiz(preQuiz(), pre(), post(), { postQuiz: postQuiz() });
    expect(
      report.questions.map((question) => [question.id, question.pre.percent, question.post!.percent, question.change]),
    ).toEqual([
      ['door-1', 50, 75, 25],
      ['silence-2', 75, 75, 0],
      ['limits-3', 50, 100, 50],
      ['card-4', 66.7, 75, 8.3],
      ['warrant-5', 66.7, 75, 8.3],
    ]);
    expect(report.post).toMatchObject({ participants: 4, meanCorrect: 4, meanPercent: 80 });
    expect(report.post!.distribution.map((entry) => entry.participants)).toEqual([0, 0, 0, 1, 2, 1]);
    // Teaching again follows what the post form still shows; every question but limits-3 is at 75%.
    expect(report.mostMissedForm).toBe('post');
    expect(report.mostMissed.map((question) => question.id)).toEqual(['door-1', 'silence-2', 'card-4']);
    expect(report.questions[0]!.text).toBe(preQuiz().questions[0]!.text);
    expect(report.duplicates).toEqual([
      { file: 'google-pre.csv', row: 2, keptRow: 5 },
      { file: 'google-pre.csv', row: 7, keptRow: 6 },
      { file: 'microsoft-post.csv', row: 3, keptRow: 6 },
    ]);
  });

  it('counts an answer that matched no option as unreadable, neither right nor answered', () => {
    const report = scoreQuiz(preQuiz(), readResponses(fixture('messy.csv'), 'messy.csv', preQuiz()));
    const [door, silence, limits, card, warrant] = report.questions;
    expect(door!.pre).toEqual({ answered: 3, correct: 1, unanswered: 0, unreadable: 0, percent: 33.3 });
    expect(silence!.pre).toEqual({ answered: 1, correct: 1, unanswered: 1, unreadable: 1, percent: 100 });
    expect(limits!.pre).toEqual({ answered: 1, correct: 0, unanswered: 1, unreadable: 1, percent: 0 });
    expect(card!.pre).toEqual({ answered: 1, correct: 1, unanswered: 1, unreadable: 1, percent: 100 });
    expect(warrant!.pre).toEqual({ answered: 0, correct: 0, unanswered: 0, unreadable: 0, percent: null }); // no column
    expect(report.pre.questions).toBe(4);
    expect(report.problems).toHaveLength(6);
  });

  it('carries names into the report only when the responses were read with includeNames', () => {
    expect(JSON.stringify(scoreQuiz(preQuiz(), pre(), post()))).not.toMatch(/Ana Soto|example\.org/);
    const report = scoreQuiz(preQuiz(), pre(), post(true));
    expect(report.people!.filter((person) => person.name)).toEqual([
      { form: 'post', row: 2, name: 'Ana Soto', email: 'ana@example.org', correct: 5, questions: 5 },
      { form: 'post', row: 6, name: 'Ben Ortiz', email: 'ben@example.org', correct: 4, questions: 5 },
    ]);
  });
});
