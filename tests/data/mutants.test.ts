// Written to kill the mutants Stryker found alive in the import and its readers (npm run mutate -- data):
// each test pins a fact a trainer would print wrong if the code drifted, with the expected value typed out.

import { describe, expect, test } from 'vitest';
import { asOfFromFileName, daysBetween, isIsoDate } from '../../generator/data/as-of.ts';
import { mapColumns } from '../../generator/data/columns.ts';
import { importList } from '../../generator/data/import.ts';
import { findNearModel, findNearState } from '../../generator/data/near-names.ts';
import {
  excelSerialToIso,
  inferAgencyType,
  normalizeKey,
  parseCountyCell,
  parseDateText,
  slugify,
  cleanText,
} from '../../generator/data/normalize.ts';
import type { Table } from '../../generator/data/read-table.ts';
import { expectKitError } from '../helpers.ts';

/** A CSV list read by the real import, as `kit data import` reads a file. */
function importCsv(lines: string[], kind: 'participating' | 'pending' = 'participating') {
  return importList({
    file: 'list.csv',
    bytes: new TextEncoder().encode(`${lines.join('\r\n')}\r\n`),
    kind,
    asOf: '2026-05-18',
    importedAt: '2026-11-28T00:00:00.000Z',
  });
}

const HEADER = 'STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA,ADDENDUM';

describe('the import of a small CSV list', () => {
  test('keeps one agreement per row with its id, type, county, date and links as published', async () => {
    const snapshot = await importCsv([
      HEADER,
      "Texas,Harris County Sheriff's Office,County,Harris,Jail Enforcement Model,05/08/2025,https://ice.gov/moa.pdf,",
      'FL,  Town of Davie  ,Municipality,#N/A,Task Force Model,2025-02-20,,',
    ]);
    expect(snapshot.rows).toEqual({ read: 2, agreements: 2, rejected: 0, duplicates: 0, blank: 0 });
    expect(
      snapshot.agreements.map((a) => [
        a.id,
        a.row,
        a.agency,
        a.type,
        a.typeText,
        a.county,
        a.model,
        a.signed,
        a.signedText,
      ]),
    ).toEqual([
      [
        "TX:harris county sheriff's office:JEM",
        2,
        "Harris County Sheriff's Office",
        'county',
        'County',
        'Harris',
        'JEM',
        '2025-05-08',
        '05/08/2025',
      ],
      ['FL:town of davie:TFM', 3, 'Town of Davie', 'municipal', 'Municipality', null, 'TFM', '2025-02-20', null],
    ]);
    expect(snapshot.agreements[0]!.moa).not.toBeNull();
    expect(snapshot.source).toMatchObject({ file: 'list.csv', format: 'csv', sheet: null });
    expect(snapshot.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshot.warnings).toEqual([]);
  });

  test('counts blank rows, reads exact repeats once and warns on the same agency and model twice', async () => {
    const snapshot = await importCsv([
      HEADER,
      'Texas,Harris County Sheriff,County,Harris,JEM,2025-05-08,,',
      ',,,,,,,',
      'Texas,Harris County Sheriff,County,Harris,JEM,2025-05-08,,',
      'Texas,HARRIS  COUNTY SHERIFF,County,Harris,JEM,2025-06-01,,',
    ]);
    expect(snapshot.rows).toEqual({ read: 3, agreements: 2, rejected: 0, duplicates: 1, blank: 1 });
    expect(snapshot.warnings.map((w) => [w.row, w.column, w.value, w.message])).toEqual([
      [4, 'LAW ENFORCEMENT AGENCY', 'Harris County Sheriff', 'row 4 repeats row 2 exactly; read as one agreement'],
      [5, 'LAW ENFORCEMENT AGENCY', 'HARRIS  COUNTY SHERIFF', 'same agency and model as row 2'],
    ]);
  });

  test('rejects a row naming the field and why, and reads near names with a note', async () => {
    const snapshot = await importCsv([
      HEADER,
      'Atlantis,Some Police,City,,JEM,2025-05-08,,',
      'Texas,   ,County,,JEM,2025-05-08,,',
      'Texas,Dallas Police,City,,Border Model,2025-05-08,,',
      'Tennesee,Knox County Sheriff,County,Knox,Jail Enforcment Model,2025-05-08,,',
    ]);
    expect(snapshot.rejected.map((p) => [p.row, p.column, p.value, p.message])).toEqual([
      [2, 'STATE', 'Atlantis', 'is not a US state or territory'],
      [3, 'LAW ENFORCEMENT AGENCY', '   ', 'is empty'],
      [
        4,
        'SUPPORT TYPE',
        'Border Model',
        'is not one of Jail Enforcement Model, Warrant Service Officer, Task Force Model',
      ],
    ]);
    expect(snapshot.rows).toEqual({ read: 4, agreements: 1, rejected: 3, duplicates: 0, blank: 0 });
    expect(snapshot.agreements[0]!.id).toBe('TN:knox county sheriff:JEM');
    expect(snapshot.warnings.map((w) => [w.row, w.column, w.value, w.message])).toEqual([
      [5, 'STATE', 'Tennesee', 'read as Tennessee, the state name it is nearest to'],
      [5, 'SUPPORT TYPE', 'Jail Enforcment Model', 'read as Jail Enforcement Model, the model name it is nearest to'],
    ]);
  });

  test('a rejected row does not count as the first of a repeat', async () => {
    const snapshot = await importCsv([HEADER, 'Atlantis,X Police,City,,JEM,,,', 'Atlantis,X Police,City,,JEM,,,']);
    expect(snapshot.rows).toEqual({ read: 2, agreements: 0, rejected: 2, duplicates: 0, blank: 0 });
  });

  test('reads the type from the name when TYPE is unreadable or missing; says so only if TYPE had text', async () => {
    const snapshot = await importCsv([
      HEADER,
      'Texas,Harris County Sheriff,Consolidated,,JEM,2025-05-08,,',
      'Texas,Dallas Police,,,JEM,2025-05-08,,',
    ]);
    expect(snapshot.agreements.map((a) => [a.type, a.typeText])).toEqual([
      ['county', 'Consolidated'],
      ['municipal', ''],
    ]);
    expect(snapshot.warnings.map((w) => [w.row, w.column, w.value, w.message])).toEqual([
      [2, 'TYPE', 'Consolidated', 'TYPE not recognized; read as county from the agency name'],
    ]);
    const noType = await importCsv([
      'STATE,LAW ENFORCEMENT AGENCY,SUPPORT TYPE,SIGNED',
      'Texas,Dallas Police,WSO,2025-05-08',
    ]);
    expect(noType.agreements.map((a) => [a.type, a.typeText, a.county, a.model])).toEqual([
      ['municipal', null, null, 'WSO'],
    ]);
    expect(noType.warnings).toEqual([]);
  });

  test('keeps a signing date it cannot read as text, and warns on a malformed one read by its digits', async () => {
    const snapshot = await importCsv([
      HEADER,
      'Texas,A Police,City,,JEM,soon,,',
      'Texas,B Police,City,,JEM,05/082025,,',
      'Texas,C Police,City,,JEM,,,',
    ]);
    expect(snapshot.agreements.map((a) => [a.signed, a.signedText])).toEqual([
      [null, 'soon'],
      ['2025-05-08', '05/082025'],
      [null, ''],
    ]);
    expect(snapshot.warnings.map((w) => [w.row, w.column, w.value, w.message])).toEqual([
      [2, 'SIGNED', 'soon', 'signing date not understood; kept without a date'],
      [3, 'SIGNED', '05/082025', 'malformed date read as 2025-05-08'],
      [4, 'SIGNED', '', 'signing date not understood; kept without a date'],
    ]);
  });

  test('a pending list has no signing dates even with a SIGNED column', async () => {
    const snapshot = await importCsv([HEADER, 'Texas,A Police,City,,JEM,2025-05-08,,'], 'pending');
    expect(snapshot.agreements.map((a) => [a.signed, a.signedText])).toEqual([[null, null]]);
  });

  test('takes the MOA link from MOA_URL when the MOA cell has none', async () => {
    const snapshot = await importCsv([
      'STATE,LAW ENFORCEMENT AGENCY,SUPPORT TYPE,SIGNED,MOA,MOA_URL',
      'Texas,A Police,JEM,2025-05-08,MOA, https://www.ice.gov/doc/a.pdf ',
    ]);
    expect(snapshot.agreements[0]!.moa).toMatchObject({ url: 'https://www.ice.gov/doc/a.pdf' });
  });
});

function table(rows: string[][]): Table {
  return {
    format: 'csv',
    sheet: null,
    notes: [],
    rows: rows.map((cells, index) => ({ row: index + 1, cells: cells.map((text) => ({ text })) })),
  };
}

describe('mapColumns', () => {
  test('finds the header below title rows, whatever the case, spacing and parentheses', () => {
    const map = mapColumns(
      table([['ICE 287(g) list'], [], ['x', 'Agency\u00A0Name', ' state ', '287(g) Model', 'Date Signed', 'county']]),
      'f.csv',
      'participating',
    );
    expect(map).toEqual({ headerRow: 2, columns: { agency: 1, state: 2, model: 3, signed: 4, county: 5 } });
  });

  test('keeps the first of two columns for one field', () => {
    expect(
      mapColumns(table([['STATE', 'AGENCY', 'MODEL', 'SIGNED', 'STATE']]), 'f.csv', 'participating').columns.state,
    ).toBe(0);
  });

  test('looks for the header in the first 10 rows only', () => {
    const rows = [...Array.from({ length: 10 }, () => ['title']), ['STATE', 'AGENCY', 'MODEL', 'SIGNED']];
    expect(() => mapColumns(table(rows), 'f.csv', 'pending')).toThrow(
      'f.csv: this is not an ICE 287(g) pending list: missing column STATE, ' +
        'LAW ENFORCEMENT AGENCY, SUPPORT TYPE (found: title).',
    );
    expect(mapColumns(table(rows.slice(1)), 'f.csv', 'pending').headerRow).toBe(9);
  });

  test('names the missing columns, what it found, and the pending list when only SIGNED is missing', () => {
    let error: unknown;
    try {
      mapColumns(table([['STATE', 'AGENCY', 'MODEL', 'NOTES']]), 'list.csv', 'participating');
    } catch (caught) {
      error = caught;
    }
    const kitError = expectKitError(error);
    expect(kitError.code).toBe('bad-input');
    expect(kitError.message).toBe(
      'list.csv: this is not an ICE 287(g) participating list: ' +
        'missing column SIGNED (found: STATE, AGENCY, MODEL, NOTES).',
    );
    expect(kitError.hint).toBe(
      'An ICE participating list has the columns STATE, LAW ENFORCEMENT AGENCY, SUPPORT TYPE, ' +
        "SIGNED. A list without SIGNED is usually ICE's pending list: import it with --pending.",
    );
    expect(() => mapColumns(table([['STATE', 'NOTES']]), 'list.csv', 'participating')).toThrow(
      expect.objectContaining({
        hint: 'An ICE participating list has the columns STATE, LAW ENFORCEMENT AGENCY, SUPPORT TYPE, SIGNED.',
      }),
    );
    expect(() => mapColumns(table([['a', '', 'b']]), 'list.csv', 'pending')).toThrow('(found: a, b).');
    expect(() => mapColumns(table([['', ' ']]), 'list.csv', 'pending')).toThrow('(found: nothing).');
  });

  test('calls an empty table empty', () => {
    expect(() => mapColumns(table([]), 'e.csv', 'pending')).toThrow(
      expect.objectContaining({
        message: 'e.csv: the file is empty.',
        hint: "Download the list again from ICE's 287(g) page.",
      }),
    );
  });
});

describe('near names', () => {
  test.each([
    ['Texs', 'Texas'],
    ['Ohia', 'Ohio'],
    ['Idaha', 'Idaho'],
    ['Tennesee', 'Tennessee'],
    ['NEW JERSY', 'New Jersey'],
    ['Texasss', 'Texas'],
    ['Kansos', 'Kansas'],
    ['Kanzos', 'Kansas'],
  ])('reads the state %j as %s', (text, name) => {
    expect(findNearState(text)?.name).toBe(name);
  });

  test.each(['Tex', 'Ohi', 'TZ', 'Idxhx', 'Texassss', 'Tex4s', 'Xorth Dakota'])(
    'does not guess a state for %j',
    (text) => {
      expect(findNearState(text)).toBeUndefined();
    },
  );

  test('reads model names a letter or two off, in each of their forms, and never the codes', () => {
    expect(findNearModel('Jail Enforcment Model')).toMatchObject({ value: 'JEM', name: 'Jail Enforcement Model' });
    expect(findNearModel('Task Forse')).toMatchObject({ value: 'TFM', name: 'Task Force Model' });
    expect(findNearModel('Warrant Servise Officer Model')).toMatchObject({
      value: 'WSO',
      name: 'Warrant Service Officer',
    });
    expect(findNearModel('JEN')).toBeUndefined();
    expect(findNearModel('TFMM')).toBeUndefined();
  });
});

describe('dates and names', () => {
  test('finds the date in a file name with its folder, in each naming', () => {
    expect(asOfFromFileName('C:\\Downloads\\participating-2026-05-18.csv')).toBe('2026-05-18');
    expect(asOfFromFileName('/tmp/2026-02-30/participatingAgencies05182026am.xlsx')).toBe('2026-05-18');
    expect(asOfFromFileName('participatingAgencies-20250221214937.xlsx')).toBe('2025-02-21');
    expect(asOfFromFileName('participatingAgencies20250221.xlsx')).toBe('2025-02-21');
    expect(asOfFromFileName('participatingAgencies05182026pm2.xlsx')).toBe('2026-05-18');
    expect(asOfFromFileName('participatingAgencies05182026MID.xlsx')).toBe('2026-05-18');
    expect(asOfFromFileName('list-2026-02-30.csv')).toBeUndefined();
    expect(asOfFromFileName('list-20251399-05182026.csv')).toBe('2026-05-18');
    expect(asOfFromFileName('list-1205182026.csv')).toBeUndefined();
  });

  test('isIsoDate wants exactly YYYY-MM-DD of a real day, and daysBetween counts whole days either way', () => {
    expect(isIsoDate('2026-05-18x')).toBe(false);
    expect(isIsoDate('x2026-05-18')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-11-28', '2026-05-18')).toBe(-194);
    expect(daysBetween('2026-05-18', '2026-05-18')).toBe(0);
  });

  test('date readers keep to the calendar and the years 1990 to 2100', () => {
    expect(parseDateText('1990-01-01')).toEqual({ iso: '1990-01-01', exact: true });
    expect(parseDateText('1989-12-31')).toBeUndefined();
    expect(parseDateText('2100-12-31')).toEqual({ iso: '2100-12-31', exact: true });
    expect(parseDateText('2101-01-01')).toBeUndefined();
    expect(parseDateText('2025-12-31')).toEqual({ iso: '2025-12-31', exact: true });
    expect(parseDateText('2025-01-00')).toBeUndefined();
    expect(parseDateText('12/31/25')).toEqual({ iso: '2025-12-31', exact: true });
    expect(parseDateText('1/1/2026 ')).toEqual({ iso: '2026-01-01', exact: true });
    expect(parseDateText('2025-05-08 10:00')).toEqual({ iso: '2025-05-08', exact: true });
    expect(parseDateText('2025-05-08x')).toBeUndefined();
    expect(parseDateText('05/08/202')).toBeUndefined();
    expect(parseDateText('13082025')).toBeUndefined();
    expect(parseDateText('45785.75')).toEqual({ iso: '2025-05-08', exact: false });
    expect(parseDateText('457851')).toBeUndefined();
    expect(excelSerialToIso(1)).toBeUndefined();
    expect(excelSerialToIso(0.5)).toBeUndefined();
    expect(excelSerialToIso(Number.NaN)).toBeUndefined();
    expect(excelSerialToIso(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(excelSerialToIso(45785.99)).toBe('2025-05-08');
  });

  test('text, keys, slugs, counties and agency types', () => {
    expect(cleanText('\u00A0a\u2007b\u202Fc \r\n d\n')).toBe('a b c d');
    expect(normalizeKey('  St.\u00A0Mary\u2019s   PARISH ')).toBe("st. mary's parish");
    expect(normalizeKey('ＴＸ `a\u201B')).toBe("tx 'a'");
    expect(slugify("  St. Mary's Parish -- Sheriff ")).toBe('st-marys-parish-sheriff');
    expect(slugify('Doña Ana')).toBe('dona-ana');
    expect(slugify('!!!')).toBe('unnamed');
    expect(slugify(`${'a'.repeat(79)} b`)).toBe('a'.repeat(79));
    expect(slugify('a'.repeat(85))).toBe('a'.repeat(80));
    expect(parseCountyCell(' #NA ')).toBeNull();
    expect(parseCountyCell('n/a')).toBeNull();
    expect(parseCountyCell('#REF!')).toBeNull();
    expect(parseCountyCell('Nash')).toBe('Nash');
    expect(parseCountyCell(' Nassau\u00A0')).toBe('Nassau');
    expect(inferAgencyType('Orleans Parish Sheriff')).toBe('county');
    expect(inferAgencyType('Village of Oak Park')).toBe('municipal');
    expect(inferAgencyType('Florida Highway Patrol')).toBe('state');
    expect(inferAgencyType('Cityview Agency')).toBe('other');
    expect(inferAgencyType('Department of Public Safety')).toBe('municipal');
  });
});

describe('an acute accent typed for an apostrophe', () => {
  test('gives the same key as the apostrophe (it is mapped before NFKC would split it)', () => {
    expect(normalizeKey('St. Mary´s Parish')).toBe("st. mary's parish");
    expect(normalizeKey('St. Mary’s Parish')).toBe("st. mary's parish");
  });
});
