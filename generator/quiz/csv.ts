// A plain CSV of the quiz for spreadsheets and review. Every cell goes through neutralizeFormula.

import Papa from 'papaparse';
import type { Quiz } from './types.ts';

/**
 * A cell a spreadsheet will not run: text starting with = + - @, a tab or a carriage return gets a leading apostrophe.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export const CSV_COLUMNS = [
  'id',
  'module',
  'type',
  'difficulty',
  'question',
  'options',
  'correct',
  'explanation',
] as const;

const letter = (index: number) => String.fromCharCode(65 + index);

/** The quiz as CSV (RFC 4180, CRLF, with a UTF-8 byte order mark so that Excel reads accents right). */
export function renderQuizCsv(quiz: Quiz): string {
  const rows = quiz.questions.map((question) =>
    [
      question.id,
      question.module,
      question.type,
      question.difficulty,
      question.text,
      question.options.map((option, index) => `${letter(index)}: ${option.text}`).join('; '),
      question.options.flatMap((option, index) => (option.correct ? [letter(index)] : [])).join(', '),
      question.explanation,
    ].map(neutralizeFormula),
  );
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: true })}\r\n`;
}
