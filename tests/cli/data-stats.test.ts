// `kit data stats` ends with how the list's agencies were placed: the unplaced ones with why, and regional-looking
// ones that data/places.csv lacks; a data folder's own places.csv adds rows and is checked like the kit's.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKit, tempDir } from '../helpers.ts';

const HEADER = 'STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA,ADDENDUM,MOA_URL,ADDENDUM_URL';

/** A data folder holding one imported list made of these rows. */
async function dataFolder(rows: string[]): Promise<string> {
  const dir = tempDir();
  const file = path.join(dir, 'participatingAgencies05182026am.csv');
  writeFileSync(file, [HEADER, ...rows].join('\n'));
  const imported = await runKit(['data', 'import', file, '--data-dir', path.join(dir, 'data')]);
  expect(imported.code, imported.stderr).toBe(0);
  return path.join(dir, 'data');
}

describe('kit data stats: placement', () => {
  it('prints no unplaced agency for the shipped 2026-05-18 list, and the counts', async () => {
    const result = await runKit(['data', 'stats']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Agencies: 1551; statewide \d+, in counties \d+, unplaced 0\./);
    const json = await runKit(['data', 'stats', '--json']);
    const parsed: unknown = JSON.parse(json.stdout);
    expect(parsed).toMatchObject({ placement: { agencies: 1551, unplaced: [], regionalNotInTable: [] } });
  });

  it('lists an agency no source can place, with the reason, and one that looks regional', async () => {
    const dir = await dataFolder([
      'FLORIDA,Zzyzx Springs Police Department,Municipal,#N/A,Task Force Model,2025-09-22,link,,,',
      'TEXAS,Tri-County Regional Narcotics Unit,County,Hays County,Task Force Model,2025-09-22,link,,,',
    ]);
    const result = await runKit(['data', 'stats', '--data-dir', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('unplaced 1.');
    expect(result.stdout).toContain(
      'FL  Zzyzx Springs Police Department: no single place "Zzyzx Springs" in the gazetteer',
    );
    expect(result.stdout).toContain('TX  Tri-County Regional Narcotics Unit: Hays County');
  });

  it("places from a data folder's own places.csv, and names a wrong row's file, row and county", async () => {
    const dir = await dataFolder(['FLORIDA,Zzyzx Springs Police Department,Municipal,#N/A,Task Force Model,,,,,']);
    writeFileSync(
      path.join(dir, 'places.csv'),
      'STATE,LAW ENFORCEMENT AGENCY,COUNTIES,SOURCE\nFL,Zzyzx Springs Police Department,Lee County; Collier County,x\n',
    );
    expect((await runKit(['data', 'stats', '--data-dir', dir])).stdout).toContain('unplaced 0.');
    writeFileSync(
      path.join(dir, 'places.csv'),
      'STATE,LAW ENFORCEMENT AGENCY,COUNTIES,SOURCE\nFL,Zzyzx Springs Police Department,Lee County; Narnia County,x\n',
    );
    const wrong = await runKit(['data', 'stats', '--data-dir', dir]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('places.csv');
    expect(wrong.stderr).toMatch(/places.csv:2:COUNTIES not a county of Florida.*"Narnia County"/);
  });

  it('refuses a places.csv lacking a column or naming an agency twice; lists rows that match no agency', async () => {
    const dir = await dataFolder(['FLORIDA,Zzyzx Springs Police Department,Municipal,#N/A,Task Force Model,,,,,']);
    const places = path.join(dir, 'places.csv');
    writeFileSync(places, 'STATE,AGENCY,COUNTIES\nFL,Zzyzx Springs Police Department,Lee County\n');
    const header = await runKit(['data', 'stats', '--data-dir', dir]);
    expect(header.code).toBe(2);
    expect(header.stderr).toContain('places.csv:1:LAW ENFORCEMENT AGENCY the header lacks LAW ENFORCEMENT AGENCY');
    writeFileSync(
      places,
      'state,law enforcement agency,counties\nFL,Zzyzx Springs Police Department,Lee County\n' +
        'FL,Zzyzx Springs Police Department,Collier County\n',
    );
    const twice = await runKit(['data', 'stats', '--data-dir', dir]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('places.csv:3:LAW ENFORCEMENT AGENCY is also on row 2; keep one row per agency');
    writeFileSync(places, 'STATE,LAW ENFORCEMENT AGENCY,COUNTIES\nFL,Zzyzx Spring Police Dept,Lee County\n');
    const unused = await runKit(['data', 'stats', '--data-dir', dir]);
    expect(unused.code).toBe(0);
    expect(unused.stdout).toContain('Rows of places.csv that match no agency of this list');
    expect(unused.stdout).toContain('FL:zzyzx spring police dept');
  });
});
