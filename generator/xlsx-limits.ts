// The one check an .xlsx workbook passes before exceljs opens it, shared by the ICE list import and the quiz
// scorer: its parts are unzipped in a stream and counted as they come (a zip directory can understate them),
// stopping as soon as the real bytes pass the limit, and the ranges its sheets declare (<dimension>, <mergeCell>)
// are held to the row and column limits, since exceljs builds a cell for every cell of a merged range.

import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { KitError } from './errors.ts';

export interface WorkbookLimits {
  unzippedBytes: number; // every part unzipped together
  zipEntries: number; // parts in the zip
  columns: number; // last column (1-based) a <dimension> or <mergeCell> range may reach
  mergedCells: number; // cells in all merged ranges together
}

export interface WorkbookCounts {
  rows: number; // <row> elements in all sheets
  cells: number; // <c> elements in all sheets
  lastRow: number; // the last row a <dimension> or <mergeCell> range reaches (0 when none), for the caller's row check
}

const MIB = 1024 * 1024;
// An Excel sheet ends at row 1,048,576 and column XFD (16,384).
export const EXCEL_MAX = { rows: 1_048_576, columns: 16_384 } as const;

class Overflow extends Error {}

// Elements with or without a namespace prefix. Chunks are cut at their last '<', so no tag is split or counted twice.
const ROW_TAG = /<(?:[\w.-]+:)?row[\s>/]/g;
const CELL_TAG = /<(?:[\w.-]+:)?c[\s>/]/g;
const RANGE_TAG = /<(?:[\w.-]+:)?(mergeCell|dimension)\b[^>]*?\bref\s*=\s*["']([^"']*)["']/g;
const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** A cell reference ("B7", "$XFD$1048576") as 1-based row and column, or undefined when it is not one. */
function parseCellRef(ref: string): { row: number; column: number } | undefined {
  const match = CELL_REF.exec(ref.trim());
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1]!.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

/** A range ("A3:XFD1048575" or "B2") as its first and last cells, or undefined when it is not one. */
export function parseRange(
  ref: string,
): { first: { row: number; column: number }; last: { row: number; column: number } } | undefined {
  const [start = '', end = start] = ref.split(':');
  const first = parseCellRef(start);
  const last = parseCellRef(end);
  return first && last ? { first, last } : undefined;
}

/**
 * Checks the .xlsx workbook in `bytes` (named `file` in messages) against `limits` without building it: the parts
 * and sizes its zip directory declares, then the bytes its parts really unzip to, then each <dimension> and
 * <mergeCell> range of its sheets (columns and merged cells here; the last row reached is returned, for the
 * caller to refuse in its own words before exceljs runs). Returns the <row> and <c> elements counted in its sheets.
 * Throws KitError('bad-input') naming the file, what was found and the limit, with `hint` for how to fix it; a
 * file that is not a readable zip is left to exceljs, which says so (counts of 0 are returned).
 */
export function checkWorkbookParts(
  bytes: Uint8Array,
  file: string,
  limits: WorkbookLimits,
  hint: string,
): WorkbookCounts {
  const refuse = (message: string) =>
    new KitError('bad-input', `${file}: ${message} Nothing in it was read.`, { hint });
  let declaredParts = 0;
  let declaredBytes = 0;
  try {
    unzipSync(bytes, { filter: (entry) => (declaredParts++, (declaredBytes += entry.originalSize), false) });
  } catch {
    return { rows: 0, cells: 0, lastRow: 0 };
  }
  if (declaredParts > limits.zipEntries)
    throw refuse(`the workbook has ${declaredParts} parts; the kit reads workbooks of at most ${limits.zipEntries}.`);
  const tooLarge = (size: string) =>
    refuse(
      `the workbook unzips to ${size}; the kit reads workbooks of at most ${limits.unzippedBytes / MIB} MB unzipped.`,
    );
  if (declaredBytes > limits.unzippedBytes) throw tooLarge(`${(declaredBytes / MIB).toFixed(1)} MB`);
  let measured: Measured;
  try {
    measured = measureParts(bytes, limits.unzippedBytes);
  } catch (error) {
    if (error instanceof Overflow) throw tooLarge(`more than ${limits.unzippedBytes / MIB} MB`);
    throw refuse(
      "the workbook's zip data is damaged (its parts do not unzip as its directory says); it may be " +
        'damaged or built to mislead.',
    );
  }
  if (measured.parts !== declaredParts) {
    throw refuse("the workbook's zip directory does not match its contents; it may be damaged or built to mislead.");
  }
  let merged = 0;
  let lastRow = 0;
  for (const { tag, ref } of measured.ranges) {
    const range = parseRange(ref);
    if (!range) continue; // not a range exceljs can expand; it reports what it cannot read
    const { first, last } = range;
    const what = `a sheet's ${tag === 'mergeCell' ? 'merged cells' : 'size'} ${JSON.stringify(ref)}`;
    const column = Math.max(first.column, last.column);
    if (column > limits.columns)
      throw refuse(
        `${what} reaches column ${column.toLocaleString('en-US')}; the kit reads up to ` +
          `column ${limits.columns.toLocaleString('en-US')}.`,
      );
    lastRow = Math.max(lastRow, first.row, last.row);
    if (tag === 'mergeCell')
      merged += (Math.abs(last.row - first.row) + 1) * (Math.abs(last.column - first.column) + 1);
  }
  if (merged > limits.mergedCells) {
    throw refuse(
      `its sheets merge ${merged.toLocaleString('en-US')} cells; the kit reads workbooks with at ` +
        `most ${limits.mergedCells.toLocaleString('en-US')} merged cells.`,
    );
  }
  return { rows: measured.rows, cells: measured.cells, lastRow };
}

interface Measured {
  parts: number;
  rows: number;
  cells: number;
  ranges: { tag: string; ref: string }[];
}

/** Unzips every part in a stream, counting bytes (and discarding them); throws Overflow past `maxBytes`. */
function measureParts(bytes: Uint8Array, maxBytes: number): Measured {
  const measured: Measured = { parts: 0, rows: 0, cells: 0, ranges: [] };
  let total = 0;
  const unzip = new Unzip((entry) => {
    measured.parts++;
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    let carry = '';
    entry.ondata = (error, chunk, final) => {
      if (error) throw error;
      total += chunk.byteLength;
      if (total > maxBytes) throw new Overflow();
      if (!sheet) return;
      const text = carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
      const cut = final ? text.length : text.lastIndexOf('<');
      const whole = cut < 0 ? text : text.slice(0, cut);
      // A tag longer than 4 KB is no row, cell or range a spreadsheet program writes; it is dropped, not carried.
      carry = cut < 0 || text.length - cut > 4096 ? '' : text.slice(cut);
      measured.rows += whole.match(ROW_TAG)?.length ?? 0;
      measured.cells += whole.match(CELL_TAG)?.length ?? 0;
      for (const match of whole.matchAll(RANGE_TAG)) measured.ranges.push({ tag: match[1]!, ref: match[2]! });
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  const step = 64 * 1024;
  for (let offset = 0; offset < bytes.byteLength; offset += step) {
    unzip.push(bytes.subarray(offset, offset + step), offset + step >= bytes.byteLength);
  }
  return measured;
}

/** A spreadsheet column's letters: 1 -> A, 16384 -> XFD. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
