// How big a spreadsheet the importer agrees to read, and the checks of an .xlsx workbook made before exceljs
// sees it, so that a small hostile file cannot take the machine's memory or minutes of its time.

import { KitError } from '../errors.ts';
import { checkWorkbookParts, EXCEL_MAX } from '../xlsx-limits.ts';

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
  mergedCells: 10_000, // cells in merged ranges, which exceljs builds one by one (ICE's lists merge none)
} as const;

const MIB = 1024 * 1024;
const HINT =
  "ICE's lists are far smaller: download the list again from ICE's 287(g) page, " +
  'or open this file in a spreadsheet program, keep only the list, and save it again.';

/** Throws KitError('bad-input') naming `file` and the limit when the file is larger than any ICE list can be. */
export function checkFileSize(bytes: Uint8Array, file: string): void {
  if (bytes.byteLength > TABLE_LIMITS.fileBytes) {
    throw new KitError(
      'bad-input',
      `${file}: the file is ${(bytes.byteLength / MIB).toFixed(1)} MB; ` +
        `the kit reads lists of at most ${TABLE_LIMITS.fileBytes / MIB} MB.`,
      { hint: HINT },
    );
  }
}

/**
 * Checks an .xlsx workbook (`bytes`, named `file` in messages) before it is parsed, with the check the scorer
 * shares (checkWorkbookParts: zip directory, real unzipped bytes in a stream, merged and dimension ranges), then
 * the rows and cells its sheets hold. Returns the last row a <dimension> or merged range reaches, which the caller
 * holds to TABLE_LIMITS.rows. Throws KitError('bad-input') naming the file and the limit; a file that is not a
 * readable zip is left to exceljs, which says so.
 */
export function checkWorkbookSize(bytes: Uint8Array, file: string): number {
  checkFileSize(bytes, file);
  // Cells right of the column limit are left out with a note, so a range may reach any column Excel has; the
  // merged cells are held to the cell limit instead.
  const measured = checkWorkbookParts(
    bytes,
    file,
    {
      unzippedBytes: TABLE_LIMITS.unzippedBytes,
      zipEntries: TABLE_LIMITS.zipEntries,
      columns: EXCEL_MAX.columns,
      mergedCells: TABLE_LIMITS.mergedCells,
    },
    HINT,
  );
  if (measured.rows > TABLE_LIMITS.rows) {
    throw new KitError(
      'bad-input',
      `${file}: the workbook has ${measured.rows} rows; the kit reads lists of at most ${TABLE_LIMITS.rows} rows.`,
      { hint: HINT },
    );
  }
  if (measured.cells > TABLE_LIMITS.cells) {
    throw new KitError(
      'bad-input',
      `${file}: the workbook has ${measured.cells} cells; the kit reads lists of at most ${TABLE_LIMITS.cells} cells.`,
      { hint: HINT },
    );
  }
  return measured.lastRow;
}
