// Hostile and oversized lists, each made here: a workbook with a cell in column XFD on every row, workbooks that
// unzip to far more than they weigh (honestly declared or not), too many rows, a 300,000-character agency name and
// terminal escape codes in cells. Each ends within seconds, refused (exit 2, nothing written) or imported with a
// note naming FILE:ROW:COLUMN for what was cut.

import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { importList } from '../../generator/data/import.ts';
import type { Snapshot } from '../../generator/data/types.ts';
import { formatProblem, KitError } from '../../generator/errors.ts';
import { expectKitError, runKit, tempDir } from '../helpers.ts';
import { understateSizes } from '../hostile-zip.ts';

const HEADER = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'SIGNED', 'MOA'];
const ROW = [
  'TEXAS',
  'Keller Police Department',
  'Municipality',
  'Tarrant County',
  'Task Force Model',
  '2025-05-08',
  'link',
];

function importBytes(file: string, bytes: Uint8Array): Promise<Snapshot> {
  return importList({ file, bytes, kind: 'participating', asOf: '2026-05-18', importedAt: '2026-11-28T00:00:00.000Z' });
}

async function importError(file: string, bytes: Uint8Array): Promise<KitError> {
  const error = await importBytes(file, bytes).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  return expectKitError(error);
}

function csv(rows: string[][]): Buffer {
  return Buffer.from(
    `${rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`,
  );
}

/** A workbook of `count` agreements (agency names numbered), with `extra` run on each sheet before writing. */
async function workbook(count: number, extra: (sheet: ExcelJS.Worksheet) => void = () => {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  sheet.addRow(HEADER);
  for (let index = 0; index < count; index++)
    sheet.addRow([ROW[0], `Agency ${index + 1} Police Department`, ...ROW.slice(2)]);
  extra(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The workbook `bytes` with one more part of `size` zero bytes (which deflate to almost nothing). */
function withPadding(bytes: Uint8Array, size: number): Uint8Array {
  const parts = unzipSync(bytes);
  parts['xl/media/padding.bin'] = new Uint8Array(size);
  return zipSync(parts, { level: 9 });
}

/** The workbook `bytes` with `rows` more rows of `columns` numbers each written straight into the sheet's XML. */
function withRows(bytes: Uint8Array, rows: number, columns: number): Uint8Array {
  const parts = unzipSync(bytes);
  const xml = strFromU8(parts['xl/worksheets/sheet1.xml']!);
  const added: string[] = [];
  for (let row = 1000; row < 1000 + rows; row++) {
    const cells = Array.from({ length: columns }, (_, column) => `<c r="${columnName(column + 1)}${row}"><v>1</v></c>`);
    added.push(`<row r="${row}">${cells.join('')}</row>`);
  }
  parts['xl/worksheets/sheet1.xml'] = strToU8(xml.replace('</sheetData>', `${added.join('')}</sheetData>`));
  return zipSync(parts);
}

function columnName(column: number): string {
  return column <= 26
    ? String.fromCharCode(64 + column)
    : columnName(Math.floor((column - 1) / 26)) + String.fromCharCode(65 + ((column - 1) % 26));
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - start) / 1000 };
}

describe('a workbook with a cell in column XFD on each of 600 rows', () => {
  test('imports in seconds, reading the list and leaving the far cells out with one note', async () => {
    const bytes = await workbook(600, (sheet) => {
      for (let row = 2; row <= 601; row++) sheet.getCell(row, 16384).value = 'x';
    });
    const { value: snapshot, seconds } = await timed(() => importBytes('xfd.xlsx', bytes));
    expect(seconds).toBeLessThan(10);
    expect(snapshot.rows.agreements).toBe(600);
    const note = snapshot.warnings.find((problem) => problem.message.includes('left out'));
    expect(formatProblem(note!)).toBe(
      "xfd.xlsx:2:XFD 600 cells right of column BL (the 64th) left out; ICE's lists use the first 13 columns",
    );
  });
});

describe('a workbook that unzips to more than the limit', () => {
  test('is refused before exceljs reads it, naming the file and the limit', async () => {
    const bytes = withPadding(await workbook(3), 40 * 1024 * 1024);
    expect(bytes.byteLength).toBeLessThan(200 * 1024); // small on disk
    const { value: error, seconds } = await timed(() => importError('bomb.xlsx', bytes));
    expect(seconds).toBeLessThan(5);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(
      'bomb.xlsx: the workbook unzips to 40.0 MB; ' +
        'the kit reads workbooks of at most 24 MB unzipped. Nothing in it was read.',
    );
  });

  test('is refused when its zip understates the sizes, counting the bytes as they unzip', async () => {
    const bytes = understateSizes(withPadding(await workbook(3), 40 * 1024 * 1024), 1000);
    const declared: number[] = [];
    unzipSync(bytes, { filter: (entry) => (declared.push(entry.originalSize), false) });
    expect(new Set(declared)).toEqual(new Set([1000])); // the lie the directory tells
    const error = await importError('lying.xlsx', bytes);
    expect(error.message).toBe(
      'lying.xlsx: the workbook unzips to more than 24 MB; ' +
        'the kit reads workbooks of at most 24 MB unzipped. Nothing in it was read.',
    );
  });

  test('kit data import exits 2 and writes nothing', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'participatingAgencies05182026am.xlsx');
    writeFileSync(input, withPadding(await workbook(3), 40 * 1024 * 1024));
    const data = path.join(dir, 'data');
    const result = await runKit(['data', 'import', input, '--data-dir', data]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('participatingAgencies05182026am.xlsx: the workbook unzips to 40.0 MB');
    expect(existsSync(data) ? readdirSync(data, { recursive: true }) : []).toEqual([]);
  });
});

describe('a list with too many rows', () => {
  test('a workbook with a cell in its last row (1,048,576) is refused in seconds', async () => {
    const bytes = await workbook(2, (sheet) => void (sheet.getCell(1_048_576, 1).value = 'x'));
    const { value: error, seconds } = await timed(() => importError('tall.xlsx', bytes));
    expect(seconds).toBeLessThan(5);
    expect(error.message).toBe('tall.xlsx: the sheet runs to row 1048576; the kit reads lists of at most 20000 rows.');
  });

  test('a workbook of 500,000 rows is refused in seconds, counted before exceljs reads it', async () => {
    const bytes = withRows(await workbook(1), 500_000, 1);
    const { value: error, seconds } = await timed(() => importError('rows.xlsx', bytes));
    expect(seconds).toBeLessThan(5);
    expect(error.message).toBe('rows.xlsx: the workbook has 500002 rows; the kit reads lists of at most 20000 rows.');
  });

  test('a workbook of 5,000 rows of 64 cells is refused for its cells', async () => {
    const error = await importError('cells.xlsx', withRows(await workbook(1), 5000, 64));
    expect(error.message).toBe(
      'cells.xlsx: the workbook has 320014 cells; the kit reads lists of at most 300000 cells.',
    );
  });

  test('a CSV of 20,001 rows is refused; one of 20,000 is read', async () => {
    const rows = (count: number) => [
      HEADER,
      ...Array.from({ length: count - 1 }, (_, index) => [ROW[0]!, `Agency ${index}`, ...ROW.slice(2)]),
    ];
    const error = await importError('tall.csv', csv(rows(20_001)));
    expect(error.message).toBe('tall.csv: the sheet runs to row 20001; the kit reads lists of at most 20000 rows.');
    expect((await importBytes('full.csv', csv(rows(20_000)))).rows.agreements).toBe(19_999);
  });

  test('a CSV over 16 MB is refused by its size', async () => {
    const bytes = Buffer.concat([csv([HEADER]), Buffer.alloc(17 * 1024 * 1024, 'a')]);
    const error = await importError('huge.csv', bytes);
    expect(error.message).toBe('huge.csv: the file is 17.0 MB; the kit reads lists of at most 16 MB.');
  });

  test('cells right of column 64 in a CSV are left out with a note', async () => {
    const wide = [...ROW, ...Array.from({ length: 57 }, () => ''), 'far']; // 'far' in column 65
    const snapshot = await importBytes('wide.csv', csv([HEADER, wide]));
    expect(snapshot.rows.agreements).toBe(1);
    expect(snapshot.warnings.map(formatProblem)).toContain(
      "wide.csv:2:BM 1 cell right of column BL (the 64th) left out; ICE's lists use the first 13 columns",
    );
  });
});

describe('an agency name of 300,000 characters', () => {
  test('is cut to 200 characters with a note naming FILE:ROW:COLUMN', async () => {
    const name = `Keller ${'Police '.repeat(50_000)}`.slice(0, 300_000);
    const { value: snapshot, seconds } = await timed(() =>
      importBytes('long.csv', csv([HEADER, [ROW[0]!, name, ...ROW.slice(2)]])),
    );
    expect(seconds).toBeLessThan(5);
    expect(snapshot.agreements[0]!.agency).toBe(name.slice(0, 200).trim());
    const note = snapshot.warnings.find((problem) => problem.column === 'LAW ENFORCEMENT AGENCY')!;
    expect(`${note.file}:${note.row}:${note.column} ${note.message}`).toBe(
      'long.csv:2:LAW ENFORCEMENT AGENCY is 300000 characters long; cut to the first 200',
    );
    expect(note.value).toBe(name.slice(0, 200));
  });

  test('a link address over 2,048 characters is left out, not cut, with a note', async () => {
    const url = `https://www.ice.gov/doclib/287gMOA/${'a'.repeat(3000)}.pdf`;
    const snapshot = await importBytes(
      'url.csv',
      csv([
        [...HEADER, 'MOA_URL'],
        [...ROW, url],
      ]),
    );
    expect(snapshot.agreements[0]!.moa).toEqual({ status: 'unlinked', url: null });
    expect(snapshot.warnings.map((problem) => `${problem.row}:${problem.column} ${problem.message}`)).toContain(
      `2:MOA_URL is ${url.length} characters long, over the 2048 a web address may have; left out`,
    );
  });
});

describe('control characters in cells', () => {
  const hostile = [
    'TEXAS',
    '\u001b[31mKeller\u001b[0m Police\u009b Department\u0007',
    'Municipality',
    'Tarrant\u0001 County',
    'Task Force Model',
    '2025-05-08',
    'link',
  ];

  test('are removed at import, with a note per cell naming FILE:ROW:COLUMN', async () => {
    const snapshot = await importBytes('escapes.csv', csv([HEADER, hostile]));
    const agreement = snapshot.agreements[0]!;
    expect(agreement.agency).toBe('Keller Police Department');
    expect(agreement.county).toBe('Tarrant County');
    expect(snapshot.warnings.map(formatProblem)).toEqual([
      'escapes.csv:2:LAW ENFORCEMENT AGENCY had 11 control characters (terminal escape codes, ' +
        'bidirectional overrides and the like) removed ("Keller Police Department")',
      'escapes.csv:2:COUNTY had 1 control character (terminal escape codes, ' +
        'bidirectional overrides and the like) removed ("Tarrant County")',
    ]);
  });

  test('are removed from a workbook cell and its hyperlink', async () => {
    const written = await workbook(0, (sheet) => {
      sheet.addRow(['TEXAS', 'KellerOSC Police\u0085 Department', ...ROW.slice(2, 6)]);
      sheet.getCell(2, 7).value = { text: 'link', hyperlink: 'https://www.ice.gov/doclib/287gMOA/a\u009b.pdf' };
    });
    // XML cannot hold ESC or BEL: Excel writes them as _x001B_ and _x0007_, which exceljs reads back as the characters.
    const parts = unzipSync(written);
    parts['xl/sharedStrings.xml'] = strToU8(
      strFromU8(parts['xl/sharedStrings.xml']!).replace('OSC', '_x001B_]0;owned_x0007_'),
    );
    const bytes = zipSync(parts);
    const snapshot = await importBytes('escapes.xlsx', bytes);
    expect(snapshot.agreements[0]!.agency).toBe('Keller Police Department');
    expect(snapshot.agreements[0]!.moa.url).toBe('https://www.ice.gov/doclib/287gMOA/a.pdf');
    expect(snapshot.warnings.map((problem) => problem.column)).toEqual(['LAW ENFORCEMENT AGENCY', 'MOA']);
  });

  test('never reach the terminal through kit regions', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'participatingAgencies05182026am.csv');
    writeFileSync(input, csv([HEADER, hostile]));
    const data = path.join(dir, 'data');
    const imported = await runKit(['data', 'import', input, '--data-dir', data]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('LAW ENFORCEMENT AGENCY had 11 control characters');
    const found = await runKit(['regions', 'keller', '--data-dir', data]);
    expect(found.code).toBe(0);
    expect(found.stdout).toContain('Keller Police Department');
    expect(`${imported.stdout}${imported.stderr}${found.stdout}${found.stderr}`).not.toMatch(
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/,
    );
  });
});
