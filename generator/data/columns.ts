// Finds ICE's columns by header name, whatever their order, across every layout ICE has used
// (Feb 2025 without COUNTY, later with COUNTY and ADDENDUM, pending lists without SIGNED).

import { KitError } from '../errors.ts';
import type { ListKind } from './types.ts';
import type { Table } from './read-table.ts';

export type Field =
  'state' | 'agency' | 'type' | 'county' | 'model' | 'signed' | 'moa' | 'addendum' | 'moaUrl' | 'addendumUrl';

/** The header ICE uses for each field, as shown in messages. */
export const FIELD_HEADERS: Record<Field, string> = {
  state: 'STATE',
  agency: 'LAW ENFORCEMENT AGENCY',
  type: 'TYPE',
  county: 'COUNTY',
  model: 'SUPPORT TYPE',
  signed: 'SIGNED',
  moa: 'MOA',
  addendum: 'ADDENDUM',
  moaUrl: 'MOA_URL',
  addendumUrl: 'ADDENDUM_URL',
};

/** Whether `key` names a field (a key of FIELD_HEADERS), e.g. a key of the column map mapColumns returns. */
export function isField(key: string): key is Field {
  return Object.hasOwn(FIELD_HEADERS, key);
}

const ALIASES: Record<string, Field> = {
  state: 'state',
  'law enforcement agency': 'agency',
  agency: 'agency',
  'agency name': 'agency',
  type: 'type',
  'agency type': 'type',
  county: 'county',
  'support type': 'model',
  model: 'model',
  '287g model': 'model',
  signed: 'signed',
  'date signed': 'signed',
  'signed date': 'signed',
  moa: 'moa',
  addendum: 'addendum',
  moa_url: 'moaUrl',
  addendum_url: 'addendumUrl',
};

function headerKey(text: string): string {
  return text
    .replace(/[\u00A0\s]+/g, ' ')
    .replace(/[()]/g, '')
    .trim()
    .toLowerCase();
}

export interface ColumnMap {
  headerRow: number; // index into table.rows
  columns: Partial<Record<Field, number>>;
}

const REQUIRED: Record<ListKind, Field[]> = {
  participating: ['state', 'agency', 'model', 'signed'],
  pending: ['state', 'agency', 'model'],
};

/** Locates the header row (within the first 10 rows) and each known column. */
export function mapColumns(table: Table, file: string, kind: ListKind): ColumnMap {
  let best: ColumnMap | undefined;
  let bestCount = 0;
  for (let index = 0; index < Math.min(table.rows.length, 10); index++) {
    const columns: Partial<Record<Field, number>> = {};
    table.rows[index]!.cells.forEach((cell, column) => {
      const field = ALIASES[headerKey(cell.text)];
      if (field && columns[field] === undefined) columns[field] = column;
    });
    const count = Object.keys(columns).length;
    if (count > bestCount) {
      best = { headerRow: index, columns };
      bestCount = count;
    }
  }
  if (table.rows.length === 0) {
    throw new KitError('bad-input', `${file}: the file is empty.`, {
      hint: "Download the list again from ICE's 287(g) page.",
    });
  }
  const missing = REQUIRED[kind].filter((field) => best?.columns[field] === undefined);
  if (!best || missing.length > 0) {
    const seen = best ? table.rows[best.headerRow]!.cells.map((cell) => cell.text.trim()).filter(Boolean) : [];
    const firstRow = table.rows[0]!.cells.map((cell) => cell.text.trim()).filter(Boolean);
    const shown = (seen.length ? seen : firstRow).slice(0, 12).join(', ') || 'nothing';
    let hint = `An ICE ${kind} list has the columns ${REQUIRED[kind].map((field) => FIELD_HEADERS[field]).join(', ')}.`;
    if (kind === 'participating' && missing.length === 1 && missing[0] === 'signed') {
      hint += " A list without SIGNED is usually ICE's pending list: import it with --pending.";
    }
    throw new KitError(
      'bad-input',
      `${file}: this is not an ICE 287(g) ${kind} list: ` +
        `missing column ${missing.map((field) => FIELD_HEADERS[field]).join(', ')} (found: ${shown}).`,
      { hint },
    );
  }
  return best;
}
