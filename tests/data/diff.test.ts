// What changed between ICE's lists: renames, added and removed agencies, models and corrected dates,
// on the real snapshots in ../shared/data/ice-287g and on small made-up lists.

import { describe, expect, test } from 'vitest';
import { diffAgreements, nameSimilarity, renameKey, type Diff } from '../../generator/data/diff.ts';
import { normalizeKey } from '../../generator/data/normalize.ts';
import type { Agreement, Model, Snapshot } from '../../generator/data/types.ts';
import { importIce } from '../helpers.ts';

// The CSVs give the same agreements as the workbooks (import-real-files.test.ts) and read faster.
type List = '2025-02-15.from-html' | '2025-02-21' | '2025-07-01' | '2025-10-07' | '2026-05-18';

const imported = new Map<List, Promise<Snapshot>>();
function load(list: List): Promise<Snapshot> {
  let snapshot = imported.get(list);
  if (!snapshot) imported.set(list, (snapshot = importIce(`participating-${list}.csv`)));
  return snapshot;
}

async function diffLists(from: List, to: List): Promise<{ before: Snapshot; after: Snapshot; diff: Diff }> {
  const [before, after] = await Promise.all([load(from), load(to)]);
  return {
    before,
    after,
    diff: diffAgreements(before.agreements, after.agreements, { from: before.asOf, to: after.asOf }),
  };
}

const renamePairs = (diff: Diff) => diff.renamed.map(({ state, from, to }) => `${state}: ${from} -> ${to}`);
const names = (agencies: { state: string; name: string }[]) => agencies.map(({ state, name }) => `${state}: ${name}`);

describe('renames between real lists', () => {
  test('2025-07-01 to 2025-10-07 shows the Fort Myers, Miami Springs and Boca Raton renames', async () => {
    const { diff } = await diffLists('2025-07-01', '2025-10-07');
    expect(renamePairs(diff)).toEqual(
      expect.arrayContaining([
        'FL: Ft. Myers Police Department -> Fort Myers Police Department',
        'FL: City of Miami Springs Police Department -> Miami Springs Police Department',
        'FL: Boca Raton Police Department -> Boca Raton Police Services Department',
      ]),
    );
    // A rename is neither an addition nor a removal.
    expect(names(diff.removed)).not.toContain('FL: Ft. Myers Police Department');
    expect(names(diff.added)).not.toContain('FL: Fort Myers Police Department');
  });

  test('2025-07-01 to 2025-10-07 shows Walworth County leaving and Calumet County joining, not a rename', async () => {
    const { diff } = await diffLists('2025-07-01', '2025-10-07');
    // Two different Wisconsin counties (COUNTY Walworth County vs Calumet County), both WSO: only the
    // generic words "County Sheriff's Office" are shared, so they must not be paired.
    expect(diff.renamed.filter((rename) => /Walworth|Calumet/.test(`${rename.from} ${rename.to}`))).toEqual([]);
    expect(diff.removed).toContainEqual({ state: 'WI', name: "Walworth County Sheriff's Office", models: ['WSO'] });
    expect(diff.added).toContainEqual({ state: 'WI', name: "Calumet County Sheriff's Office", models: ['WSO'] });
    expect(nameSimilarity("Walworth County Sheriff's Office", "Calumet County Sheriff's Office")).toBeLessThan(0.8);
  });

  test("2025-10-07 to 2026-05-18 shows Somervill County's typo fixed as a rename", async () => {
    const { diff } = await diffLists('2025-10-07', '2026-05-18');
    expect(diff.renamed).toContainEqual({
      state: 'TX',
      from: "Somervill County Sheriff's Office",
      to: "Somervell County Sheriff's Office",
      models: ['WSO'],
    });
    expect(names(diff.removed)).not.toContain("TX: Somervill County Sheriff's Office");
  });

  test('every rename stays within one state and keeps at least one model', async () => {
    for (const [from, to] of [
      ['2025-02-21', '2025-07-01'],
      ['2025-07-01', '2025-10-07'],
      ['2025-10-07', '2026-05-18'],
    ] as const) {
      const { before, diff } = await diffLists(from, to);
      for (const rename of diff.renamed) {
        const old = before.agreements.filter(
          (agreement) => agreement.state === rename.state && agreement.agency === rename.from,
        );
        expect(old.length, `${rename.state} ${rename.from}`).toBeGreaterThan(0);
        expect(
          old.some((agreement) => rename.models.includes(agreement.model)),
          `${rename.from} -> ${rename.to}`,
        ).toBe(true);
      }
    }
  });
});

describe('counts between real lists', () => {
  // README quirk 15: a naive diff by state|agency|model key, normalised.
  test.each([
    ['2025-02-21', '2025-07-01', 600, 7, 144],
    ['2025-07-01', '2025-10-07', 326, 36, 708],
    ['2025-10-07', '2026-05-18', 856, 47, 987],
  ] as const)(
    "the agreement ids from %s to %s give the README's %d added, %d removed, %d unchanged",
    async (from, to, added, removed, unchanged) => {
      const [before, after] = await Promise.all([load(from), load(to)]);
      const old = new Set(before.agreements.map((agreement) => agreement.id));
      const now = new Set(after.agreements.map((agreement) => agreement.id));
      expect([...now].filter((id) => !old.has(id))).toHaveLength(added);
      expect([...old].filter((id) => !now.has(id))).toHaveLength(removed);
      expect([...old].filter((id) => now.has(id))).toHaveLength(unchanged);
    },
  );

  test.each([
    ['2025-02-15.from-html', '2025-02-21'],
    ['2025-02-21', '2025-07-01'],
    ['2025-07-01', '2025-10-07'],
    ['2025-10-07', '2026-05-18'],
  ] as const)('from %s to %s every agency is kept, renamed, added or removed exactly once', async (from, to) => {
    const { before, after, diff } = await diffLists(from, to);
    expect(diff.summary).toEqual({
      agreementsBefore: before.agreements.length,
      agreementsAfter: after.agreements.length,
      agenciesAdded: diff.added.length,
      agenciesRemoved: diff.removed.length,
      renamed: diff.renamed.length,
    });
    const keys = (agreements: Agreement[]) =>
      new Set(agreements.map((agreement) => `${agreement.state}:${agreement.agencyKey}`));
    const key = ({ state, name }: { state: string; name: string }) => `${state}:${normalizeKey(name)}`;
    const old = keys(before.agreements);
    const now = keys(after.agreements);
    const kept = [...old].filter((agency) => now.has(agency));
    const renamedFrom = diff.renamed.map(({ state, from: name }) => key({ state, name }));
    const renamedTo = diff.renamed.map(({ state, to: name }) => key({ state, name }));
    expect([...diff.removed.map(key), ...renamedFrom, ...kept].sort()).toEqual([...old].sort());
    expect([...diff.added.map(key), ...renamedTo, ...kept].sort()).toEqual([...now].sort());
  });

  test('the from-html list is wholly inside 2025-02-21, which adds 16 agreements: 11 TFM and 5 WSO', async () => {
    const { diff } = await diffLists('2025-02-15.from-html', '2025-02-21');
    expect(diff.removed).toEqual([]);
    expect(diff.modelsDropped).toEqual([]);
    expect(diff.renamed).toEqual([]);
    const models = [...diff.added, ...diff.modelsAdded].flatMap((agency) => agency.models);
    expect(models).toHaveLength(16);
    expect(models.filter((model) => model === 'TFM')).toHaveLength(11);
    expect(models.filter((model) => model === 'WSO')).toHaveLength(5);
  });

  test("2025-02-21 to 2025-07-01 finds the corrected signing date of Florida Highway Patrol's TFM", async () => {
    const { diff } = await diffLists('2025-02-21', '2025-07-01');
    expect(diff.dateChanges).toContainEqual({
      state: 'FL',
      name: 'Florida Department of Highway Safety and Motor Vehicles, Division of Highway Patrol',
      model: 'TFM',
      from: '2025-02-17',
      to: '2025-02-07',
    });
  });
});

let nextRow = 2;
function agreement(state: string, agency: string, model: Model, signed: string | null): Agreement {
  const agencyKey = normalizeKey(agency);
  return {
    id: `${state}:${agencyKey}:${model}`,
    row: nextRow++,
    state,
    agency,
    agencyKey,
    type: 'county',
    typeText: 'County',
    county: null,
    model,
    signed,
    signedText: null,
    moa: { status: 'pending', url: null },
    addendum: { status: 'none', url: null },
  };
}

describe('a small made-up pair of lists', () => {
  const before = [
    agreement('TX', "Brazos County Sheriff's Office", 'JEM', '2025-02-20'),
    agreement('TX', "Brazos County Sheriff's Office", 'WSO', '2025-02-20'),
    agreement('TX', "Lubbock County Sheriff's Office", 'WSO', '2025-03-01'),
    agreement('TX', "Lubbock County Sheriff's Office", 'TFM', '2025-03-01'),
    agreement('TX', "Potter County Sheriff's Office", 'JEM', '2025-04-01'),
    agreement('FL', 'Ft. Myers Police Department', 'TFM', '2025-04-15'),
  ];
  const after = [
    agreement('TX', 'Brazos County Sheriff’s Office', 'JEM', '2025-02-21'), // curly apostrophe, date corrected
    agreement('TX', "Brazos County Sheriff's Office", 'WSO', '2025-02-20'),
    agreement('TX', "Brazos County Sheriff's Office", 'TFM', '2025-06-01'),
    agreement('TX', "Lubbock County Sheriff's Office", 'WSO', '2025-03-01'),
    agreement('TX', "Randall County Sheriff's Office", 'TFM', '2025-05-01'),
    agreement('FL', 'Fort Myers Police Department', 'TFM', '2025-04-14'),
    agreement('FL', 'Fort Myers Police Department', 'WSO', '2025-07-01'),
  ];
  const diff = diffAgreements(before, after, { from: '2025-05-01', to: '2025-08-01' });

  test('reports a model an agency gained, including on a renamed agency', () => {
    expect(diff.modelsAdded).toEqual([
      { state: 'FL', name: 'Fort Myers Police Department', models: ['WSO'] },
      { state: 'TX', name: 'Brazos County Sheriff’s Office', models: ['TFM'] },
    ]);
  });

  test('reports a model an agency dropped while it stays on the list', () => {
    expect(diff.modelsDropped).toEqual([{ state: 'TX', name: "Lubbock County Sheriff's Office", models: ['TFM'] }]);
  });

  test('reports corrected signing dates, including across a rename', () => {
    expect(diff.dateChanges).toEqual([
      { state: 'FL', name: 'Fort Myers Police Department', model: 'TFM', from: '2025-04-15', to: '2025-04-14' },
      { state: 'TX', name: 'Brazos County Sheriff’s Office', model: 'JEM', from: '2025-02-20', to: '2025-02-21' },
    ]);
  });

  test('reports whole agencies added and removed, and the rename, with consistent counts', () => {
    expect(diff.added).toEqual([{ state: 'TX', name: "Randall County Sheriff's Office", models: ['TFM'] }]);
    expect(diff.removed).toEqual([{ state: 'TX', name: "Potter County Sheriff's Office", models: ['JEM'] }]);
    expect(diff.renamed).toEqual([
      { state: 'FL', from: 'Ft. Myers Police Department', to: 'Fort Myers Police Department', models: ['TFM', 'WSO'] },
    ]);
    expect(diff.summary).toEqual({
      agreementsBefore: 6,
      agreementsAfter: 7,
      agenciesAdded: 1,
      agenciesRemoved: 1,
      renamed: 1,
    });
    expect([diff.from, diff.to]).toEqual(['2025-05-01', '2025-08-01']);
  });

  test('two identical lists show no change at all', () => {
    const same = diffAgreements(before, before, { from: 'a', to: 'b' });
    expect([same.added, same.removed, same.renamed, same.modelsAdded, same.modelsDropped, same.dateChanges]).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  test('a look-alike name in another state is not a rename', () => {
    const moved = diffAgreements(
      [agreement('TX', "Lubbock County Sheriff's Office", 'WSO', null)],
      [agreement('OK', "Lubbock County Sheriff's Office", 'WSO', null)],
      { from: 'a', to: 'b' },
    );
    expect(moved.renamed).toEqual([]);
    expect(moved.summary).toMatchObject({ agenciesAdded: 1, agenciesRemoved: 1 });
  });

  test('a look-alike name with no model in common is not a rename', () => {
    const other = diffAgreements(
      [agreement('FL', 'Ft. Myers Police Department', 'TFM', null)],
      [agreement('FL', 'Fort Myers Police Department', 'WSO', null)],
      { from: 'a', to: 'b' },
    );
    expect(other.renamed).toEqual([]);
  });
});

describe('renameKey and nameSimilarity', () => {
  test('renameKey spells out abbreviations and drops "City of"', () => {
    expect(renameKey('City of Ft. Myers PD')).toBe('fort myers police department');
    expect(renameKey('St. Johns Co. Sheriff’s Office')).toBe('saint johns county sheriffs office');
  });

  test('names that differ only in punctuation or abbreviation are alike', () => {
    expect(nameSimilarity("St Johns County Sheriff's Office", "St. Johns County Sheriff's Office")).toBe(1);
    expect(
      nameSimilarity('Miami Dade Corrections and Rehabilitation', 'Miami-Dade Corrections and Rehabilitation'),
    ).toBe(1);
    expect(
      nameSimilarity("Somervill County Sheriff's Office", "Somervell County Sheriff's Office"),
    ).toBeGreaterThanOrEqual(0.8);
  });

  test('different counties are not alike', () => {
    expect(nameSimilarity("Lee County Sheriff's Office", "Lea County Sheriff's Office")).toBeLessThan(0.8);
    expect(nameSimilarity("Harris County Sheriff's Office", "Tarrant County Sheriff's Office")).toBeLessThan(0.8);
  });
});
