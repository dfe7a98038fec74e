// Turns a read table into agreements: one per data row, or a reported reason why the row was rejected.
// Pure: no disk, no clock (the caller passes what it read and when).

import { createHash } from 'node:crypto';
import type { Problem } from '../errors.ts';
import { findState } from './states.ts';
import { limitRowCells } from './cell-limits.ts';
import { FIELD_HEADERS, mapColumns, type Field } from './columns.ts';
import { noteLinkOffIce, parseLinkCell } from './links.ts';
import {
  cleanText,
  inferAgencyType,
  normalizeKey,
  parseAgencyType,
  parseCountyCell,
  parseDateText,
  parseModel,
} from './normalize.ts';
import { findNearModel, findNearState } from './near-names.ts';
import { readTable, type Cell } from './read-table.ts';
import type { Agreement, ListKind, Snapshot } from './types.ts';

export interface ImportOptions {
  file: string; // name shown in messages and recorded in the snapshot
  bytes: Uint8Array;
  kind: ListKind;
  asOf: string; // ISO date
  importedAt: string; // ISO timestamp
}

export async function importList(options: ImportOptions): Promise<Snapshot> {
  const { file, bytes, kind } = options;
  const table = await readTable(bytes, file);
  const { headerRow, columns } = mapColumns(table, file, kind);
  const agreements: Agreement[] = [];
  const rejected: Problem[] = [];
  const warnings: Problem[] = [...table.notes];
  const seen = new Map<string, number>();
  const rowsByContent = new Map<string, number>(); // every cell as published -> the first row with it
  let blank = 0;
  let duplicates = 0;

  for (const read of table.rows.slice(headerRow + 1)) {
    const row = read.row;
    const { cells, notes: cellNotes } = limitRowCells(read.cells, columns, file, row);
    warnings.push(...cellNotes);
    if (cells.every((cell) => cleanText(cell.text) === '' && !cell.hyperlink)) {
      blank++;
      continue;
    }
    const cell = (field: Field): Cell | undefined => {
      const column = columns[field];
      return column === undefined ? undefined : cells[column];
    };
    const text = (field: Field) => cell(field)?.text ?? '';
    /** The link of `field` (its hyperlink, else the address in `urlField`), noted under its column when off ice.gov. */
    const readLink = (field: 'moa' | 'addendum', urlField: 'moaUrl' | 'addendumUrl') => {
      const target = cell(field)?.hyperlink ?? (cleanText(text(urlField)) || undefined);
      const link = parseLinkCell(text(field), target);
      const column =
        cell(field)?.hyperlink !== undefined || target === undefined ? FIELD_HEADERS[field] : FIELD_HEADERS[urlField];
      warnings.push(...noteLinkOffIce(link, file, row, column));
      return link;
    };
    const reject = (field: Field, message: string) => {
      rejected.push({ file, row, column: FIELD_HEADERS[field], value: text(field), message });
    };

    const content = rowContent(cells);
    const same = rowsByContent.get(content);
    if (same !== undefined) {
      duplicates++;
      warnings.push({
        file,
        row,
        column: FIELD_HEADERS.agency,
        value: cleanText(text('agency')),
        message: `row ${row} repeats row ${same} exactly; read as one agreement`,
      });
      continue;
    }

    const notes: Problem[] = [];
    let state = findState(text('state'));
    if (!state) {
      const near = findNearState(text('state'));
      if (near)
        notes.push({
          file,
          row,
          column: FIELD_HEADERS.state,
          value: text('state'),
          message: `read as ${near.name}, the state name it is nearest to`,
        });
      state = near?.value;
    }
    const agency = cleanText(text('agency'));
    let model = parseModel(text('model'));
    if (!model) {
      const near = findNearModel(text('model'));
      if (near)
        notes.push({
          file,
          row,
          column: FIELD_HEADERS.model,
          value: text('model'),
          message: `read as ${near.name}, the model name it is nearest to`,
        });
      model = near?.value;
    }
    if (!state) {
      reject('state', 'is not a US state or territory');
      continue;
    }
    if (agency === '') {
      reject('agency', 'is empty');
      continue;
    }
    if (!model) {
      reject('model', 'is not one of Jail Enforcement Model, Warrant Service Officer, Task Force Model');
      continue;
    }
    rowsByContent.set(content, row);
    warnings.push(...notes);

    const typeText = columns.type === undefined ? null : cleanText(text('type'));
    let type = typeText ? parseAgencyType(typeText) : undefined;
    if (!type) {
      type = inferAgencyType(agency);
      if (typeText)
        warnings.push({
          file,
          row,
          column: 'TYPE',
          value: typeText,
          message: `TYPE not recognized; read as ${type} from the agency name`,
        });
    }

    let signed: string | null = null;
    let signedText: string | null = null;
    if (kind === 'participating') {
      const signedCell = cell('signed');
      if (signedCell?.date) {
        signed = signedCell.date;
      } else {
        signedText = cleanText(signedCell?.text ?? '');
        const parsed = signedText === '' ? undefined : parseDateText(signedText);
        if (parsed) {
          signed = parsed.iso;
          if (!parsed.exact)
            warnings.push({
              file,
              row,
              column: 'SIGNED',
              value: signedText,
              message: `malformed date read as ${parsed.iso}`,
            });
          if (signedText === parsed.iso) signedText = null; // an ISO date written as text, as in every CSV
        } else {
          warnings.push({
            file,
            row,
            column: 'SIGNED',
            value: signedText,
            message: 'signing date not understood; kept without a date',
          });
        }
      }
    }

    const agencyKey = normalizeKey(agency);
    const id = `${state.code}:${agencyKey}:${model}`;
    const earlier = seen.get(id);
    if (earlier !== undefined)
      warnings.push({
        file,
        row,
        column: 'LAW ENFORCEMENT AGENCY',
        value: agency,
        message: `same agency and model as row ${earlier}`,
      });
    seen.set(id, row);

    agreements.push({
      id,
      row,
      state: state.code,
      agency,
      agencyKey,
      type,
      typeText,
      county: columns.county === undefined ? null : parseCountyCell(cell('county')?.error ?? text('county')),
      model,
      signed,
      signedText,
      moa: readLink('moa', 'moaUrl'),
      addendum: readLink('addendum', 'addendumUrl'),
    });
  }

  return {
    format: 1,
    kind,
    asOf: options.asOf,
    importedAt: options.importedAt,
    source: {
      file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.byteLength,
      sheet: table.sheet,
      format: table.format,
    },
    rows: {
      read: agreements.length + rejected.length + duplicates,
      agreements: agreements.length,
      rejected: rejected.length,
      duplicates,
      blank,
    },
    rejected,
    warnings,
    agreements,
  };
}

/**
 * A row's cells as published (text, link target, date, error), trailing empty cells left out: equal for exact repeats.
 */
function rowContent(cells: Cell[]): string {
  const shown = cells.map((cell) => [cell.text, cell.hyperlink ?? '', cell.date ?? '', cell.error ?? '']);
  while (shown.length > 0 && shown.at(-1)!.every((part) => part === '')) shown.pop();
  return JSON.stringify(shown);
}
