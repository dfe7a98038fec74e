// The quiz files of a workshop for one language: quiz.json and the exports, the printed quiz and its
// answer key. One quiz per language: version A, the pre form, unless asked otherwise (kit quiz).

import type { RegionSummary } from '../regions/summary.ts';
import type { Paper } from '../config/types.ts';
import type { WorkshopContent } from '../content/view.ts';
import { documentSpec } from '../pdf/document-spec.ts';
import { renderPdf } from '../pdf/render.ts';
import type { UnprintedText } from '../pdf/types.ts';
import type { OutputFile } from '../write.ts';
import { buildQuestionBank } from './bank.ts';
import { renderQuizExports } from './exports.ts';
import { buildAnswerKeyBlocks, buildQuizBlocks } from './printable.ts';
import { selectQuiz } from './select.ts';
import type { Quiz } from './types.ts';

export interface QuizOptions {
  seed: string;
  count: number | null;
  version?: 'A' | 'B';
  form?: 'pre' | 'post';
}

export function makeQuiz(content: WorkshopContent, summary: RegionSummary, options: QuizOptions): Quiz {
  return selectQuiz(buildQuestionBank(content, summary), {
    language: content.language.code,
    title: `${content.ui.quiz ?? 'Quiz'}: ${content.ui.workshopTitle ?? '287(g)'} — ${summary.region.name}`,
    region: { id: summary.region.id, name: summary.region.name },
    dataAsOf: summary.data.asOf,
    seed: options.seed,
    version: options.version ?? 'A',
    form: options.form ?? 'pre',
    ...(options.count ? { count: options.count } : {}),
  });
}

/**
 * What tells a quiz's files apart, after the language: nothing for the pre form of version A, then
 * `-post` and `-B`, so that every form and version lives beside the others (quiz-en-post-B.json).
 */
export function quizFileSuffix(quiz: Pick<Quiz, 'form' | 'version'>): string {
  return `${quiz.form === 'post' ? '-post' : ''}${quiz.version === 'B' ? '-B' : ''}`;
}

/** quiz-LANG[-post][-B] and its exports, quiz-LANG[...].pdf and answer-key-LANG[...].pdf, under `dir` ('' for none). */
export async function renderQuizFiles(
  quiz: Quiz,
  content: WorkshopContent,
  paper: Paper,
  dir: string,
): Promise<{ files: (OutputFile & { unprinted?: UnprintedText[] })[]; warnings: string[] }> {
  const code = `${content.language.code}${quizFileSuffix(quiz)}`;
  const prefix = dir ? `${dir}/` : '';
  const exports = await renderQuizExports(quiz, `${prefix}quiz-${code}`);
  const spec = (title: string) =>
    documentSpec(content, paper, quiz.dataAsOf, title, content.ui.workshopTitle ?? '287(g)');
  const printed = await renderPdf(spec(quiz.title), [buildQuizBlocks(quiz, content)]);
  const key = await renderPdf(spec(`${content.ui.answerKey ?? 'Answer key'}: ${quiz.title}`), [
    buildAnswerKeyBlocks(quiz, content),
  ]);
  return {
    files: [
      ...exports.files,
      { path: `${prefix}quiz-${code}.pdf`, bytes: printed.bytes, unprinted: printed.unprinted },
      { path: `${prefix}answer-key-${code}.pdf`, bytes: key.bytes, unprinted: key.unprinted },
    ],
    warnings: exports.warnings,
  };
}
