// Reads a spreadsheet (.xlsx with exceljs, .csv with papaparse) into plain rows of cells, keeping
// hyperlink targets, real dates and Excel error values apart from the displayed text.

import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { KitError } from '../errors.ts';
import { stripControls } from '../input-text.ts';
import type { Problem } from '../errors.ts';
import { decodeText, looksBinary } from './decode.ts';
import { checkFileSize, checkWorkbookSize, TABLE_LIMITS } from './limits.ts';
import { columnLetters } from '../xlsx-limits.ts';
import { excelSerialToIso } from './normalize.ts';
import { formatCountNoun } from '../plural.ts';

export interface Cell {
  text: string; // displayed text as stored ('' for empty)
  hyperlink?: string;
  date?: string; // ISO date when the cell is a real date
  error?: string; // Excel error value such as #N/A
  controls?: number; // control characters removed from the text and hyperlink (absent when none)
}

export interface TableRow {
  row: number; // spreadsheet row number, header = 1
  cells: Cell[];
}

export interface Table {
  format: 'xlsx' | 'csv';
  sheet: string | null;
  rows: TableRow[]; // every row, header included, in order; blank rows kept (they are counted, not dropped)
  encoding?: string;
  notes: Problem[]; // what was left out of the file (cells beyond TABLE_LIMITS.columns)
}

export type FileFormat = 'xlsx' | 'xls' | 'csv' | 'binary';

/** What a file is by its first bytes, whatever its name says. */
export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  // UTF-16 text (Excel's "Unicode Text") is full of NUL bytes but is text.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'csv';
  return looksBinary(bytes) ? 'binary' : 'csv';
}

/**
 * Reads `bytes` (named `file` in messages) as a table, control characters removed from every cell (counted in
 * `Cell.controls`). Throws KitError('bad-input') for what is not a spreadsheet and for a file over TABLE_LIMITS.
 */
export async function readTable(bytes: Uint8Array, file: string): Promise<Table> {
  const format = sniffFormat(bytes);
  if (format === 'xlsx') return readXlsx(bytes, file);
  if (format === 'csv') return readCsv(bytes, file);
  const what = format === 'xls' ? 'an old-style Excel .xls workbook' : 'not a spreadsheet (it looks like binary data)';
  throw new KitError('bad-input', `${file}: ${what}.`, {
    hint:
      "Download the list again from ICE's 287(g) page as .xlsx, " +
      'or save it as .xlsx or .csv (UTF-8) and import that.',
  });
}

async function readXlsx(bytes: Uint8Array, file: string): Promise<Table> {
  // The last row a sheet's size or merged cells reach: exceljs would build every cell of a merged range.
  checkRowCount(checkWorkbookSize(bytes, file), file);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for an ArrayBuffer (its `Buffer`): a copy of the bytes, within the size checked above.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new KitError('bad-input', `${file}: this .xlsx workbook could not be opened (${reason}).`, {
      hint: 'Open it in a spreadsheet program and save it again as .xlsx, or export it as .csv.',
      cause: error,
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new KitError('bad-input', `${file}: the workbook has no worksheet.`);
  const lastRow = sheet.lastRow?.number ?? 0;
  checkRowCount(lastRow, file);
  const rows: TableRow[] = [];
  const beyond: { row: number; column: number }[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    // Only the cells the file has: a row's cell count runs to its last cell, which may be column XFD (16,384).
    row.eachCell((cell, column) => {
      if (column > TABLE_LIMITS.columns) {
        beyond.push({ row: rowNumber, column });
        return;
      }
      while (cells.length < column - 1) cells.push({ text: '' });
      cells.push(withoutControls(readXlsxCell(cell)));
    });
    rows.push({ row: rowNumber, cells });
  });
  return { format: 'xlsx', sheet: sheet.name, rows, notes: noteBeyond(beyond, file) };
}

function checkRowCount(count: number, file: string): void {
  if (count > TABLE_LIMITS.rows) {
    throw new KitError(
      'bad-input',
      `${file}: the sheet runs to row ${count}; the kit reads lists of at most ${TABLE_LIMITS.rows} rows.`,
      {
        hint:
          "ICE's lists have about 2,000 rows. " +
          'Delete the rows below the list (or save only the list) and import it again.',
      },
    );
  }
}

/** One note for the cells right of the column limit, naming the first one. */
function noteBeyond(beyond: { row: number; column: number }[], file: string): Problem[] {
  if (beyond.length === 0) return [];
  const first = beyond[0]!;
  return [
    {
      file,
      row: first.row,
      column: columnLetters(first.column),
      message:
        `${formatCountNoun(beyond.length, 'cell')} right of column ${columnLetters(TABLE_LIMITS.columns)}` +
        ` (the ${TABLE_LIMITS.columns}th) left out; ICE's lists use the first 13 columns`,
    },
  ];
}

function withoutControls(cell: Cell): Cell {
  const text = stripControls(cell.text);
  const hyperlink = cell.hyperlink === undefined ? undefined : stripControls(cell.hyperlink);
  const removed = text.removed + (hyperlink?.removed ?? 0);
  if (removed === 0) return cell;
  return {
    ...cell,
    text: text.text,
    ...(hyperlink ? { hyperlink: hyperlink.text } : {}),
    ...(cell.error ? { error: text.text } : {}),
    controls: removed,
  };
}

/** What readXlsxCell reads of an exceljs cell (a formula's result is read as a cell of its own). */
interface XlsxCell {
  value: unknown;
  hyperlink?: string;
  numFmt?: string;
  text?: string;
}

/** The text of exceljs rich text (`{ richText: [{ text }] }`), or undefined when `value` is not rich text. */
function joinRichText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('richText' in value) || !Array.isArray(value.richText))
    return undefined;
  return value.richText.map((run: { text?: string }) => run.text ?? '').join('');
}

/** The text of a value that is not rich text: a number or boolean as written, anything else as ''. */
function formatScalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function readXlsxCell(cell: XlsxCell): Cell {
  const value = cell.value;
  const hyperlink = typeof cell.hyperlink === 'string' && cell.hyperlink !== '' ? cell.hyperlink : undefined;
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) {
    const iso = value.toISOString().slice(0, 10);
    return { text: iso, date: iso };
  }
  if (typeof value === 'number') {
    // A number in a date-formatted cell that exceljs did not turn into a Date.
    const dateFormat = /[dmy]/i.test(cell.numFmt ?? '') ? excelSerialToIso(value) : undefined;
    return dateFormat ? { text: dateFormat, date: dateFormat } : { text: String(value) };
  }
  if (typeof value === 'string' || typeof value === 'boolean') return { text: String(value), hyperlink };
  if (typeof value === 'object') {
    if ('error' in value && typeof value.error === 'string') return { text: value.error, error: value.error };
    const richText = joinRichText(value);
    if (richText !== undefined) return { text: richText, hyperlink };
    if ('hyperlink' in value) {
      const text = 'text' in value ? (joinRichText(value.text) ?? formatScalar(value.text)) : '';
      return { text, hyperlink: String(value.hyperlink) };
    }
    if ('result' in value) return readXlsxCell({ value: value.result, hyperlink: cell.hyperlink, numFmt: cell.numFmt });
  }
  return { text: cell.text ?? '' };
}

function readCsv(bytes: Uint8Array, file: string): Table {
  checkFileSize(bytes, file);
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) {
    throw new KitError(
      'bad-input',
      `${file}:${(fatal.row ?? 0) + 1} the CSV has a broken quoted field (${fatal.message}).`,
      {
        hint: 'Export the sheet again as CSV from a spreadsheet program.',
      },
    );
  }
  // Papaparse reports the final newline as one empty row.
  const last = parsed.data.at(-1);
  const data = last && last.length === 1 && last[0] === '' ? parsed.data.slice(0, -1) : parsed.data;
  checkRowCount(data.length, file);
  const beyond: { row: number; column: number }[] = [];
  const rows = data.map((cells, index) => {
    cells.slice(TABLE_LIMITS.columns).forEach((cell, extra) => {
      if (cell !== '') beyond.push({ row: index + 1, column: TABLE_LIMITS.columns + extra + 1 });
    });
    return {
      row: index + 1,
      cells: cells.slice(0, TABLE_LIMITS.columns).map((cell) => withoutControls({ text: cell })),
    };
  });
  return { format: 'csv', sheet: null, rows, encoding, notes: noteBeyond(beyond, file) };
}
