// How to answer a quiz question, said once: the hint of each type, and a question's text without the hint it already
// says, so that the printed quiz prints the hint once, after the question.

import { describe, expect, it } from 'vitest';
import { answerHint, splitAnswerHint } from '../../generator/content/answer-hint.ts';

const UI = { chooseOne: 'Choose one answer.', chooseAll: 'Choose all that apply.', trueOrFalse: 'True or false?' };

describe('splitAnswerHint', () => {
  it('gives the hint of the question type and leaves a text that does not say it as it is', () => {
    expect(splitAnswerHint('Who signs a detainer?', 'single', UI)).toEqual({
      question: 'Who signs a detainer?',
      hint: 'Choose one answer.',
    });
    expect(splitAnswerHint('A detainer is an order.', 'truefalse', UI).hint).toBe('True or false?');
  });

  it('takes the hint out of a text that already says it, at its end or between sentences', () => {
    expect(splitAnswerHint('What may officers do? Choose all that apply.', 'multiple', UI)).toEqual({
      question: 'What may officers do?',
      hint: 'Choose all that apply.',
    });
    expect(splitAnswerHint('Choose all that apply. Which are rights?', 'multiple', UI).question).toBe(
      'Which are rights?',
    );
    // The deck's cards keep asking answerHint, which gives no second hint for such a text.
    expect(answerHint('What may officers do? Choose all that apply.', 'multiple', UI)).toBe('');
  });
});
