// The quiz files of a workshop for one language: quiz.json and the exports, the printed quiz and its
// answer key. One quiz per language: version A, the pre form, unless asked otherwise (kit quiz).

import type { RegionSummary } from '../regions/summary.ts';
import type { Paper } from '../config/types.ts';
import type { WorkshopContent } from '../content/view.ts';
import { documentSpec } from '../pdf/document-spec.ts';
import { renderPdf } from '../pdf/render.ts';
import type { RenderedPdf, UnprintedText } from '../pdf/types.ts';
import type { RecordedFile } from '../write.ts';
import { buildQuestionBank } from './bank.ts';
import { renderQuizExports, type QuizExport } from './exports.ts';
import { describeLanguage, recordOf, type OutputGroup, type OutputRecord } from '../output-record.ts';
import { buildAnswerKeyBlocks, buildQuizBlocks } from './printable.ts';
import { selectQuiz } from './select.ts';
import type { Quiz } from './types.ts';
import { formatCountNoun } from '../plural.ts';

export interface QuizOptions {
  seed: string;
  count: number | null;
  version?: 'A' | 'B';
  form?: 'pre' | 'post';
}

export function makeQuiz(content: WorkshopContent, summary: RegionSummary, options: QuizOptions): Quiz {
  return selectQuiz(buildQuestionBank(content, summary), {
    language: content.language.code,
    title: `${content.ui.quiz ?? 'Quiz'} · ${content.ui.workshopTitle ?? '287(g)'} — ${summary.region.name}`,
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

/** What each export is for, after "The quiz (en)": where to upload it. */
const EXPORT_ABOUT: Record<QuizExport, { group: OutputGroup; purpose: string }> = {
  json: {
    group: 'read',
    purpose: ' as data: the questions, answers and order every other quiz file was made from.',
  },
  gift: {
    group: 'upload',
    purpose:
      ' in GIFT format: import into Moodle (Question bank, Import, GIFT) or into Google Forms with the ' +
      'GIFT Quiz Importer add-on.',
  },
  moodle: { group: 'upload', purpose: ' as Moodle XML: import into Moodle (Question bank, Import, Moodle XML).' },
  qti: {
    group: 'upload',
    purpose: ' as a QTI package: import into Canvas (Settings, Import course content, QTI .zip file).',
  },
  kahoot: { group: 'upload', purpose: ' as a Kahoot spreadsheet: upload to Kahoot (Create, Import spreadsheet).' },
  csv: { group: 'upload', purpose: ' as CSV, for spreadsheets and review.' },
};

/** The quiz on paper and its answer key, as the typesetter rendered them (with their layout, for checks). */
export async function renderPrintedQuiz(
  quiz: Quiz,
  content: WorkshopContent,
  paper: Paper,
): Promise<{ printed: RenderedPdf; key: RenderedPdf }> {
  const spec = (title: string) =>
    documentSpec(content, paper, quiz.dataAsOf, title, content.ui.workshopTitle ?? '287(g)');
  const printed = await renderPdf(spec(quiz.title), [buildQuizBlocks(quiz, content)]);
  const key = await renderPdf(spec(`${content.ui.answerKey ?? 'Answer key'}: ${quiz.title}`), [
    buildAnswerKeyBlocks(quiz, content),
  ]);
  return { printed, key };
}

/** A quiz file as rendered: bytes and its record (the PDFs also their unprinted text). */
export type QuizFile = RecordedFile & { unprinted?: UnprintedText[] };

/**
 * quiz-LANG[-post][-B] and its exports, quiz-LANG[...].pdf and answer-key-LANG[...].pdf, under `dir` ('' for none),
 * each with its record of kind `kind`. The exports hold the answers, so they are the trainer's; the Kahoot
 * export's record carries its notes (questions left out or cut), which `warnings` also lists.
 */
export async function renderQuizFiles(
  quiz: Quiz,
  content: WorkshopContent,
  paper: Paper,
  dir: string,
  kind = 'quiz',
): Promise<{ files: QuizFile[]; warnings: string[] }> {
  const code = `${content.language.code}${quizFileSuffix(quiz)}`;
  const prefix = dir ? `${dir}/` : '';
  const exports = await renderQuizExports(quiz, `${prefix}quiz-${code}`);
  const { printed, key } = await renderPrintedQuiz(quiz, content, paper);
  const languages = [content.language.code];
  const described = describeLanguage(content.language.code, quiz);
  const file = (
    path: string,
    bytes: Uint8Array | string,
    about: Pick<OutputRecord, 'audience' | 'group' | 'purpose'>,
  ) => ({
    ...recordOf(path, { kind, languages, ...about }),
    bytes,
    language: content.language.code,
  });
  return {
    files: [
      ...exports.files.map(({ format, path, bytes }) => ({
        ...file(path, bytes, {
          audience: 'trainer',
          group: EXPORT_ABOUT[format].group,
          purpose: `The quiz${described}${EXPORT_ABOUT[format].purpose}`,
        }),
        warnings: format === 'kahoot' ? exports.warnings : [],
      })),
      {
        ...file(`${prefix}quiz-${code}.pdf`, printed.bytes, {
          audience: 'participant',
          group: 'print',
          purpose:
            `The quiz on paper${described}: ${formatCountNoun(quiz.questions.length, 'question')}, the same ones ` +
            `in the same order as quiz-${code}.json and every quiz file beside it (the deck's quiz slides are a ` +
            `shorter review); print one per person.`,
        }),
        unprinted: printed.unprinted,
      },
      {
        ...file(`${prefix}answer-key-${code}.pdf`, key.bytes, {
          audience: 'trainer',
          group: 'print',
          purpose: `The answer key to quiz-${code}.pdf and its exports${described}: print one for the trainer.`,
        }),
        unprinted: key.unprinted,
      },
    ],
    warnings: exports.warnings,
  };
}
