// Lists built to hurt or mislead, made here: merged cells and sheet sizes that reach the end of the sheet, a data
// folder whose snapshots folder is a link to somewhere else, bidirectional overrides in a cell, and MOA links that
// are not on ice.gov. Each is refused in seconds (exit 2, nothing written), or imported with a note naming
// FILE:ROW:COLUMN.

import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { importList } from '../../generator/data/import.ts';
import type { Snapshot } from '../../generator/data/types.ts';
import { formatProblem, KitError } from '../../generator/errors.ts';
import { expectKitError, runKit, tempDir } from '../helpers.ts';

const HEADER = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'SIGNED', 'MOA', 'MOA_URL'];
const ROW: string[] = [
  'TEXAS',
  'Keller Police Department',
  'Municipality',
  'Tarrant County',
  'Task Force Model',
  '2025-05-08',
  'link',
  'https://www.ice.gov/doclib/287gMOA/a.pdf',
];
const STATE = ROW[0]!;

function importBytes(file: string, bytes: Uint8Array): Promise<Snapshot> {
  return importList({ file, bytes, kind: 'participating', asOf: '2026-05-18', importedAt: '2026-11-28T00:00:00.000Z' });
}

async function importError(file: string, bytes: Uint8Array): Promise<KitError> {
  const error = await importBytes(file, bytes).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  const kitError = expectKitError(error);
  expect(kitError.exitCode).toBe(2);
  return kitError;
}

const csv = (rows: string[][]) =>
  Buffer.from(`${rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`);

/** A workbook of three agreements, its sheet XML passed through `edit`. */
async function listWorkbook(edit: (xml: string) => string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  sheet.addRow(HEADER);
  for (let index = 1; index <= 3; index++) sheet.addRow([STATE, `Agency ${index} Police Department`, ...ROW.slice(2)]);
  const parts = unzipSync(new Uint8Array(await book.xlsx.writeBuffer()));
  parts['xl/worksheets/sheet1.xml'] = strToU8(edit(strFromU8(parts['xl/worksheets/sheet1.xml']!)));
  return zipSync(parts, { level: 9 });
}

const withMerges =
  (...refs: string[]) =>
  (xml: string) =>
    xml.replace(
      '</sheetData>',
      `</sheetData><mergeCells count="${refs.length}">` +
        `${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`,
    );

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - start) / 1000 };
}

describe('a list whose merged cells or size reach the end of the sheet', () => {
  test('<mergeCell ref="A3:XFD1048575"> is refused in seconds, before exceljs builds its cells', async () => {
    const bytes = await listWorkbook(withMerges('A3:XFD1048575'));
    expect(bytes.byteLength).toBeLessThan(8 * 1024);
    const { value: error, seconds } = await timed(() => importError('merged.xlsx', bytes));
    expect(seconds).toBeLessThan(10);
    expect(error.message).toBe(
      'merged.xlsx: its sheets merge 17,179,820,032 cells; ' +
        'the kit reads workbooks with at most 10,000 merged cells. Nothing in it was read.',
    );
  });

  test('merges inside the row limit that cover more than 10,000 cells together are refused', async () => {
    const error = await importError('merged.xlsx', await listWorkbook(withMerges('A5:M900')));
    expect(error.message).toContain('its sheets merge 11,648 cells');
  });

  test('a small merge past row 20,000 is refused by its last row', async () => {
    const error = await importError('merged.xlsx', await listWorkbook(withMerges('A30000:B30000')));
    expect(error.message).toBe('merged.xlsx: the sheet runs to row 30000; the kit reads lists of at most 20000 rows.');
  });

  test('<dimension ref="A1:XFD1048576"> is refused by its last row', async () => {
    const bytes = await listWorkbook((xml) =>
      xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
    );
    const { value: error, seconds } = await timed(() => importError('sized.xlsx', bytes));
    expect(seconds).toBeLessThan(10);
    expect(error.message).toBe('sized.xlsx: the sheet runs to row 1048576; the kit reads lists of at most 20000 rows.');
  });

  test('kit data import of the merged workbook exits 2 and writes nothing', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'participatingAgencies05182026am.xlsx');
    writeFileSync(input, await listWorkbook(withMerges('A3:XFD1048575')));
    const data = path.join(dir, 'data');
    const result = await runKit(['data', 'import', input, '--data-dir', data]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('participatingAgencies05182026am.xlsx: its sheets merge');
    expect(existsSync(data)).toBe(false);
  });
});

describe('a data folder with a link in it', () => {
  async function importInto(data: string) {
    const input = path.join(path.dirname(data), 'participatingAgencies05182026am.csv');
    writeFileSync(input, csv([HEADER, ROW]));
    return runKit(['data', 'import', input, '--data-dir', data]);
  }

  test('a snapshots folder that is a link is refused (exit 2); the folder it points to stays as it was', async () => {
    const dir = tempDir();
    const victim = path.join(dir, 'victimdir');
    mkdirSync(victim);
    writeFileSync(path.join(victim, 'participating-2026-05-18.json'), "the victim's own file");
    const data = path.join(dir, 'data');
    mkdirSync(data);
    symlinkSync(victim, path.join(data, 'snapshots'));
    const result = await importInto(data);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${path.join(data, 'snapshots')}: the snapshots folder is a link where the ` +
        'kit needs a plain folder (it never writes through links). Nothing was written.',
    );
    expect(readdirSync(victim)).toEqual(['participating-2026-05-18.json']);
    expect(readFileSync(path.join(victim, 'participating-2026-05-18.json'), 'utf8')).toBe("the victim's own file");
  });

  test('a data folder that is itself a link is refused the same way', async () => {
    const dir = tempDir();
    const victim = path.join(dir, 'victimdir');
    mkdirSync(victim);
    const data = path.join(dir, 'data');
    symlinkSync(victim, data);
    const result = await importInto(data);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${data}: the data folder is a link where the kit needs a plain folder`);
    expect(readdirSync(victim)).toEqual([]);
  });

  test('a plain data folder made by the kit is written as before', async () => {
    const data = path.join(tempDir(), 'data');
    const result = await importInto(data);
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(data, 'snapshots'))).toEqual(['participating-2026-05-18.json']);
  });
});

describe('bidirectional override characters in a cell', () => {
  test('are removed at import with the control characters, noted under the column', async () => {
    const snapshot = await importBytes(
      'bidi.csv',
      csv([HEADER, [STATE, 'Keller\u202e Police\u2066 Department\u2069', ...ROW.slice(2)]]),
    );
    expect(snapshot.agreements[0]!.agency).toBe('Keller Police Department');
    expect(snapshot.warnings.map(formatProblem)).toEqual([
      'bidi.csv:2:LAW ENFORCEMENT AGENCY had 3 control characters (terminal escape codes, ' +
        'bidirectional overrides and the like) removed ("Keller Police Department")',
    ]);
  });
});

describe('an MOA link that is not on ice.gov', () => {
  test('is kept, with a note naming FILE:ROW:COLUMN telling the trainer to check it', async () => {
    const rows = [
      HEADER,
      [...ROW.slice(0, 7), 'https://evil.example/moa.pdf'],
      [STATE, 'Fort Worth Police Department', ...ROW.slice(2)], // on ice.gov: no note
      [
        STATE,
        'Arlington Police Department',
        ...ROW.slice(2, 7),
        'https://web.archive.org/web/20250215122413/https://www.ice.gov/doclib/287gMOA/b.pdf',
      ],
      [
        STATE,
        'Mansfield Police Department',
        ...ROW.slice(2, 7),
        'https://web.archive.org/web/20250215122413/https://evil.example/c.pdf',
      ],
      [STATE, 'Benbrook Police Department', ...ROW.slice(2, 7), 'https://www.ice.gov.evil.example/d.pdf'],
    ];
    const snapshot = await importBytes('links.csv', csv(rows));
    expect(snapshot.agreements[0]!.moa).toEqual({ status: 'linked', url: 'https://evil.example/moa.pdf' });
    const note = 'links to an address not on ice.gov; check it before you hand it out';
    expect(snapshot.warnings.map(formatProblem)).toEqual([
      `links.csv:2:MOA_URL ${note} ("https://evil.example/moa.pdf")`,
      `links.csv:5:MOA_URL ${note} ("https://web.archive.org/web/20250215122413/https://evil.example/c.pdf")`,
      `links.csv:6:MOA_URL ${note} ("https://www.ice.gov.evil.example/d.pdf")`,
    ]);
  });

  test('in a workbook hyperlink is noted under the MOA column', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sheet1');
    sheet.addRow(HEADER.slice(0, 7));
    sheet.addRow(ROW.slice(0, 6));
    sheet.getCell(2, 7).value = { text: 'link', hyperlink: 'http://evil.example/moa.pdf' };
    const snapshot = await importBytes('links.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(snapshot.warnings.map(formatProblem)).toEqual([
      'links.xlsx:2:MOA links to an address not on ice.gov; ' +
        'check it before you hand it out ("http://evil.example/moa.pdf")',
    ]);
  });
});
