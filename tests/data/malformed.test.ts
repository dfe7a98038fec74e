// Lists that are broken or not ICE's at all: each one is either imported with the problem reported
// (FILE:ROW:COLUMN and the value) or refused with a KitError that names the file and says what to do.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { KitError, formatProblem } from '../../generator/errors.ts';
import { importList } from '../../generator/data/import.ts';
import { readTable } from '../../generator/data/read-table.ts';
import type { ListKind, Snapshot } from '../../generator/data/types.ts';
import { expectKitError, FIXTURES, tempDir } from '../helpers.ts';

const IMPORT_FIXTURES = path.join(FIXTURES, 'import');

function fixture(name: string): Buffer {
  return readFileSync(path.join(IMPORT_FIXTURES, name));
}

function importBytes(file: string, bytes: Uint8Array, kind: ListKind = 'participating'): Promise<Snapshot> {
  return importList({ file, bytes, kind, asOf: '2026-05-18', importedAt: '2026-11-28T00:00:00.000Z' });
}

function importFixture(name: string, kind: ListKind = 'participating'): Promise<Snapshot> {
  return importBytes(name, fixture(name), kind);
}

/** The KitError an import throws; fails the test when it does not throw one. */
async function importError(file: string, bytes: Uint8Array, kind: ListKind = 'participating'): Promise<KitError> {
  const error = await importBytes(file, bytes, kind).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  return expectKitError(error);
}

function expectBalanced(snapshot: Snapshot): void {
  expect(snapshot.rows.read).toBe(snapshot.rows.agreements + snapshot.rows.rejected);
  expect(snapshot.agreements).toHaveLength(snapshot.rows.agreements);
  expect(snapshot.rejected).toHaveLength(snapshot.rows.rejected);
}

/** An .xlsx written with exceljs: `rows[0]` is the header. */
async function writeWorkbook(rows: (string | null)[][], sheetName = 'Sheet1'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((cells, index) => {
    if (cells.length) sheet.getRow(index + 1).values = cells.map((cell) => cell ?? undefined);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a list missing a column it needs', () => {
  test('is refused with a bad-input error naming the file and the missing column', async () => {
    const error = await importError('missing-support-type.csv', fixture('missing-support-type.csv'));
    expect(error.code).toBe('bad-input');
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('missing-support-type.csv');
    expect(error.message).toMatch(/missing column SUPPORT TYPE\b/);
    // It says what it did find, so that the user can see what they gave.
    expect(error.message).toContain('found: STATE, LAW ENFORCEMENT AGENCY, TYPE, COUNTY, SIGNED, MOA');
    expect(error.hint).toContain('SUPPORT TYPE');
  });

  test('a pending list imported as participating gets the hint to use --pending', async () => {
    const error = await importError('pending-layout.csv', fixture('pending-layout.csv'));
    expect(error.code).toBe('bad-input');
    expect(error.message).toContain('pending-layout.csv');
    expect(error.message).toMatch(/missing column SIGNED\b/);
    expect(error.hint).toContain('--pending');
  });

  test('the same pending list imports as pending, without signing dates', async () => {
    const snapshot = await importFixture('pending-layout.csv', 'pending');
    expectBalanced(snapshot);
    expect(
      snapshot.agreements.map(({ state, agency, model, signed, type }) => ({ state, agency, model, signed, type })),
    ).toEqual([
      { state: 'AR', agency: "Franklin County Sheriff's Office", model: 'TFM', signed: null, type: 'county' },
      { state: 'AR', agency: "Franklin County Sheriff's Office", model: 'WSO', signed: null, type: 'county' },
    ]);
  });

  test('a list missing a column other than SIGNED does not get the --pending hint', async () => {
    const error = await importError('missing-support-type.csv', fixture('missing-support-type.csv'));
    expect(error.hint ?? '').not.toContain('--pending');
  });
});

describe('a bad signing date', () => {
  test('keeps the agreement without a date and warns with FILE:ROW:SIGNED and the value', async () => {
    const snapshot = await importFixture('bad-dates.csv');
    expectBalanced(snapshot);
    expect(snapshot.rows).toEqual({ read: 4, agreements: 4, rejected: 0, duplicates: 0, blank: 0 });
    expect(snapshot.agreements.map(({ row, signed, signedText }) => ({ row, signed, signedText }))).toEqual([
      { row: 2, signed: null, signedText: '2025-02-30' },
      { row: 3, signed: null, signedText: 'soon' },
      { row: 4, signed: '2025-05-08', signedText: '05/082025' },
      { row: 5, signed: '2025-05-08', signedText: '05/08/2025' },
    ]);
    expect(snapshot.warnings.map(formatProblem)).toEqual([
      'bad-dates.csv:2:SIGNED signing date not understood; kept without a date ("2025-02-30")',
      'bad-dates.csv:3:SIGNED signing date not understood; kept without a date ("soon")',
      'bad-dates.csv:4:SIGNED malformed date read as 2025-05-08 ("05/082025")',
    ]);
    expect(snapshot.warnings[0]).toMatchObject({
      file: 'bad-dates.csv',
      row: 2,
      column: 'SIGNED',
      value: '2025-02-30',
    });
  });
});

describe('rows with an unknown STATE or SUPPORT TYPE', () => {
  test('are rejected with FILE:ROW:COLUMN and the value, and rows read = agreements + rejected', async () => {
    const snapshot = await importFixture('unknown-values.csv');
    expectBalanced(snapshot);
    expect(snapshot.rows).toEqual({ read: 4, agreements: 2, rejected: 2, duplicates: 0, blank: 0 });
    expect(snapshot.agreements.map((agreement) => agreement.row)).toEqual([2, 5]);
    expect(snapshot.rejected).toEqual([
      expect.objectContaining({ file: 'unknown-values.csv', row: 3, column: 'STATE', value: 'ATLANTIS' }),
      expect.objectContaining({ file: 'unknown-values.csv', row: 4, column: 'SUPPORT TYPE', value: 'Detention Model' }),
    ]);
    expect(formatProblem(snapshot.rejected[0]!)).toMatch(/^unknown-values\.csv:3:STATE .*\("ATLANTIS"\)$/);
    expect(formatProblem(snapshot.rejected[1]!)).toMatch(
      /^unknown-values\.csv:4:SUPPORT TYPE .*\("Detention Model"\)$/,
    );
  });
});

describe('encodings and line endings', () => {
  test('the byte-level fixtures still hold the bytes these tests are about', () => {
    expect([...fixture('utf8-bom.csv').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const crlf = fixture('crlf.csv').toString('latin1');
    expect(crlf.split('\n').length).toBe(crlf.split('\r\n').length); // every line break is CRLF
    expect(crlf.split('\r\n')).toHaveLength(6); // 4 records, one break inside a quoted cell, final CRLF
    const latin = fixture('windows-1252.csv');
    for (const byte of [0x92, 0xe9, 0x96]) expect(latin.includes(byte), `byte 0x${byte.toString(16)}`).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(latin)).toThrow();
  });

  test('a UTF-8 byte-order mark before the header is ignored', async () => {
    const snapshot = await importFixture('utf8-bom.csv');
    expectBalanced(snapshot);
    expect(snapshot.agreements.map(({ state, agency, model }) => [state, agency, model])).toEqual([
      ['TX', "Brazos County Sheriff's Office", 'JEM'],
      ['TX', "Lubbock County Sheriff's Office", 'TFM'],
    ]);
  });

  test('CRLF line endings leave no carriage return in any cell and add no row', async () => {
    const table = await readTable(fixture('crlf.csv'), 'crlf.csv');
    expect(table.rows.map((row) => row.row)).toEqual([1, 2, 3, 4]);
    expect(
      table.rows.flatMap((row) => row.cells.map((cell) => cell.text)).filter((text) => text.endsWith('\r')),
    ).toEqual([]);
    expect(table.rows[1]!.cells.at(-1)!.text).toBe('link pending');

    const snapshot = await importFixture('crlf.csv');
    expectBalanced(snapshot);
    expect(snapshot.rows).toEqual({ read: 3, agreements: 3, rejected: 0, duplicates: 0, blank: 0 });
    // The quoted COUNTY cell that starts with a line break, as ICE's "\nSchuylkill County".
    expect(snapshot.agreements[2]).toMatchObject({ state: 'PA', county: 'Schuylkill County', signed: '2025-08-11' });
  });

  test('Windows-1252 bytes 0x92, 0xE9 and 0x96 decode to ’, é and –', async () => {
    const table = await readTable(fixture('windows-1252.csv'), 'windows-1252.csv');
    expect(table.encoding).toBe('windows-1252');
    const snapshot = await importFixture('windows-1252.csv');
    expectBalanced(snapshot);
    expect(snapshot.agreements.map(({ state, agency, county }) => [state, agency, county])).toEqual([
      ['CA', 'San José Police Department', 'Santa Clara County'],
      ['TX', 'Brazos County Sheriff’s Office', 'Brazos County'],
      ['TX', 'Texas Department of Public Safety – Texas Highway Patrol', null],
    ]);
    // The curly apostrophe matches the straight one.
    expect(snapshot.agreements[1]!.agencyKey).toBe("brazos county sheriff's office");
  });
});

describe('blank rows', () => {
  test('blank rows between and after data rows are counted as blank, not rejected', async () => {
    const snapshot = await importFixture('blank-rows.csv');
    expectBalanced(snapshot);
    expect(snapshot.rows).toEqual({ read: 2, agreements: 2, rejected: 0, duplicates: 0, blank: 4 });
    expect(snapshot.agreements.map((agreement) => agreement.row)).toEqual([2, 5]);
    expect(snapshot.rejected).toEqual([]);
  });

  test('empty rows between and after data rows in a workbook are counted as blank too', async () => {
    const header = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'SIGNED', 'MOA'];
    const bytes = await writeWorkbook([
      header,
      [
        'TEXAS',
        "Brazos County Sheriff's Office",
        'County',
        'Brazos County',
        'Jail Enforcement Model',
        '2025-02-20',
        'link pending',
      ],
      [],
      [null, null, ' ', null, null, null, null],
      [
        'TEXAS',
        "Lubbock County Sheriff's Office",
        'County',
        'Lubbock County',
        'Task Force Model',
        '2025-03-02',
        'link pending',
      ],
      [],
      [null, null, null, null, null, null, '  '],
    ]);
    const snapshot = await importBytes('blank-rows.xlsx', bytes);
    expectBalanced(snapshot);
    expect(snapshot.rows).toEqual({ read: 2, agreements: 2, rejected: 0, duplicates: 0, blank: 4 });
    expect(snapshot.agreements.map((agreement) => agreement.row)).toEqual([2, 5]);
  });
});

describe('columns in another order', () => {
  test('a header in a different order with extra columns is read by name', async () => {
    const snapshot = await importFixture('reordered-extra-columns.csv');
    expectBalanced(snapshot);
    expect(snapshot.rows.rejected).toBe(0);
    expect(
      snapshot.agreements.map(({ state, agency, type, county, model, signed, moa }) => ({
        state,
        agency,
        type,
        county,
        model,
        signed,
        moa,
      })),
    ).toEqual([
      {
        state: 'AL',
        agency: "Autauga County Sheriff's Office",
        type: 'county',
        county: 'Autauga County',
        model: 'TFM',
        signed: '2025-09-22',
        moa: {
          status: 'linked',
          url: 'https://www.ice.gov/doclib/287gMOA/AutaugaCoSheriffsOfficeAL_TFM_MOA_09222025.pdf',
        },
      },
      {
        state: 'AL',
        agency: "Cherokee County Sheriff's Office",
        type: 'county',
        county: 'Cherokee County',
        model: 'WSO',
        signed: '2025-06-25',
        moa: { status: 'pending', url: null },
      },
    ]);
  });
});

describe('files that are not an ICE list', () => {
  test('a workbook with other headers is refused, showing the headers it has', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'volunteers.xlsx');
    writeFileSync(
      file,
      await writeWorkbook(
        [
          ['Name', 'Email', 'Phone', 'Shift'],
          ['Ana Torres', 'ana@example.org', '555-0100', 'Saturday morning'],
        ],
        'Volunteers',
      ),
    );
    const error = await importError('volunteers.xlsx', readFileSync(file));
    expect(error.code).toBe('bad-input');
    expect(error.message).toContain('volunteers.xlsx');
    expect(error.message).toContain('not an ICE 287(g) participating list');
    expect(error.message).toContain('missing column STATE, LAW ENFORCEMENT AGENCY, SUPPORT TYPE, SIGNED');
    expect(error.message).toContain('found: Name, Email, Phone, Shift');
  });

  test('a CSV with other headers is refused the same way', async () => {
    const error = await importError('not-an-ice-list.csv', fixture('not-an-ice-list.csv'));
    expect(error.code).toBe('bad-input');
    expect(error.message).toMatch(/^not-an-ice-list\.csv: this is not an ICE 287\(g\) participating list/);
  });

  test('an empty file is refused as empty', async () => {
    expect(fixture('empty.csv')).toHaveLength(0);
    const error = await importError('empty.csv', fixture('empty.csv'));
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe('empty.csv: the file is empty.');
    expect(error.hint).toContain('287(g)');
  });

  test('binary junk is refused as not a spreadsheet, whatever its name', async () => {
    const error = await importError('junk.xlsx', fixture('junk.xlsx'));
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe('junk.xlsx: not a spreadsheet (it looks like binary data).');
    expect(error.hint).toMatch(/\.xlsx or \.csv/);
  });

  test('an old .xls workbook (D0 CF 11 E0) is refused with the advice to save it as .xlsx', async () => {
    const bytes = fixture('old-excel.xls');
    expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const error = await importError('old-excel.xls', bytes);
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe('old-excel.xls: an old-style Excel .xls workbook.');
    expect(error.hint).toContain('save it as .xlsx');
  });

  test('a zip that is not a workbook is refused without a stack of library internals', async () => {
    // The first bytes of a zip file, then nothing a zip reader can use.
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 0x20)]);
    const error = await importError('broken.xlsx', bytes);
    expect(error.code).toBe('bad-input');
    expect(error.message).toMatch(/^broken\.xlsx: /);
  });
});

describe('a UTF-16 CSV (Excel "Unicode Text")', () => {
  test('is decoded and imported instead of being refused as binary', async () => {
    const { importList } = await import('../../generator/data/import.ts');
    const text =
      'STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED\r\n' +
      'TEXAS,Condado de Peña Sheriff’s Office,County,Peña County,Task Force Model,2025-05-08\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const snapshot = await importList({
      file: 'u16.csv',
      bytes,
      kind: 'participating',
      asOf: '2025-05-09',
      importedAt: 'x',
    });
    expect(snapshot.agreements.map((agreement) => agreement.agency)).toEqual(['Condado de Peña Sheriff’s Office']);
  });
});
