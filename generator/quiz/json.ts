// quiz.json: the canonical quiz, read by the printed quiz, the in-deck quiz and scoring.

import type { Quiz } from './types.ts';

/** The quiz as pretty-printed JSON, two-space indent, ending in a newline. */
export function renderQuizJson(quiz: Quiz): string {
  return `${JSON.stringify(quiz, null, 2)}\n`;
}
