// Imports every real ICE file in ../shared/data/ice-287g and checks the result against the figures and
// quirks documented in that folder's README.md.

import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../generator/errors.ts';
import { type Agreement, type Model, type Snapshot } from '../../generator/data/types.ts';
import { ICE_DIR, importIce } from '../helpers.ts';

interface Figures {
  rows: number; // data rows, header and all-empty rows left out
  blankXlsx: number | null; // trailing formatted blank rows in the workbook; null when there is no workbook
  models: Record<Model, [rows: number, states: number]>;
  agencies: number; // distinct STATE + normalised agency
  states: number; // distinct STATE values after trimming
}

// From shared/data/ice-287g/README.md, "Per-file details" and quirk 2 (trailing blank rows; the README lists
// none for the other workbooks).
const README: Record<string, Figures> = {
  'participating-2026-05-18': {
    rows: 1843,
    blankXlsx: 10,
    models: { JEM: [182, 32], WSO: [499, 34], TFM: [1162, 34] },
    agencies: 1551,
    states: 40,
  },
  'pending-2026-02-27': {
    rows: 2,
    blankXlsx: 69,
    models: { JEM: [0, 0], WSO: [1, 1], TFM: [1, 1] },
    agencies: 1,
    states: 1,
  },
  'participating-2025-10-07': {
    rows: 1034,
    blankXlsx: 10,
    models: { JEM: [132, 28], WSO: [381, 35], TFM: [521, 35] },
    agencies: 860,
    states: 41,
  },
  'pending-2025-10-07': {
    rows: 50,
    blankXlsx: 1,
    models: { JEM: [7, 7], WSO: [18, 7], TFM: [25, 14] },
    agencies: 44,
    states: 17,
  },
  'participating-2025-07-01': {
    rows: 744,
    blankXlsx: 9,
    models: { JEM: [112, 27], WSO: [269, 34], TFM: [363, 31] },
    agencies: 611,
    states: 40,
  },
  'pending-2025-07-01': {
    rows: 63,
    blankXlsx: 0,
    models: { JEM: [8, 6], WSO: [24, 10], TFM: [31, 14] },
    agencies: 57,
    states: 16,
  },
  'participating-2025-02-21': {
    rows: 151,
    blankXlsx: 0,
    models: { JEM: [60, 16], WSO: [80, 12], TFM: [11, 6] },
    agencies: 142,
    states: 22,
  },
  'participating-2025-02-15.from-html': {
    rows: 135,
    blankXlsx: null,
    models: { JEM: [60, 16], WSO: [75, 11], TFM: [0, 0] },
    agencies: 133,
    states: 21,
  },
};

const FILES = Object.entries(README).flatMap(([base, figures]) => [
  ...(figures.blankXlsx === null ? [] : [{ file: `${base}.xlsx`, base, figures }]),
  { file: `${base}.csv`, base, figures },
]);

// Each file is imported once and shared by the tests below.
const imported = new Map<string, Promise<Snapshot>>();
function load(file: string): Promise<Snapshot> {
  let snapshot = imported.get(file);
  if (!snapshot) imported.set(file, (snapshot = importIce(file)));
  return snapshot;
}

function byModel(agreements: Agreement[]): Record<Model, [number, number]> {
  const count = (model: Model): [number, number] => {
    const own = agreements.filter((agreement) => agreement.model === model);
    return [own.length, new Set(own.map((agreement) => agreement.state)).size];
  };
  return { JEM: count('JEM'), WSO: count('WSO'), TFM: count('TFM') };
}

function find(snapshot: Snapshot, state: string, agency: string | RegExp, model?: Model): Agreement[] {
  return snapshot.agreements.filter(
    (agreement) =>
      agreement.state === state &&
      (typeof agency === 'string' ? agreement.agency === agency : agency.test(agreement.agency)) &&
      (model === undefined || agreement.model === model),
  );
}

test('the table covers every data file in the shared ICE folder', () => {
  const onDisk = readdirSync(ICE_DIR)
    .filter((name) => /\.(xlsx|csv)$/.test(name))
    .sort();
  expect(FILES.map(({ file }) => file).sort()).toEqual(onDisk);
  expect(onDisk).toHaveLength(15);
});

describe.each(FILES)('$file', ({ file, figures }) => {
  test('reads every data row as an agreement and rejects none', async () => {
    const snapshot = await load(file);
    expect(snapshot.rows.read).toBe(snapshot.rows.agreements + snapshot.rows.rejected);
    expect(snapshot.rows.rejected).toBe(0);
    expect(snapshot.rejected).toEqual([]);
    expect(snapshot.rows.agreements).toBe(figures.rows);
    expect(snapshot.agreements).toHaveLength(figures.rows);
  });

  test("has the README's agreement and state count for each model", async () => {
    expect(byModel((await load(file)).agreements)).toEqual(figures.models);
  });

  test("has the README's number of distinct agencies and STATE values", async () => {
    const { agreements } = await load(file);
    expect(new Set(agreements.map((agreement) => `${agreement.state}:${agreement.agencyKey}`)).size).toBe(
      figures.agencies,
    );
    expect(new Set(agreements.map((agreement) => agreement.state)).size).toBe(figures.states);
  });

  test('counts all-empty rows as blank rather than reading them', async () => {
    const snapshot = await load(file);
    // The CSVs were written without the workbooks' trailing blank rows.
    expect(snapshot.rows.blank).toBe(file.endsWith('.xlsx') ? figures.blankXlsx : 0);
  });
});

describe('a workbook and the CSV made from it', () => {
  const pairs = Object.keys(README).filter((base) => README[base]!.blankXlsx !== null);
  const fields = (agreement: Agreement) => {
    const { id, row, state, agency, agencyKey, type, typeText, model, signed, county, moa, addendum } = agreement;
    return { id, row, state, agency, agencyKey, type, typeText, model, signed, county, moa, addendum };
  };

  test.each(pairs)('%s gives the same agreements from the .xlsx and from the .csv', async (base) => {
    const [xlsx, csv] = await Promise.all([load(`${base}.xlsx`), load(`${base}.csv`)]);
    expect(csv.agreements.map(fields)).toEqual(xlsx.agreements.map(fields));
  });
});

describe('quirks listed in the README', () => {
  test.each(['participating-2026-05-18.xlsx', 'participating-2026-05-18.csv'])(
    '%s: all 1680 MOA links are unwrapped to https addresses, with no SafeLinks or chrome-extension left',
    async (file) => {
      const { agreements } = await load(file);
      const urls = agreements
        .filter((agreement) => agreement.moa.status === 'linked')
        .map((agreement) => agreement.moa.url ?? '');
      expect(urls).toHaveLength(1680);
      expect(urls.filter((url) => /safelinks|chrome-extension/i.test(url))).toEqual([]);
      expect(urls.filter((url) => !url.startsWith('https://'))).toEqual([]);
      // The rest are `link pending`.
      expect(
        agreements.filter((agreement) => agreement.moa.status !== 'linked').map((agreement) => agreement.moa.status),
      ).toEqual(Array(1843 - 1680).fill('pending'));
    },
  );

  test('the 45 ADDENDUM links of 2026-05-18 (14 of them SafeLinks) all point at ice.gov', async () => {
    const urls = (await load('participating-2026-05-18.xlsx')).agreements.flatMap(
      (agreement) => agreement.addendum.url ?? [],
    );
    expect(urls).toHaveLength(45);
    expect(urls.filter((url) => !url.startsWith('https://www.ice.gov/'))).toEqual([]);
  });

  test("the University of Florida Police Department's chrome-extension link becomes an ice.gov address", async () => {
    const [uf] = find(await load('participating-2026-05-18.xlsx'), 'FL', 'University of Florida Police Department');
    expect(uf?.moa).toEqual({
      status: 'linked',
      url: 'https://www.ice.gov/doclib/287gMOA/UnivFLPDFL_TFM_MOA_041525.pdf',
    });
  });

  test("Cherokee Police Department (ALABAMA)'s https:/ link gets its missing slash back", async () => {
    const found = find(await load('participating-2026-05-18.xlsx'), 'AL', 'Cherokee Police Department');
    expect(found).toHaveLength(1);
    expect(found[0]!.moa.url).toMatch(/^https:\/\/www\.ice\.gov\/doclib\//);
  });

  test('GUAM and NORTHERN MARIANA ISLANDS are read as the territories GU and MP', async () => {
    const snapshot = await load('participating-2026-05-18.xlsx');
    expect(find(snapshot, 'GU', /./).map(({ agency, county }) => ({ agency, county }))).toEqual([
      { agency: 'Office Of The Attorney General', county: 'Kattan District' },
    ]);
    expect(
      find(snapshot, 'MP', /./)
        .map(({ agency }) => agency)
        .sort(),
    ).toEqual(['CNMI Department of Corrections', 'CNMI Department of Public Safety']);
    expect(find(await load('participating-2025-10-07.csv'), 'GU', /./)).toHaveLength(1);
  });

  test.each(['participating-2026-05-18.xlsx', 'participating-2026-05-18.csv'])(
    '%s: the COUNTY values #N/A (213), #NA (21) and N/A (1) all become null',
    async (file) => {
      const snapshot = await load(file);
      expect(snapshot.agreements.filter((agreement) => agreement.county === null)).toHaveLength(213 + 21 + 1);
      expect(snapshot.agreements.filter((agreement) => /^#|^n\/?a$/i.test(agreement.county ?? ''))).toEqual([]);
      expect(find(snapshot, 'IA', 'Iowa Department of Public Safety').map((agreement) => agreement.county)).toEqual([
        null,
      ]);
    },
  );

  test("the pending lists' #N/A error cells and #NA text become null counties", async () => {
    expect(
      (await load('pending-2025-07-01.xlsx')).agreements.filter((agreement) => agreement.county === null),
    ).toHaveLength(19);
    expect(
      (await load('pending-2025-10-07.xlsx')).agreements.filter((agreement) => agreement.county === null),
    ).toHaveLength(1);
  });

  test.each(['participating-2026-05-18.xlsx', 'participating-2026-05-18.csv'])(
    '%s: the COUNTY cell "\\nSchuylkill County" on row 1180 is read as "Schuylkill County"',
    async (file) => {
      const row = (await load(file)).agreements.find((agreement) => agreement.row === 1180);
      expect(row).toMatchObject({
        state: 'PA',
        agency: 'Shenandoah Borough Police Department',
        county: 'Schuylkill County',
      });
    },
  );

  test.each(['participating-2025-07-01.xlsx', 'participating-2025-07-01.csv'])(
    '%s: Campbell County\'s SIGNED text "05/082025" on row 698 is read as 2025-05-08 with a warning',
    async (file) => {
      const snapshot = await load(file);
      const row = snapshot.agreements.find((agreement) => agreement.row === 698);
      expect(row).toMatchObject({
        state: 'VA',
        agency: "Campbell County Sheriff's Office",
        model: 'TFM',
        signed: '2025-05-08',
        signedText: '05/082025',
      });
      expect(snapshot.warnings).toHaveLength(1);
      expect(snapshot.warnings[0]).toMatchObject({ file, row: 698, column: 'SIGNED', value: '05/082025' });
      expect(formatProblem(snapshot.warnings[0]!)).toContain(`${file}:698:SIGNED`);
    },
  );

  test('the other participating lists have a real date for every agreement and no warnings', async () => {
    for (const file of [
      'participating-2026-05-18.xlsx',
      'participating-2025-10-07.xlsx',
      'participating-2025-02-21.xlsx',
      'participating-2025-02-15.from-html.csv',
    ]) {
      const snapshot = await load(file);
      expect(snapshot.warnings, file).toEqual([]);
      expect(
        snapshot.agreements.filter((agreement) => !/^\d{4}-\d{2}-\d{2}$/.test(agreement.signed ?? '')),
        file,
      ).toEqual([]);
    }
  });

  test('pending lists have no signing dates', async () => {
    for (const file of ['pending-2026-02-27.xlsx', 'pending-2025-10-07.csv', 'pending-2025-07-01.xlsx']) {
      expect(
        (await load(file)).agreements.filter((agreement) => agreement.signed !== null),
        file,
      ).toEqual([]);
    }
  });

  test('the from-html list keeps its web.archive.org MOA addresses', async () => {
    const { agreements } = await load('participating-2025-02-15.from-html.csv');
    expect(
      agreements.filter(
        (agreement) =>
          !(
            agreement.moa.status === 'linked' &&
            agreement.moa.url?.startsWith('https://web.archive.org/web/20250215122413/https://www.ice.gov/doclib/')
          ),
      ),
    ).toEqual([]);
  });

  test('the three "link | addendum" cells of 2025-02-21 without a hyperlink are unlinked, not linked', async () => {
    const unlinked = (await load('participating-2025-02-21.xlsx')).agreements.filter(
      (agreement) => agreement.moa.status === 'unlinked',
    );
    expect(unlinked.map(({ state, agency }) => `${state} ${agency}`)).toEqual([
      "TX Aransas County Sheriff's Office",
      'TX Montgomery County Sheriff’s Office',
      "TX Nueces County Sheriff's Office",
    ]);
  });

  test('curly and straight apostrophe spellings of one agency share one agencyKey', async () => {
    const snapshot = await load('participating-2026-05-18.xlsx');
    const calhoun = find(snapshot, 'TX', /^Calhoun County Sheriff/);
    expect(calhoun.map(({ agency, model }) => [agency, model])).toEqual([
      ['Calhoun County Sheriff’s Office', 'JEM'],
      ["Calhoun County Sheriff's Office", 'TFM'],
      ["Calhoun County Sheriff's Office", 'WSO'],
    ]);
    expect(new Set(calhoun.map((agreement) => agreement.agencyKey))).toEqual(
      new Set(["calhoun county sheriff's office"]),
    );
    // The published spelling is kept; only the key is normalised.
    expect(snapshot.agreements.filter((agreement) => agreement.agency.includes('’'))).toHaveLength(32);
    expect(snapshot.agreements.filter((agreement) => agreement.agencyKey.includes('’'))).toEqual([]);
  });

  test('agency names and keys carry no stray whitespace', async () => {
    const snapshot = await load('participating-2026-05-18.csv');
    const { agreements } = snapshot;
    expect(
      agreements.filter(
        (agreement) => agreement.agency !== agreement.agency.trim() || /\s{2}/.test(agreement.agencyKey),
      ),
    ).toEqual([]);
    // `Wise County Sheriff's Office ` and `Wise County Sheriff's Office` are one agency.
    expect(new Set(find(snapshot, 'TX', /^Wise County Sheriff/).map((agreement) => agreement.agency))).toEqual(
      new Set(["Wise County Sheriff's Office"]),
    );
  });
});
