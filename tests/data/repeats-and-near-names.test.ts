// ICE's lists as they really come: rows repeated word for word, and STATE or SUPPORT TYPE cells a letter
// or two off a known name. Every list here is written by the test, as CSV text or as an exceljs workbook.

import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { importList } from '../../generator/data/import.ts';
import { findNearModel, findNearState, measureEdits } from '../../generator/data/near-names.ts';
import type { ListKind, Snapshot } from '../../generator/data/types.ts';
import { formatProblem } from '../../generator/errors.ts';

const HEADER = 'STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA';

function importCsv(file: string, lines: string[], kind: ListKind = 'participating'): Promise<Snapshot> {
  const header = kind === 'pending' ? 'STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE' : HEADER;
  return importList({
    file,
    bytes: Buffer.from(`${[header, ...lines].join('\n')}\n`),
    kind,
    asOf: '2026-05-18',
    importedAt: '2026-11-28T00:00:00.000Z',
  });
}

function notes(snapshot: Snapshot): string[] {
  return snapshot.warnings.map(formatProblem);
}

describe('a row that repeats another row exactly', () => {
  test('is read as one agreement, with a note naming both rows, and counted apart', async () => {
    const snapshot = await importCsv('repeats.csv', [
      "TEXAS,Tarrant County Sheriff's Office,County,Tarrant County,Task Force Model,2025-03-01,link",
      'TEXAS,Fort Worth Police Department,Municipality,Tarrant County,Task Force Model,2025-04-02,link',
      "TEXAS,Tarrant County Sheriff's Office,County,Tarrant County,Task Force Model,2025-03-01,link",
    ]);
    expect(snapshot.agreements.map((agreement) => [agreement.row, agreement.agency])).toEqual([
      [2, "Tarrant County Sheriff's Office"],
      [3, 'Fort Worth Police Department'],
    ]);
    expect(snapshot.rows).toEqual({ read: 3, agreements: 2, rejected: 0, duplicates: 1, blank: 0 });
    expect(notes(snapshot)).toEqual([
      'repeats.csv:4:LAW ENFORCEMENT AGENCY row 4 repeats row 2 exactly; ' +
        `read as one agreement ("Tarrant County Sheriff's Office")`,
    ]);
  });

  test('in a workbook, the same cells with the same link are one agreement too', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'SUPPORT TYPE', 'SIGNED', 'MOA']);
    for (let copy = 0; copy < 2; copy++) {
      sheet.addRow([
        'FLORIDA',
        "Lee County Sheriff's Office",
        'County',
        'Jail Enforcement Model',
        new Date(Date.UTC(2019, 6, 8)),
        { text: 'link', hyperlink: 'https://www.ice.gov/doclib/287gMOA/lee.pdf' },
      ]);
    }
    // The same words with another link: a second agreement document, kept with the usual note.
    sheet.addRow([
      'FLORIDA',
      "Lee County Sheriff's Office",
      'County',
      'Jail Enforcement Model',
      new Date(Date.UTC(2019, 6, 8)),
      { text: 'link', hyperlink: 'https://www.ice.gov/doclib/287gMOA/lee-2.pdf' },
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const snapshot = await importList({
      file: 'repeats.xlsx',
      bytes,
      kind: 'participating',
      asOf: '2026-05-18',
      importedAt: '2026-11-28T00:00:00.000Z',
    });
    expect(snapshot.agreements.map((agreement) => [agreement.row, agreement.moa.url])).toEqual([
      [2, 'https://www.ice.gov/doclib/287gMOA/lee.pdf'],
      [4, 'https://www.ice.gov/doclib/287gMOA/lee-2.pdf'],
    ]);
    expect(snapshot.rows).toMatchObject({ read: 3, agreements: 2, duplicates: 1 });
    expect(notes(snapshot)).toEqual([
      'repeats.xlsx:3:LAW ENFORCEMENT AGENCY row 3 repeats row 2 exactly; ' +
        'read as one agreement ("Lee County Sheriff\'s Office")',
      'repeats.xlsx:4:LAW ENFORCEMENT AGENCY same agency and model as row 2 ("Lee County Sheriff\'s Office")',
    ]);
  });

  test('the same agency and model signed on another date stays two agreements, with a note as before', async () => {
    const snapshot = await importCsv('two-dates.csv', [
      "GEORGIA,Hall County Sheriff's Office,County,Hall County,Warrant Service Officer,2025-03-01,link",
      "GEORGIA,Hall County Sheriff's Office,County,Hall County,Warrant Service Officer,2025-09-12,link",
    ]);
    expect(snapshot.agreements.map((agreement) => agreement.signed)).toEqual(['2025-03-01', '2025-09-12']);
    expect(snapshot.rows).toMatchObject({ read: 2, agreements: 2, duplicates: 0 });
    expect(notes(snapshot)).toEqual([
      'two-dates.csv:3:LAW ENFORCEMENT AGENCY same agency and model as row 2 ("Hall County Sheriff\'s Office")',
    ]);
  });

  test('a row differing only by a space at the end of a cell is not an exact repeat', async () => {
    const snapshot = await importCsv('spaces.csv', [
      "OHIO,Butler County Sheriff's Office,County,Butler County,Task Force Model,2025-03-01,link",
      'OHIO,Butler County Sheriff\'s Office,"County ",Butler County,Task Force Model,2025-03-01,link',
    ]);
    expect(snapshot.rows).toMatchObject({ agreements: 2, duplicates: 0 });
    expect(notes(snapshot)).toEqual([
      'spaces.csv:3:LAW ENFORCEMENT AGENCY same agency and model as row 2 ("Butler County Sheriff\'s Office")',
    ]);
  });

  test('a repeated row that cannot be read is rejected each time, not merged', async () => {
    const snapshot = await importCsv('bad-twice.csv', [
      'ATLANTIS,Some Office,County,,Task Force Model,2025-03-01,link',
      'ATLANTIS,Some Office,County,,Task Force Model,2025-03-01,link',
    ]);
    expect(snapshot.rows).toMatchObject({ read: 2, agreements: 0, rejected: 2, duplicates: 0 });
    expect(snapshot.rejected.map(formatProblem)).toEqual([
      'bad-twice.csv:2:STATE is not a US state or territory ("ATLANTIS")',
      'bad-twice.csv:3:STATE is not a US state or territory ("ATLANTIS")',
    ]);
  });
});

describe('a state or model name a letter or two off', () => {
  test('is read as that name, with a note naming the row, the column and the value', async () => {
    const snapshot = await importCsv('near.csv', [
      "TENNESEE,Knox County Sheriff's Office,County,Knox County,Jail Enforcement Model,2025-03-01,link",
      "FLORIDAA,Collier County Sheriff's Office,County,Collier County,Warrant Service Officer,2025-03-01,link",
      'Californa,Example Police Department,Municipality,,Task Force Model,2025-03-01,link',
      "TEXAS,Harris County Sheriff's Office,County,Harris County,Jail Enforcment Model,2025-03-01,link",
      'TEXAS,Houston Police Department,Municipality,Harris County,Task Force Modle,2025-03-01,link',
      'TEXAS,Pasadena Police Department,Municipality,Harris County,Warrant Service Oficer,2025-03-01,link',
      'GUAMM,Guam Police Department,State Agency,,Task Force Model,2025-03-01,link',
    ]);
    expect(snapshot.rows).toMatchObject({ agreements: 7, rejected: 0 });
    expect(snapshot.agreements.map((agreement) => `${agreement.state} ${agreement.model}`)).toEqual([
      'TN JEM',
      'FL WSO',
      'CA TFM',
      'TX JEM',
      'TX TFM',
      'TX WSO',
      'GU TFM',
    ]);
    expect(notes(snapshot)).toEqual([
      'near.csv:2:STATE read as Tennessee, the state name it is nearest to ("TENNESEE")',
      'near.csv:3:STATE read as Florida, the state name it is nearest to ("FLORIDAA")',
      'near.csv:4:STATE read as California, the state name it is nearest to ("Californa")',
      'near.csv:5:SUPPORT TYPE read as Jail Enforcement Model, ' +
        'the model name it is nearest to ("Jail Enforcment Model")',
      'near.csv:6:SUPPORT TYPE read as Task Force Model, the model name it is nearest to ("Task Force Modle")',
      'near.csv:7:SUPPORT TYPE read as Warrant Service Officer, ' +
        'the model name it is nearest to ("Warrant Service Oficer")',
      'near.csv:8:STATE read as Guam, the state name it is nearest to ("GUAMM")',
    ]);
  });

  test('a pending list is read the same way', async () => {
    const snapshot = await importCsv(
      'pending.csv',
      ["ARKANSASS,Franklin County Sheriff's Office,County,Franklin County,Task Force Model"],
      'pending',
    );
    expect(snapshot.agreements.map((agreement) => agreement.state)).toEqual(['AR']);
    expect(notes(snapshot)).toEqual([
      'pending.csv:2:STATE read as Arkansas, the state name it is nearest to ("ARKANSASS")',
    ]);
  });

  test('far-off values, codes one letter off and names near two states are rejected with FILE:ROW:COLUMN', async () => {
    const snapshot = await importCsv('far.csv', [
      'TEXARKANA,A Office,County,,Task Force Model,2025-03-01,link', // 4 letters from Texas
      'TZ,B Office,County,,Task Force Model,2025-03-01,link', // TX or TN? a code is never guessed
      'TXX,C Office,County,,Task Force Model,2025-03-01,link',
      'NOTH CAROLINA,D Office,County,,Task Force Model,2025-03-01,link', // North or South Carolina
      'TEXAS,E Office,County,,Task Forse Mode,2025-03-01,link', // two edits from Task Force Model only: read
      'TEXAS,F Office,County,,WSX,2025-03-01,link', // a code one letter off WSO
      'TEXAS,G Office,County,,Warrant,2025-03-01,link',
      'TXESA,H Office,County,,Task Force Model,2025-03-01,link', // two swaps in a 5-letter name: 2 edits
    ]);
    expect(snapshot.rejected.map(formatProblem)).toEqual([
      'far.csv:2:STATE is not a US state or territory ("TEXARKANA")',
      'far.csv:3:STATE is not a US state or territory ("TZ")',
      'far.csv:4:STATE is not a US state or territory ("TXX")',
      'far.csv:5:STATE is not a US state or territory ("NOTH CAROLINA")',
      'far.csv:7:SUPPORT TYPE is not one of Jail Enforcement Model, Warrant Service Officer, Task Force Model ("WSX")',
      'far.csv:8:SUPPORT TYPE is not one of Jail Enforcement Model, ' +
        'Warrant Service Officer, Task Force Model ("Warrant")',
      'far.csv:9:STATE is not a US state or territory ("TXESA")',
    ]);
    expect(snapshot.agreements.map((agreement) => [agreement.row, agreement.model])).toEqual([[6, 'TFM']]);
  });

  test('two neighbouring letters swapped count as one edit: TEXSA is Texas, Tenenssee is Tennessee', async () => {
    const snapshot = await importCsv('swapped.csv', [
      'TEXSA,Keller Police Department,Municipality,Tarrant County,Task Force Model,2025-03-01,link',
      "Tenenssee,Knox County Sheriff's Office,County,Knox County,Jail Enforcement Model,2025-03-01,link",
      "TEXAS,Harris County Sheriff's Office,County,Harris County,Warrant Servcie Officer,2025-03-01,link",
    ]);
    expect(snapshot.rows).toMatchObject({ agreements: 3, rejected: 0 });
    expect(snapshot.agreements.map((agreement) => `${agreement.state} ${agreement.model}`)).toEqual([
      'TX TFM',
      'TN JEM',
      'TX WSO',
    ]);
    expect(notes(snapshot)).toEqual([
      'swapped.csv:2:STATE read as Texas, the state name it is nearest to ("TEXSA")',
      'swapped.csv:3:STATE read as Tennessee, the state name it is nearest to ("Tenenssee")',
      'swapped.csv:4:SUPPORT TYPE read as Warrant Service Officer, ' +
        'the model name it is nearest to ("Warrant Servcie Officer")',
    ]);
  });

  test('measureEdits counts insertions, deletions, substitutions and neighbour swaps as one edit each', () => {
    expect(measureEdits('texas', 'texas')).toBe(0);
    expect(measureEdits('texsa', 'texas')).toBe(1);
    expect(measureEdits('etxas', 'texas')).toBe(1);
    expect(measureEdits('txesa', 'texas')).toBe(2);
    expect(measureEdits('texa', 'texas')).toBe(1);
    expect(measureEdits('texass', 'texas')).toBe(1);
    expect(measureEdits('tezas', 'texas')).toBe(1);
    expect(measureEdits('', 'ohio')).toBe(4);
    expect(measureEdits('ca', 'abc')).toBe(3); // optimal string alignment: a swapped pair is not edited again
    expect(measureEdits('kansas', 'arkansas')).toBe(2);
  });

  test('findNearState and findNearModel never guess codes and need a unique nearest name', () => {
    expect(findNearState('Pensylvania')?.value.code).toBe('PA');
    expect(findNearState('North Dakot')?.value.code).toBe('ND');
    expect(findNearState('Kansass')?.value.code).toBe('KS'); // Arkansas is 3 away
    // Noth/Soth Dakota are within two edits of both Dakotas: not unique, so not guessed.
    for (const text of ['TZ', 'NX', 'XT', 'TXS', '48', '4B', 'Noth Dakota', 'Soth Dakota']) {
      expect(findNearState(text), text).toBeUndefined();
    }
    expect(findNearModel('Task Forces')?.value).toBe('TFM');
    for (const text of ['JEN', 'WS0', 'TFN', 'Model', 'Officer']) expect(findNearModel(text), text).toBeUndefined();
  });
});
