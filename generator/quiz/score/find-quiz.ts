// Which quiz a response file was made from, when it matches none of the quiz it was scored against: the
// other kit quizzes beside that one (the post form's quiz-en-post.json beside quiz-en.json) are tried.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseQuizJson } from '../quiz-json.ts';
import type { Quiz } from '../types.ts';
import { loadResponses } from './load-responses.ts';

const MAX_TRIED = 40; // quiz files tried at most; a quiz folder holds eight (two forms, two versions, two languages)

/** The quiz in `text`, or null when it is not a quiz.json the kit wrote (parseQuizJson's checks, quietly). */
export function parseKitQuiz(text: string): Quiz | null {
  try {
    return parseQuizJson(text, 'quiz.json');
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
