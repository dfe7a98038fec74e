// For a column whose header names no quiz question, the quiz question it most likely is: a trainer who fixed a
// typo in the form, or reworded a question there, sees which question went unscored and how to match it.

import { distance } from 'fastest-levenshtein';
import type { Quiz, QuizItem } from '../types.ts';
import { normalizeText, withoutBrackets } from './normalize.ts';

const LONGEST_HEADER = 1_000; // characters

export interface ClosestQuestion {
  question: QuizItem; // as the quiz being read asks it
  similarity: number; // 0..1: 1 - edit distance / the longer text's length, for the best of its wordings
}

/**
 * The question of `quiz` whose text (in `quiz` or any of `wordings`, by id) is nearest to `header`, among
 * `candidates` (question ids; all when empty). Null when the quiz has no question or the header no words.
 */
export function findClosestQuestion(
  header: string,
  quiz: Quiz,
  wordings: readonly Quiz[],
  candidates: readonly string[],
): ClosestQuestion | null {
  const key = normalizeText(withoutBrackets(header));
  // A header this long is no reworded question, and comparing it with every wording would take long.
  if (!key || key.length > LONGEST_HEADER) return null;
  const pool = quiz.questions.filter((question) => candidates.length === 0 || candidates.includes(question.id));
  let best: ClosestQuestion | null = null;
  for (const question of pool) {
    const texts = [quiz, ...wordings].flatMap((form) =>
      form.questions.filter((item) => item.id === question.id).map((item) => normalizeText(item.text)),
    );
    for (const text of texts) {
      const similarity = 1 - distance(key, text) / Math.max(key.length, text.length, 1);
      if (!best || similarity > best.similarity) best = { question, similarity };
    }
  }
  return best;
}

/** The sentence a problem about an unmatched column ends with: which question is closest and how to match it. */
export function describeClosest(closest: ClosestQuestion | null): string {
  if (!closest) return '';
  const percent = Math.round(closest.similarity * 100);
  return (
    `; the closest quiz question is ${closest.question.id} "${closest.question.text}" (${percent}% alike): ` +
    `if the column is that question, add [${closest.question.id}] to the end of its header`
  );
}
