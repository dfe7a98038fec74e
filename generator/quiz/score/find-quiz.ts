// Which quiz a response file was made from, when it matches none of the quiz it was scored against: the
// other kit quizzes beside that one (the post form's quiz-en-post.json beside quiz-en.json) are tried.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Quiz } from '../types.ts';
import { loadResponses } from './load-responses.ts';

const MAX_TRIED = 40; // quiz files tried at most; a quiz folder holds eight (two forms, two versions, two languages)

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
const hasString = (value: object, key: string): boolean => typeof Reflect.get(value, key) === 'string';

/** Whether `value` has the shape of an option in a kit quiz: id, text and whether it is right. */
function isQuizOption(value: unknown): boolean {
  return (
    isObject(value) &&
    hasString(value, 'id') &&
    hasString(value, 'text') &&
    'correct' in value &&
    typeof value.correct === 'boolean'
  );
}

/** Whether `value` has the shape of a quiz.json the kit wrote: format 1 and questions with their texts and options. */
export function isKitQuiz(value: unknown): value is Quiz {
  if (!isObject(value) || !('format' in value) || value.format !== 1) return false;
  if (!hasString(value, 'language') || !hasString(value, 'title')) return false;
  if (!('questions' in value) || !Array.isArray(value.questions)) return false;
  return value.questions.every(
    (question: unknown) =>
      isObject(question) &&
      ['id', 'type', 'text'].every((key) => hasString(question, key)) &&
      'options' in question &&
      Array.isArray(question.options) &&
      question.options.every(isQuizOption),
  );
}

/** The quiz in `text`, or null when it is not a quiz.json the kit wrote. */
export function parseKitQuiz(text: string): Quiz | null {
  try {
    const quiz: unknown = JSON.parse(text);
    return isKitQuiz(quiz) ? quiz : null;
  } catch {
    return null;
  }
}

/**
 * The .json file in `folder` (absolute) other than those in `skip` (names) that `bytes` (a response file) has
 * the most question columns of, with that count; null when none matches a question. Unreadable files are passed over.
 */
export async function findMatchingQuiz(
  bytes: Uint8Array,
  file: string,
  folder: string,
  skip: string[],
): Promise<{ name: string; questions: number } | null> {
  const names = (await readdir(folder).catch(() => [] as string[]))
    .filter((name) => /\.json$/i.test(name) && !skip.includes(name))
    .sort()
    .slice(0, MAX_TRIED);
  let best: { name: string; questions: number } | null = null;
  for (const name of names) {
    const quiz = parseKitQuiz(await readFile(path.join(folder, name), 'utf8').catch(() => ''));
    if (!quiz) continue;
    const questions = await loadResponses(bytes, file, quiz).then(
      (set) => set.questionIds.length,
      () => 0,
    );
    if (questions > (best?.questions ?? 0)) best = { name, questions };
  }
  return best;
}
