// Reads a spreadsheet (.xlsx with exceljs, .csv with papaparse) into plain rows of cells, keeping
// hyperlink targets, real dates and Excel error values apart from the displayed text.

import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { KitError } from '../errors.ts';
import { decodeText, looksBinary } from './decode.ts';
import { excelSerialToIso } from './normalize.ts';

export interface Cell {
  text: string; // displayed text as stored ('' for empty)
  hyperlink?: string;
  date?: string; // ISO date when the cell is a real date
  error?: string; // Excel error value such as #N/A
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

/** Reads `bytes` (named `file` in messages) as a table. Throws KitError('bad-input') for what is not a spreadsheet. */
export async function readTable(bytes: Uint8Array, file: string): Promise<Table> {
  const format = sniffFormat(bytes);
  if (format === 'xlsx') return readXlsx(bytes, file);
  if (format === 'csv') return readCsv(bytes, file);
  const what = format === 'xls' ? 'an old-style Excel .xls workbook' : 'not a spreadsheet (it looks like binary data)';
  throw new KitError('bad-input', `${file}: ${what}.`, {
    hint: "Download the list again from ICE's 287(g) page as .xlsx, or save it as .xlsx or .csv (UTF-8) and import that.",
  });
}

async function readXlsx(bytes: Uint8Array, file: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new KitError('bad-input', `${file}: this .xlsx workbook could not be opened (${(error as Error).message}).`, {
      hint: 'Open it in a spreadsheet program and save it again as .xlsx, or export it as .csv.',
      cause: error,
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new KitError('bad-input', `${file}: the workbook has no worksheet.`);
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(readXlsxCell(row.getCell(column)));
    rows.push({ row: rowNumber, cells });
  });
  return { format: 'xlsx', sheet: sheet.name, rows };
}

function readXlsxCell(cell: ExcelJS.Cell): Cell {
  const value = cell.value as unknown;
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
    const object = value as Record<string, unknown>;
    if (typeof object.error === 'string') return { text: object.error, error: object.error };
    if (Array.isArray(object.richText)) {
      return { text: object.richText.map((run: { text?: string }) => run.text ?? '').join(''), hyperlink };
    }
    if ('hyperlink' in object) {
      const text = typeof object.text === 'string' ? object.text : Array.isArray((object.text as { richText?: unknown })?.richText)
        ? ((object.text as { richText: { text: string }[] }).richText.map((run) => run.text).join(''))
        : String(object.text ?? '');
      return { text, hyperlink: String(object.hyperlink) };
    }
    if ('result' in object) return readXlsxCell({ value: object.result, hyperlink: cell.hyperlink, numFmt: cell.numFmt } as ExcelJS.Cell);
  }
  return { text: String(cell.text ?? '') };
}

function readCsv(bytes: Uint8Array, file: string): Table {
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) {
    throw new KitError('bad-input', `${file}:${(fatal.row ?? 0) + 1} the CSV has a broken quoted field (${fatal.message}).`, {
      hint: 'Export the sheet again as CSV from a spreadsheet program.',
    });
  }
  const rows = parsed.data
    .map((cells, index) => ({ row: index + 1, cells: cells.map((cell) => ({ text: cell })) }))
    // Papaparse reports the final newline as one empty row.
    .filter((row, index, all) => !(index === all.length - 1 && row.cells.length === 1 && row.cells[0]!.text === ''));
  return { format: 'csv', sheet: null, rows, encoding };
}
