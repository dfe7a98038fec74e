// Holds the cells the importer reads to TEXT_LIMITS and reports what reading the file changed in them (control
// characters removed, over-long text cut), each as a note naming FILE:ROW:COLUMN.

import type { Problem } from '../errors.ts';
import { cutText, describeCut, describeStripped, TEXT_LIMITS } from '../input-text.ts';
import { FIELD_HEADERS, isField, type Field } from './columns.ts';
import type { Cell } from './read-table.ts';

// Fields holding a web address (or `link` text over one): cutting an address would point it elsewhere, so an
// over-long one is left out instead.
const LINK_FIELDS: ReadonlySet<Field> = new Set(['moa', 'addendum', 'moaUrl', 'addendumUrl']);

/**
 * The cells of one data row (`row`, a spreadsheet row number) with every cell mapped in `columns` held to its limit:
 * TEXT_LIMITS.text characters for names and other text, TEXT_LIMITS.url for addresses. Returns the new cells (the
 * input is not changed) and one note per cell changed, here or by readTable (Cell.controls).
 */
export function limitRowCells(
  cells: readonly Cell[],
  columns: Partial<Record<Field, number>>,
  file: string,
  row: number,
): { cells: Cell[]; notes: Problem[] } {
  const out = [...cells];
  const notes: Problem[] = [];
  for (const [field, index] of Object.entries(columns)) {
    if (!isField(field) || index === undefined) continue;
    const cell = out[index];
    if (!cell) continue;
    const note = (message: string, value: string) =>
      notes.push({ file, row, column: FIELD_HEADERS[field], value: shorten(value), message });
    if (cell.controls) note(describeStripped(cell.controls), cell.text);
    if (LINK_FIELDS.has(field)) {
      const next: Cell = { ...cell };
      if (cell.text.length > TEXT_LIMITS.url) {
        next.text = '';
        note(
          `is ${cell.text.length} characters long, over the ${TEXT_LIMITS.url} a web address may have; left out`,
          cell.text,
        );
      }
      if (cell.hyperlink !== undefined && cell.hyperlink.length > TEXT_LIMITS.url) {
        delete next.hyperlink;
        note(
          `links to an address ${cell.hyperlink.length} characters long, ` +
            `over the ${TEXT_LIMITS.url} a web address may have; the link is left out`,
          cell.hyperlink,
        );
      }
      out[index] = next;
    } else if (cell.text.length > TEXT_LIMITS.text) {
      out[index] = { ...cell, text: cutText(cell.text, TEXT_LIMITS.text) };
      note(describeCut(cell.text.length, TEXT_LIMITS.text), out[index].text);
    }
  }
  return { cells: out, notes };
}

/** A value as a note shows it: at most TEXT_LIMITS.text characters, with … when cut. */
function shorten(value: string): string {
  return value.length > TEXT_LIMITS.text ? `${cutText(value, TEXT_LIMITS.text)}…` : value;
}
