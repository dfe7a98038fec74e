import { describe, expect, it } from 'vitest';
import { parseKitQuiz } from '../../generator/quiz/score/find-quiz.ts';
import { preQuiz } from './quiz.ts';

/** preQuiz() as JSON with `edit` applied to a plain copy of it first. */
function quizText(edit: (quiz: any) => void = () => {}): string {
  const quiz = structuredClone(preQuiz());
  edit(quiz);
  return JSON.stringify(quiz);
}

describe('parseKitQuiz', () => {
  it('reads back a quiz.json as the kit writes it, field for field', () => {
    expect(parseKitQuiz(JSON.stringify(preQuiz(), null, 2))).toEqual(preQuiz());
  });

  const refused: [string, string | ((quiz: any) => void)][] = [
    ['text that is not JSON', '{ "format": 1, '],
    ['JSON that is not an object', '[1, 2]'],
    ['another format number', (quiz) => (quiz.format = 2)],
    ['a quiz without a title', (quiz) => delete quiz.title],
    ['questions that are not a list', (quiz) => (quiz.questions = {})],
    ['a question without its text', (quiz) => delete quiz.questions[1].text],
    ['a question whose options are not a list', (quiz) => (quiz.questions[0].options = 'a, b')],
    ['an option whose rightness is not true or false', (quiz) => (quiz.questions[2].options[0].correct = 'yes')],
  ];
  for (const [what, input] of refused) {
    it(`takes ${what} for no quiz of the kit`, () => {
      expect(parseKitQuiz(typeof input === 'string' ? input : quizText(input))).toBeNull();
    });
  }
});
