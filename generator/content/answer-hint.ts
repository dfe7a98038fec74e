// How to answer a quiz question ("True or false?", "Choose one answer.", "Choose all that apply."), said once: the
// printed quiz and the deck's quiz cards both ask here.

import type { QuestionType } from './types.ts';

/**
 * The hint for a question of `type`, in the language of `ui` (its trueOrFalse, chooseOne and chooseAll strings), or
 * '' when the question's `text` already says it: some curriculum questions end with "Choose all that apply."
 */
export function answerHint(text: string, type: QuestionType, ui: Record<string, string>): string {
  const key = type === 'truefalse' ? 'trueOrFalse' : type === 'multiple' ? 'chooseAll' : 'chooseOne';
  const hint = ui[key] ?? key;
  return text.includes(hint) ? '' : hint;
}

/**
 * A question's text and its hint apart, so that a page can print the hint once and always in the same place: `text`
 * without the hint where it already says it (at its end or anywhere, as a sentence), and the hint of its `type`.
 */
export function splitAnswerHint(
  text: string,
  type: QuestionType,
  ui: Record<string, string>,
): { question: string; hint: string } {
  const hint = answerHint('', type, ui);
  const at = hint ? text.indexOf(hint) : -1;
  if (at < 0) return { question: text, hint };
  const question = `${text.slice(0, at).trimEnd()} ${text.slice(at + hint.length).trimStart()}`.trim();
  return { question, hint };
}
