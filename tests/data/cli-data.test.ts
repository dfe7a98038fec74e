// `kit data import | list | stats | diff`, run in-process on the real ICE files and on copies of the
// shipped data folder.

import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDataset, readSnapshot } from '../../generator/data/store.ts';
import type { Diff } from '../../generator/data/diff.ts';
import type { Stats } from '../../generator/data/stats.ts';
import { FIXTURES, copyOfShippedData, iceFile, readFolderBytes, runKit, tempDir } from '../helpers.ts';

function expectOneMessage(stderr: string, ...parts: string[]): void {
  expect(stderr.match(/^kit: /gm)).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace for the user's mistake
  for (const part of parts) expect(stderr).toContain(part);
}

describe('kit data import', () => {
  test('imports the 2026-05-18 workbook: 1843 rows, all agreements, saved as a dated snapshot', async () => {
    const dir = tempDir();
    const result = await runKit(['data', 'import', iceFile('participating-2026-05-18.xlsx'), '--data-dir', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1843 rows = 1843 agreements + 0 rejected');
    expect(result.stdout).toContain('(10 blank rows skipped)');
    expect(result.stdout).toContain('JEM: 182 agreements, 182 agencies, 32 states');
    expect(result.stdout).toContain('it is now the default participating list');

    const saved = path.join(dir, 'snapshots', 'participating-2026-05-18.json');
    expect(readdirSync(path.join(dir, 'snapshots'))).toEqual(['participating-2026-05-18.json']);
    const snapshot = await readSnapshot(saved);
    expect(snapshot).toMatchObject({
      format: 1,
      kind: 'participating',
      asOf: '2026-05-18',
      importedAt: '2026-11-28T12:00:00.000Z',
      source: {
        file: 'participating-2026-05-18.xlsx',
        sheet: 'Sheet1',
        format: 'xlsx',
        sha256: 'f2d0629e4a4c7f4557d90c74998be7fec37738cd2ca35de36b0b749ca25d04e0',
      },
      rows: { read: 1843, agreements: 1843, rejected: 0, duplicates: 0, blank: 10 },
    });
    expect(snapshot.agreements).toHaveLength(1843);
  });

  test('refuses a file that is not an ICE list with one message, leaving the existing snapshot as it was', async () => {
    const dir = copyOfShippedData();
    const before = readFolderBytes(dir);
    expect(Object.keys(before)).toContain(path.join('snapshots', 'participating-2026-05-18.json'));
    // Named like the newest list, so that a successful import would replace that snapshot.
    const input = path.join(tempDir(), 'participating-2026-05-18.csv');
    copyFileSync(path.join(FIXTURES, 'import', 'not-an-ice-list.csv'), input);

    const result = await runKit(['data', 'import', input, '--data-dir', dir]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectOneMessage(
      result.stderr,
      'participating-2026-05-18.csv',
      'not an ICE 287(g) participating list',
      'found: Name, Email, Phone, Shift',
    );
    expect(readFolderBytes(dir)).toEqual(before);
  });

  test('refuses a file whose name has no date unless --as-of gives it, writing nothing', async () => {
    const dir = tempDir();
    const input = path.join(tempDir(), 'participatingAgencies.csv');
    copyFileSync(iceFile('participating-2025-02-21.csv'), input);

    const result = await runKit(['data', 'import', input, '--data-dir', dir]);
    expect(result.code).toBe(2);
    expectOneMessage(result.stderr, 'participatingAgencies.csv', '--as-of');
    expect(existsSync(path.join(dir, 'snapshots'))).toBe(false);

    const dated = await runKit(['data', 'import', input, '--as-of', '2025-02-21', '--data-dir', dir]);
    expect(dated.code).toBe(0);
    expect(readdirSync(path.join(dir, 'snapshots'))).toEqual(['participating-2025-02-21.json']);
  });

  test('refuses a pending list imported without --pending, pointing at --pending', async () => {
    const dir = tempDir();
    const result = await runKit(['data', 'import', iceFile('pending-2026-02-27.xlsx'), '--data-dir', dir]);
    expect(result.code).toBe(2);
    expectOneMessage(result.stderr, 'pending-2026-02-27.xlsx', 'missing column SIGNED', '--pending');
    expect(existsSync(path.join(dir, 'snapshots'))).toBe(false);

    const pending = await runKit([
      'data',
      'import',
      iceFile('pending-2026-02-27.xlsx'),
      '--pending',
      '--data-dir',
      dir,
    ]);
    expect(pending.code).toBe(0);
    expect(pending.stdout).toContain('2 rows = 2 agreements + 0 rejected (69 blank rows skipped)');
    expect(readdirSync(path.join(dir, 'snapshots'))).toEqual(['pending-2026-02-27.json']);
  });

  test('refuses a list with too many unreadable rows and lists them', async () => {
    const dir = tempDir();
    const input = path.join(tempDir(), 'participating-2025-03-01.csv');
    copyFileSync(path.join(FIXTURES, 'import', 'unknown-values.csv'), input);
    const result = await runKit(['data', 'import', input, '--data-dir', dir]);
    expect(result.code).toBe(2);
    expectOneMessage(
      result.stderr,
      '2 of 4 rows could not be read',
      'participating-2025-03-01.csv:3:STATE',
      '"ATLANTIS"',
      'participating-2025-03-01.csv:4:SUPPORT TYPE',
    );
    expect(existsSync(path.join(dir, 'snapshots'))).toBe(false);
  });

  test('imports a small list with one unreadable row among readable ones, listing that row', async () => {
    const input = path.join(tempDir(), 'participating-2025-03-01.csv');
    writeFileSync(
      input,
      [
        'STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA',
        "TEXAS,Brazos County Sheriff's Office,County,Brazos County,Jail Enforcement Model,2025-02-20,link",
        "TEXAS,Tarrant County Sheriff's Office,County,Tarrant County,Task Force Model,2025-02-21,link",
        "ATLANTIS,Nowhere Sheriff's Office,County,,Task Force Model,2025-02-21,link",
        "TEXAS,Harris County Sheriff's Office,County,Harris County,Warrant Service Officer,2025-02-22,link",
        'TEXSA,Keller Police Department,Municipality,Tarrant County,Task Force Model,2025-02-23,link',
      ].join('\n'),
    );
    const dir = tempDir();
    const result = await runKit(['data', 'import', input, '--data-dir', dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('5 rows = 4 agreements + 1 rejected.');
    expect(result.stdout).toMatch(/^ {2}JEM: 1 agreement, 1 agency, 1 state$/m);
    expect(result.stdout).toMatch(/^ {2}TFM: 2 agreements, 2 agencies, 1 state$/m);
    expect(result.stderr).toContain('participating-2025-03-01.csv:4:STATE is not a US state or territory ("ATLANTIS")');
    expect(result.stderr).toContain(
      'participating-2025-03-01.csv:6:STATE read as Texas, the state name it is nearest to ("TEXSA")',
    );
    expect(existsSync(path.join(dir, 'snapshots', 'participating-2025-03-01.json'))).toBe(true);
  });

  test('a file that is not there is "no such file", even when its name has no date', async () => {
    const cwd = tempDir();
    const dir = tempDir();
    const result = await runKit(['data', 'import', 'nope.xlsx', '--data-dir', dir], { cwd });
    expect(result.code).toBe(2);
    expectOneMessage(result.stderr, 'no such file: nope.xlsx');
    expect(result.stderr).not.toContain('--as-of');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('counts a repeated row apart and prints the notes for it and for a misspelt state', async () => {
    const input = path.join(tempDir(), 'participating-2025-03-01.csv');
    writeFileSync(
      input,
      [
        'STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA',
        "TEXAS,Brazos County Sheriff's Office,County,Brazos County,Jail Enforcement Model,2025-02-20,link",
        "TEXAS,Brazos County Sheriff's Office,County,Brazos County,Jail Enforcement Model,2025-02-20,link",
        "OKLAHOMAA,Tulsa County Sheriff's Office,County,Tulsa County,Task Force Model,2025-02-21,link",
      ].join('\n'),
    );
    const dir = tempDir();
    const result = await runKit(['data', 'import', input, '--data-dir', dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('3 rows = 2 agreements + 0 rejected + 1 repeating an earlier row.');
    expect(result.stderr).toContain('Notes (rows kept):');
    expect(result.stderr).toContain(
      'participating-2025-03-01.csv:3:LAW ENFORCEMENT AGENCY row 3 repeats row 2 exactly; read as one agreement',
    );
    expect(result.stderr).toContain(
      'participating-2025-03-01.csv:4:STATE read as Oklahoma, the state name it is nearest to ("OKLAHOMAA")',
    );
    const saved = await readSnapshot(path.join(dir, 'snapshots', 'participating-2025-03-01.json'));
    expect(saved.agreements.map((agreement) => agreement.state)).toEqual(['TX', 'OK']);
  });

  test('importing an older list keeps the newest one as the default', async () => {
    const dir = copyOfShippedData();
    const result = await runKit(['data', 'import', iceFile('participating-2025-07-01.csv'), '--data-dir', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('744 rows = 744 agreements + 0 rejected');
    expect(result.stdout).toContain('the newer list of 2026-05-18 stays the default');
    // The one malformed date is reported, and the row kept.
    expect(result.stderr).toContain(
      'participating-2025-07-01.csv:698:SIGNED malformed date read as 2025-05-08 ("05/082025")',
    );
    expect(existsSync(path.join(dir, 'snapshots', 'participating-2025-07-01.json'))).toBe(true);

    const dataset = await loadDataset(dir);
    expect(dataset.participating.asOf).toBe('2026-05-18');
    expect(dataset.pending?.asOf).toBe('2026-02-27');
    const stats = await runKit(['data', 'stats', '--json', '--data-dir', dir]);
    const printed: Stats = JSON.parse(stats.stdout);
    expect(printed.snapshot.asOf).toBe('2026-05-18');
    // The older list can still be asked for by its date, with the pending list of its time.
    const older = await loadDataset(dir, '2025-07-01');
    expect(older.participating.rows.agreements).toBe(744);
    expect(older.pending).toBeNull();
  });
});

describe('kit data list', () => {
  test('lists every shipped snapshot with its date, kind and number of agreements', async () => {
    const dir = copyOfShippedData();
    const result = await runKit(['data', 'list', '--data-dir', dir]);
    expect(result.code).toBe(0);
    const shipped = readdirSync(path.join(dir, 'snapshots'))
      .map((name) => /^(participating|pending)-(\d{4}-\d{2}-\d{2})\.json$/.exec(name))
      .filter((match) => match !== null);
    expect(shipped.length).toBeGreaterThanOrEqual(2);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(shipped.length);
    for (const [, kind, date] of shipped)
      expect(lines.some((line) => line.startsWith(date!) && line.includes(kind!))).toBe(true);
    expect(lines).toContainEqual(
      expect.stringMatching(/^2026-05-18\s+participating\s+1843 agreements\s+participating-2026-05-18\.xlsx$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^2025-10-07\s+participating\s+1034 agreements/));
    // Oldest first.
    expect([...lines].sort()).toEqual(lines);
  });

  test('says so when nothing has been imported', async () => {
    const result = await runKit(['data', 'list', '--data-dir', tempDir()]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No lists imported yet');
  });
});

describe('kit data stats', () => {
  test('--json gives the counts of the newest shipped list, 2026-05-18', async () => {
    const result = await runKit(['data', 'stats', '--json', '--data-dir', copyOfShippedData()]);
    expect(result.code).toBe(0);
    const stats: Stats = JSON.parse(result.stdout);
    expect(stats.models).toEqual({
      JEM: { agreements: 182, agencies: 182, states: 32 },
      WSO: { agreements: 499, agencies: 499, states: 34 },
      TFM: { agreements: 1162, agencies: 1162, states: 34 },
    });
    expect(stats.total).toEqual({ agreements: 1843, agencies: 1551, states: 40 });
    expect(stats.snapshot).toMatchObject({ kind: 'participating', asOf: '2026-05-18' });
    expect(stats.byState).toBeUndefined();
  });

  test('--by-state breaks the counts down by state, Texas included', async () => {
    const result = await runKit(['data', 'stats', '--by-state', '--json', '--data-dir', copyOfShippedData()]);
    expect(result.code).toBe(0);
    const stats: Stats = JSON.parse(result.stdout);
    expect(Object.keys(stats.byState ?? {})).toContain('TX');
    expect(Object.keys(stats.byState ?? {})).toHaveLength(40);
    const texas = stats.byState!.TX!;
    expect(texas.total.agreements).toBe(
      texas.models.JEM.agreements + texas.models.WSO.agreements + texas.models.TFM.agreements,
    );
    expect(texas.total.states).toBe(1);
    const sum = Object.values(stats.byState!).reduce((total, state) => total + state.total.agreements, 0);
    expect(sum).toBe(1843);

    const table = await runKit(['data', 'stats', '--by-state', '--data-dir', copyOfShippedData()]);
    expect(table.stdout).toMatch(/^TX\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+$/m);
    expect(table.stdout).toMatch(/^Total\s+1843\s+1551\s+40$/m);
  });

  test('--snapshot picks an older list and --pending the pending list of its time', async () => {
    const dir = copyOfShippedData();
    const older: Stats = JSON.parse(
      (await runKit(['data', 'stats', '--snapshot', '2025-10-07', '--json', '--data-dir', dir])).stdout,
    );
    expect(older.snapshot.asOf).toBe('2025-10-07');
    expect(older.total.agreements).toBe(1034);
    const pending: Stats = JSON.parse(
      (await runKit(['data', 'stats', '--snapshot', '2025-10-07', '--pending', '--json', '--data-dir', dir])).stdout,
    );
    expect(pending.snapshot).toMatchObject({ kind: 'pending', asOf: '2025-10-07' });
    expect(pending.total.agreements).toBe(50);
  });

  test('--pending works with only pending lists imported: the newest, or the one current at --snapshot', async () => {
    const dir = tempDir();
    const write = (name: string, rows: string[]) => {
      const file = path.join(dir, name);
      writeFileSync(file, `STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE\n${rows.join('\n')}\n`);
      return file;
    };
    const older = write('pendingAgencies01052026am.csv', [
      "ARKANSAS,Franklin County Sheriff's Office,County,Franklin County,Task Force Model",
      "ARKANSAS,Franklin County Sheriff's Office,County,Franklin County,Warrant Service Officer",
      'TEXAS,Example Police Department,Municipality,Harris County,Task Force Model',
    ]);
    const newer = write('pendingAgencies02272026am.csv', [
      "GEORGIA,Hall County Sheriff's Office,County,Hall County,Jail Enforcement Model",
    ]);
    const data = path.join(dir, 'data');
    for (const file of [older, newer])
      expect((await runKit(['data', 'import', file, '--pending', '--data-dir', data])).code).toBe(0);

    const newest = await runKit(['data', 'stats', '--pending', '--json', '--data-dir', data]);
    expect(newest.code, newest.stderr).toBe(0);
    const stats: Stats = JSON.parse(newest.stdout);
    expect(stats.snapshot).toMatchObject({
      kind: 'pending',
      asOf: '2026-02-27',
      source: 'pendingAgencies02272026am.csv',
    });
    expect(stats.total).toEqual({ agreements: 1, agencies: 1, states: 1 });

    const then = await runKit(['data', 'stats', '--pending', '--snapshot', '2026-02-01', '--data-dir', data]);
    expect(then.code, then.stderr).toBe(0);
    expect(then.stdout).toContain('ICE pending list as of 2026-01-05 (pendingAgencies01052026am.csv)');
    expect(then.stdout).toMatch(/^Total\s+3\s+2\s+2$/m);

    const before = await runKit(['data', 'stats', '--pending', '--snapshot', '2025-12-31', '--data-dir', data]);
    expect(before.code).toBe(2);
    expectOneMessage(before.stderr, 'no pending list dated on or before 2025-12-31', '2026-01-05, 2026-02-27');

    // Without --pending the participating list is still what stats counts, and there is none.
    const participating = await runKit(['data', 'stats', '--data-dir', data]);
    expect(participating.code).toBe(2);
    expectOneMessage(
      participating.stderr,
      'Only a pending list has been imported',
      '2026-01-05, 2026-02-27',
      'no participating list',
      '`kit data stats --pending`',
    );
  });

  test('--pending with no pending list at all exits 2 saying how to import one', async () => {
    const result = await runKit(['data', 'stats', '--pending', '--data-dir', tempDir()]);
    expect(result.code).toBe(2);
    expectOneMessage(result.stderr, 'No pending list has been imported', 'kit data import FILE --pending');
  });

  test('an unknown snapshot date exits 2 and lists the dates there are', async () => {
    const result = await runKit(['data', 'stats', '--snapshot', '2024-01-01', '--data-dir', copyOfShippedData()]);
    expect(result.code).toBe(2);
    expectOneMessage(result.stderr, '2024-01-01', '2026-05-18');
  });
});

describe('kit data diff', () => {
  test('--json between the two shipped lists reports the Somervell rename', async () => {
    const result = await runKit([
      'data',
      'diff',
      '2025-10-07',
      '2026-05-18',
      '--json',
      '--data-dir',
      copyOfShippedData(),
    ]);
    expect(result.code).toBe(0);
    const diff: Diff = JSON.parse(result.stdout);
    expect([diff.from, diff.to]).toEqual(['2025-10-07', '2026-05-18']);
    expect(diff.renamed).toContainEqual({
      state: 'TX',
      from: "Somervill County Sheriff's Office",
      to: "Somervell County Sheriff's Office",
      models: ['WSO'],
    });
    expect(diff.summary).toMatchObject({
      agreementsBefore: 1034,
      agreementsAfter: 1843,
      renamed: diff.renamed.length,
      agenciesAdded: diff.added.length,
    });
  });

  test('--region tx/harris-county narrows the diff to what reaches Harris County', async () => {
    const dir = copyOfShippedData();
    const full: Diff = JSON.parse(
      (await runKit(['data', 'diff', '2025-10-07', '2026-05-18', '--json', '--data-dir', dir])).stdout,
    );
    const result = await runKit([
      'data',
      'diff',
      '2025-10-07',
      '2026-05-18',
      '--region',
      'tx/harris-county',
      '--json',
      '--data-dir',
      dir,
    ]);
    expect(result.code).toBe(0);
    const local: Diff = JSON.parse(result.stdout);

    const everyone = [
      ...local.added,
      ...local.removed,
      ...local.modelsAdded,
      ...local.modelsDropped,
      ...local.dateChanges,
      ...local.renamed,
    ];
    expect(everyone.length).toBeGreaterThan(0);
    expect(everyone.filter((entry) => entry.state !== 'TX')).toEqual([]);
    expect(local.summary.agreementsAfter).toBeLessThan(50);
    expect(local.summary.agreementsAfter).toBeLessThan(full.summary.agreementsAfter);
    // Southside Place is a city inside Harris County; Somervell County is far away.
    expect(local.added.map((agency) => agency.name)).toContain('Southside Place Police Department');
    expect(local.renamed).toEqual([]);
    // Nothing appears that the whole-list diff does not show.
    const fullAdded = new Set(full.added.map((agency) => `${agency.state}:${agency.name}`));
    expect(local.added.filter((agency) => !fullAdded.has(`${agency.state}:${agency.name}`))).toEqual([]);
  });

  test('compares an ICE file with an imported list', async () => {
    const result = await runKit([
      'data',
      'diff',
      iceFile('participating-2025-07-01.csv'),
      '2025-10-07',
      '--json',
      '--data-dir',
      copyOfShippedData(),
    ]);
    expect(result.code).toBe(0);
    const diff: Diff = JSON.parse(result.stdout);
    expect(diff.from).toBe('2025-07-01');
    expect(diff.renamed).toContainEqual({
      state: 'FL',
      from: 'Ft. Myers Police Department',
      to: 'Fort Myers Police Department',
      models: ['TFM'],
    });
  });

  test('a date that was never imported exits 2 naming the date', async () => {
    const result = await runKit(['data', 'diff', '2024-01-01', '2026-05-18', '--data-dir', copyOfShippedData()]);
    expect(result.code).toBe(2);
    expectOneMessage(result.stderr, '2024-01-01');
  });
});
