// Every export of one quiz as files in memory, for the build's writer: quiz.json, GIFT, Moodle XML,
// the Canvas QTI zip, the Kahoot spreadsheet and a CSV.

import type { OutputFile } from '../write.ts';
import { renderQuizCsv } from './csv.ts';
import { renderGift } from './gift.ts';
import { renderQuizJson } from './json.ts';
import { renderKahoot } from './kahoot.ts';
import { renderMoodleXml } from './moodle-xml.ts';
import { renderQti } from './qti.ts';
import type { Quiz } from './types.ts';

export const QUIZ_EXPORTS = ['json', 'gift', 'moodle', 'qti', 'kahoot', 'csv'] as const;
export type QuizExport = (typeof QUIZ_EXPORTS)[number];

/** The file name ending of each export, after the quiz's base name. */
export const QUIZ_EXPORT_SUFFIX: Record<QuizExport, string> = {
  json: '.json',
  gift: '.gift.txt',
  moodle: '.moodle.xml',
  qti: '.qti.zip',
  kahoot: '.kahoot.xlsx',
  csv: '.csv',
};

/** The quiz in every format, as `<base><suffix>` files, with the Kahoot file's warnings. */
export async function renderQuizExports(
  quiz: Quiz,
  base: string,
): Promise<{ files: (OutputFile & { format: QuizExport })[]; warnings: string[] }> {
  const kahoot = await renderKahoot(quiz);
  const bytes: Record<QuizExport, Uint8Array | string> = {
    json: renderQuizJson(quiz),
    gift: renderGift(quiz),
    moodle: renderMoodleXml(quiz),
    qti: renderQti(quiz),
    kahoot: kahoot.bytes,
    csv: renderQuizCsv(quiz),
  };
  return {
    files: QUIZ_EXPORTS.map((kind) => ({
      format: kind,
      path: `${base}${QUIZ_EXPORT_SUFFIX[kind]}`,
      bytes: bytes[kind],
    })),
    warnings: kahoot.warnings.map((warning) => `${base}${QUIZ_EXPORT_SUFFIX.kahoot}: ${warning}`),
  };
}
