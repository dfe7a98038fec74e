// Kahoot wordings made by the kit: a choose-all question turned into a choice between combinations
// (Kahoot's own multi-correct import gives the points for any one right pick), and the test of whether
// a text fits Kahoot's limits.

import { KAHOOT_LIMITS } from '../content/kahoot-limits.ts';
import type { QuizOption } from './types.ts';

/** Length as Kahoot counts it: code points. */
export const kahootLength = (text: string): number => [...text].length;

export const fitsKahootQuestion = (text: string): boolean => kahootLength(text) <= KAHOOT_LIMITS.question;

/** Every non-empty subset of 0..count-1, smallest first, each in ascending order. */
function subsets(count: number): number[][] {
  const all: number[][] = [];
  for (let mask = 1; mask < 1 << count; mask++)
    all.push([...Array(count).keys()].filter((index) => mask & (1 << index)));
  return all.sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()));
}

/**
 * A choose-all question as one-answer options: the right combination and the three wrong ones nearest
 * to it (one option added or left out first), each option's text joined with ", ", in a fixed order
 * (single options first). `texts` are the option texts to join (e.g. short names), by option position.
 * Null when a combination passes Kahoot's 75 characters or there are more than 3 options (too many
 * combinations to be a fair choice of 4).
 */
export function buildCombinedOptions(
  options: readonly QuizOption[],
  texts: readonly string[] = options.map((option) => option.text),
): QuizOption[] | null {
  if (options.length > 3 || options.length < 2) return null;
  const right = options.flatMap((option, index) => (option.correct ? [index] : []));
  const distance = (set: number[]) =>
    right.filter((index) => !set.includes(index)).length + set.filter((index) => !right.includes(index)).length;
  const all = subsets(options.length);
  const wrong = all
    .filter((set) => distance(set) > 0)
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, KAHOOT_LIMITS.answers - 1);
  const chosen = all.filter((set) => distance(set) === 0 || wrong.includes(set));
  const combined = chosen.map((set, position) => ({
    id: String.fromCharCode(97 + position),
    text: set.map((index) => texts[index]!).join(', '),
    correct: distance(set) === 0,
  }));
  return combined.every((option) => kahootLength(option.text) <= KAHOOT_LIMITS.answer) ? combined : null;
}
