import { describe, expect, it } from 'vitest';
import { parseQuizJson } from '../../generator/quiz/quiz-json.ts';
import { KitError } from '../../generator/errors.ts';
import { preQuiz } from '../quiz-score/quiz.ts';

/** The KitError that parseQuizJson throws for `text`, or a failed test when it throws none or another error. */
function refusal(text: string): KitError {
  try {
    parseQuizJson(text, 'quiz-en.json');
  } catch (error) {
    if (error instanceof KitError) return error;
    throw error;
  }
  throw new Error('parseQuizJson accepted the text');
}

describe('reading a quiz.json for kit quiz score', () => {
  it('gives back the quiz the kit wrote, field for field', () => {
    const quiz = preQuiz();
    expect(parseQuizJson(JSON.stringify(quiz, null, 2), 'quiz-en.json')).toEqual(quiz);
  });

  it('refuses text that is not JSON, naming the file', () => {
    const error = refusal('{"format": 1,');
    expect(error.code).toBe('bad-input');
    expect(error.message).toMatch(/^quiz-en\.json: not JSON \(/);
    expect(error.hint).toBe('Give the quiz-LANG.json that kit build or kit quiz wrote.');
  });

  it('refuses JSON of another format or without questions', () => {
    for (const text of ['[]', '{"format": 2, "questions": []}', '{"format": 1}']) {
      const error = refusal(text);
      expect(error.message).toBe('quiz-en.json: not a quiz.json written by the kit.');
      expect(error.problems).toEqual([]);
    }
  });

  it('names every field at fault, in the quiz and in its questions', () => {
    const quiz: Record<string, unknown> = { ...preQuiz(), title: 7, form: 'mid' };
    delete quiz.seed;
    const [first, second] = preQuiz().questions;
    quiz.questions = [{ ...first, type: 'essay' }, { ...second, options: [{ id: 'a', text: 'True' }] }, 'door-1'];
    const error = refusal(JSON.stringify(quiz));
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe('quiz-en.json: not a quiz.json written by the kit.');
    expect(error.problems).toEqual([
      { file: 'quiz-en.json', column: 'title', message: 'is missing or wrong' },
      { file: 'quiz-en.json', column: 'seed', message: 'is missing or wrong' },
      { file: 'quiz-en.json', column: 'form', message: 'is missing or wrong' },
      { file: 'quiz-en.json', column: 'questions[0].type', message: 'is missing or wrong' },
      { file: 'quiz-en.json', column: 'questions[1].options', message: 'is missing or wrong' },
      { file: 'quiz-en.json', column: 'questions[2]', message: 'is not an object' },
    ]);
  });

  it('accepts a question with a Kahoot wording and refuses a Kahoot wording without options', () => {
    const quiz = preQuiz();
    const [first] = quiz.questions;
    const kahoot = { text: 'Open the door?', options: first!.options };
    expect(
      parseQuizJson(JSON.stringify({ ...quiz, questions: [{ ...first, kahoot }] }), 'q.json').questions[0],
    ).toEqual({ ...first, kahoot });
    const error = refusal(JSON.stringify({ ...quiz, questions: [{ ...first, kahoot: { text: 'Open?' } }] }));
    expect(error.problems).toEqual([
      { file: 'quiz-en.json', column: 'questions[0].kahoot', message: 'is missing or wrong' },
    ]);
  });
});
