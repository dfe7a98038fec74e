// Which curriculum questions the deck's quiz slides ask, decided once: the deck plan shows them, and the workshop
// script says how many they are beside the question bank (every question), which the printed quiz is drawn from.

import type { QuizQuestion } from './types.ts';

/** How many questions of each module the deck's quiz shows: a room answers one per module in a few minutes. */
export const DECK_QUIZ_PER_MODULE = 1;

/** The questions of the deck's quiz: the first `perModule` of each module's quiz, modules and questions in order. */
export function pickDeckQuiz(
  modules: readonly { quiz: readonly QuizQuestion[] }[],
  perModule = DECK_QUIZ_PER_MODULE,
): QuizQuestion[] {
  return modules.flatMap((module) => module.quiz.slice(0, perModule));
}
