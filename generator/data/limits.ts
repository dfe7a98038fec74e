// How big a spreadsheet the importer agrees to read, and the check of an .xlsx workbook's unzipped size made
// before exceljs sees it, so that a small hostile file cannot take the machine's memory or minutes of its time.

import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { KitError } from '../errors.ts';

/**
 * ICE's largest list so far (2026-05-18) is a 232 KB workbook of 1.5 MB unzipped, 1,854 rows and 13 columns
 * (412 KB as CSV); each limit leaves ten times that room or more.
 */
export const TABLE_LIMITS = {
  fileBytes: 16 * 1024 * 1024, // the file as given, .xlsx or .csv
  unzippedBytes: 24 * 1024 * 1024, // every part of an .xlsx workbook unzipped together
  zipEntries: 1000, // parts in an .xlsx (ICE's have about 22)
  rows: 20_000, // rows of the sheet, header and blank rows included
  columns: 64, // columns read; cells further right are left out with a note
  cells: 300_000, // cells in the workbook's sheets, counted in their XML before exceljs builds a Cell for each
} as const;

const MIB = 1024 * 1024;
const HINT = "ICE's lists are far smaller: download the list again from ICE's 287(g) page, or open this file in a spreadsheet program, keep only the list, and save it again.";

/** Throws KitError('bad-input') naming `file` and the limit when the file is larger than any ICE list can be. */
export function checkFileSize(bytes: Uint8Array, file: string): void {
  if (bytes.byteLength > TABLE_LIMITS.fileBytes) {
    throw new KitError('bad-input', `${file}: the file is ${(bytes.byteLength / MIB).toFixed(1)} MB; the kit reads lists of at most ${TABLE_LIMITS.fileBytes / MIB} MB.`, { hint: HINT });
  }
}

/**
 * Checks an .xlsx workbook (`bytes`, named `file` in messages) before it is parsed: the sizes its zip directory
 * declares, then the bytes its parts really unzip to (a directory can understate them), stopping as soon as
 * TABLE_LIMITS.unzippedBytes is passed, and the rows and cells its sheets hold. Throws KitError('bad-input') naming the file and the limit; a file that
 * is not a readable zip is left to exceljs, which says so.
 */
export function checkWorkbookSize(bytes: Uint8Array, file: string): void {
  checkFileSize(bytes, file);
  const declared: string[] = [];
  let declaredBytes = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        declared.push(entry.name);
        declaredBytes += entry.originalSize;
        return false; // sizes only: nothing is unzipped here
      },
    });
  } catch {
    return;
  }
  if (declared.length > TABLE_LIMITS.zipEntries) {
    throw new KitError('bad-input', `${file}: the workbook has ${declared.length} parts; the kit reads workbooks of at most ${TABLE_LIMITS.zipEntries}.`, { hint: HINT });
  }
  if (declaredBytes > TABLE_LIMITS.unzippedBytes) throw tooLarge(file, `${(declaredBytes / MIB).toFixed(1)} MB`);
  const measured = measureUnzipped(bytes, file);
  if (measured.parts !== declared.length) {
    throw new KitError('bad-input', `${file}: the workbook's zip directory does not match its contents; it may be damaged or built to mislead.`, { hint: HINT });
  }
  if (measured.rows > TABLE_LIMITS.rows) {
    throw new KitError('bad-input', `${file}: the workbook has ${measured.rows} rows; the kit reads lists of at most ${TABLE_LIMITS.rows} rows.`, { hint: HINT });
  }
  if (measured.cells > TABLE_LIMITS.cells) {
    throw new KitError('bad-input', `${file}: the workbook has ${measured.cells} cells; the kit reads lists of at most ${TABLE_LIMITS.cells} cells.`, { hint: HINT });
  }
}

function tooLarge(file: string, size: string): KitError {
  return new KitError('bad-input', `${file}: the workbook unzips to ${size}; the kit reads workbooks of at most ${TABLE_LIMITS.unzippedBytes / MIB} MB unzipped.`, { hint: HINT });
}

class Overflow extends Error {}

// A row or cell element in a sheet's XML, with or without a namespace prefix. A tag split between two chunks is
// missed, so the counts can fall short by one per 64 KB chunk: far less than the room the limits leave.
const ROW_TAG = /<(?:\w+:)?row[\s>]/g;
const CELL_TAG = /<(?:\w+:)?c[\s>]/g;

/**
 * Unzips every part in a stream, counting bytes (and discarding them), and the row and cell elements of the sheets.
 * `parts` is -1 when the stream cannot be read.
 */
function measureUnzipped(bytes: Uint8Array, file: string): { parts: number; rows: number; cells: number } {
  let total = 0;
  let parts = 0;
  let rows = 0;
  let cells = 0;
  const unzip = new Unzip((entry) => {
    parts++;
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    entry.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.byteLength;
      if (total > TABLE_LIMITS.unzippedBytes) throw new Overflow();
      if (!sheet) return;
      const text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
      rows += text.match(ROW_TAG)?.length ?? 0;
      cells += text.match(CELL_TAG)?.length ?? 0;
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    const step = 64 * 1024;
    for (let offset = 0; offset < bytes.byteLength; offset += step) {
      unzip.push(bytes.subarray(offset, offset + step), offset + step >= bytes.byteLength);
    }
  } catch (error) {
    if (error instanceof Overflow) throw tooLarge(file, `more than ${TABLE_LIMITS.unzippedBytes / MIB} MB`);
    return { parts: -1, rows, cells }; // unreadable: the caller reports the mismatch
  }
  return { parts, rows, cells };
}
