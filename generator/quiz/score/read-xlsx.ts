// Reads a response workbook (.xlsx) as Microsoft Forms' "Open in Excel" and Google Sheets' download write it:
// the first sheet that holds anything, as rows of plain text, each cell read as its value (a date as
// "2026-11-28 13:04:10", a number as written, rich text as its words, a formula as its saved result, never run).

import ExcelJS from 'exceljs';
import { KitError } from '../../errors.ts';
import { checkWorkbookParts } from '../../xlsx-limits.ts';
import { checkCellLength, checkColumnCount, checkRowCount, FIX_WORKBOOK, WORKBOOK_LIMITS } from './limits.ts';
import { EXPORT_ADVICE } from './sniff-file.ts';

export interface XlsxRows {
  sheet: string;
  rows: string[][]; // rows[0] is spreadsheet row 1; a blank row is an empty array, so indexes stay row numbers
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A date as the tools' CSVs write it, without a time zone: Excel keeps none, and exceljs gives its serial
 * as that moment in UTC, so the UTC fields are the cell's own. Midnight is written as a date alone.
 */
function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const [hours, minutes, seconds] = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  return hours || minutes || seconds ? `${day} ${pad(hours)}:${pad(minutes)}:${pad(seconds)}` : day;
}

/** Whether a number format shows a date or a time: d, m, y, h or s outside quoted text and [color]/[$-409] parts. */
function isDateFormat(format: string | undefined): boolean {
  return /[dmyhs]/i.test((format ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

/** 1899-12-30 is Excel's day 0 (with its 1900 leap-year bug, right for every date after February 1900). */
const fromSerial = (serial: number) => new Date(Math.round((serial - 25569) * 86400) * 1000);

/** A cell's value as plain text; `numFmt` tells a date serial exceljs left as a number. */
export function readCellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDate(value);
  if (typeof value === 'number')
    return isDateFormat(numFmt) && value > 0 ? formatDate(fromSerial(value)) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('');
    if ('error' in value && typeof value.error === 'string') return value.error;
    if ('hyperlink' in value && 'text' in value) return readCellText(value.text, numFmt);
    // A formula's saved result; the formula itself is never evaluated.
    if ('formula' in value || 'sharedFormula' in value || 'result' in value)
      return readCellText('result' in value ? value.result : undefined, numFmt);
  }
  return '';
}

/**
 * The rows of the first non-empty sheet of the workbook in `bytes` (named `file` in messages). Throws KitError
 * ('bad-input') for a workbook that cannot be opened, has nothing in it, or is past LIMITS (unpacked size, rows,
 * columns, characters in a cell).
 */
export async function readXlsxRows(bytes: Uint8Array, file: string): Promise<XlsxRows> {
  const measured = checkWorkbookParts(bytes, file, WORKBOOK_LIMITS, FIX_WORKBOOK);
  checkRowCount(Math.max(measured.rows, measured.lastRow), file);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer (it hands it to JSZip): a copy of the file's bytes, within LIMITS.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    throw new KitError(
      'bad-input',
      `${file}: this .xlsx workbook cannot be opened (${error instanceof Error ? error.message : String(error)}).`,
      {
        hint: `Open it in a spreadsheet program and save it again as .xlsx or CSV. ${EXPORT_ADVICE}`,
        cause: error,
      },
    );
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet)
    throw new KitError('bad-input', `${file}: the workbook has no sheet with anything in it.`, { hint: EXPORT_ADVICE });
  // rowCount and cellCount are the last row and column used, which the row count in the XML does not bound.
  checkRowCount(sheet.rowCount, file);
  const rows: string[][] = [];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    checkColumnCount(row.cellCount, number, file);
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.getCell(column);
      const text = readCellText(cell.value, cell.numFmt);
      checkCellLength(text, number, column, file);
      cells.push(text);
    }
    rows.push(cells);
  }
  return { sheet: sheet.name, rows };
}
