// How much of a response file the scorer reads, and how much of it a report quotes: far above any workshop
// (tens to hundreds of participants), low enough that a hostile or mistaken file ends in seconds with a
// message instead of minutes of work, a crash or a report thousands of pages long.

import { KitError, type Problem } from '../../errors.ts';
import { cutText as cutInputText } from '../../input-text.ts';
import { columnLetters } from '../../xlsx-limits.ts';

export const LIMITS = {
  fileBytes: 10 * 1024 * 1024, // a response file as it is on disk (CSV or .xlsx)
  xlsxBytes: 25 * 1024 * 1024, // all the parts of an .xlsx unpacked, counted as they unzip
  responses: 10_000, // rows under the header
  columns: 1_000,
  cellChars: 10_000, // characters (UTF-16 code units) in one cell
  listedProblems: 50, // problems listed in the report and on the terminal; the rest are counted
  quotedChars: 160, // characters of a cell or header quoted in a problem
} as const;

/** A count as the limits are written in messages: 10,000. */
export const formatCount = (count: number) => count.toLocaleString('en-US');

/** A size in bytes as MB with one decimal: "12.3 MB" (1 MB = 1,048,576 bytes). */
export const formatMegabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * `text` cut to `max` characters (input-text's cut, never inside a surrogate pair), with "…" when something was cut.
 */
export function cutText(text: string, max: number = LIMITS.quotedChars): string {
  return text.length <= max ? text : `${cutInputText(text, max)}…`;
}

/** The first `max` problems and how many more there are. */
export function listProblems<T extends Problem>(
  problems: readonly T[],
  max: number = LIMITS.listedProblems,
): { shown: T[]; more: number } {
  return { shown: problems.slice(0, max), more: Math.max(0, problems.length - max) };
}

const FIX_SIZE = "A workshop's responses take well under 1 MB: check that this is the response file of one workshop.";

/** Throws KitError('bad-input') when a response file of `bytes` bytes (named `file`) is over LIMITS.fileBytes. */
export function checkFileSize(bytes: number, file: string): void {
  if (bytes <= LIMITS.fileBytes) return;
  throw new KitError(
    'bad-input',
    `${file}: the file is ${formatMegabytes(bytes)}; ` +
      `the kit reads response files up to ${formatMegabytes(LIMITS.fileBytes)}. Nothing in it was read.`,
    {
      hint: `${FIX_SIZE} If it is, split its rows into smaller files (each with the header row) and score each.`,
    },
  );
}

/** What checkWorkbookParts holds a response workbook to before exceljs opens it (see generator/xlsx-limits.ts). */
export const WORKBOOK_LIMITS = {
  unzippedBytes: LIMITS.xlsxBytes,
  zipEntries: 1_000,
  columns: LIMITS.columns,
  mergedCells: 10_000,
} as const;

/** How to fix a response workbook past WORKBOOK_LIMITS. */
export const FIX_WORKBOOK =
  `${FIX_SIZE} If it is, open it in a spreadsheet program, ` +
  'unmerge any merged cells, and save it as CSV UTF-8; then score that file.';

/**
 * Throws when there are more than LIMITS.responses rows under the header; `row` is the spreadsheet row found past it.
 */
export function checkRowCount(rows: number, file: string): void {
  if (rows <= LIMITS.responses + 1) return;
  throw new KitError(
    'bad-input',
    `${file}: more than ${formatCount(LIMITS.responses)} rows of responses ` +
      `(row ${formatCount(rows)} is past the limit); the kit reads up to ${formatCount(LIMITS.responses)} per file. ` +
      'Nothing was scored.',
    {
      hint:
        'A workshop has tens to hundreds of participants: ' +
        'check that this is the right file, and delete rows that are not responses. ' +
        'If they all are, split the rows into files of up to ' +
        `${formatCount(LIMITS.responses)} (each with the header row) and score each.`,
    },
  );
}

/** Throws when a row (spreadsheet row `row`, 1-based) has more than LIMITS.columns cells. */
export function checkColumnCount(columns: number, row: number, file: string): void {
  if (columns <= LIMITS.columns) return;
  throw new KitError(
    'bad-input',
    `${file}:${row}: this row has ${formatCount(columns)} columns; ` +
      `the kit reads up to ${formatCount(LIMITS.columns)}. Nothing was scored.`,
    {
      hint:
        'A form export has a few columns per question: ' +
        'delete the columns that are not part of the responses, then score the file again.',
    },
  );
}

/** Throws when the cell `value` (spreadsheet row `row`, 1-based; column `column`, 1-based) is over LIMITS.cellChars. */
export function checkCellLength(value: string, row: number, column: number, file: string): void {
  if (value.length <= LIMITS.cellChars) return;
  throw new KitError(
    'bad-input',
    `${file}:${row}: the cell in column ${columnLetters(column)} holds ${formatCount(value.length)} characters; ` +
      `the kit reads cells of up to ${formatCount(LIMITS.cellChars)}. Nothing was scored.`,
    {
      hint:
        `It begins ${JSON.stringify(cutText(value, 40))}. An answer is one of the quiz's options, ` +
        'so a text this long is not an answer: clear or shorten that cell, then score the file again.',
    },
  );
}
