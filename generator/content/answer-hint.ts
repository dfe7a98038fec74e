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
