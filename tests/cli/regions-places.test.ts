import { describe, expect, it } from 'vitest';
import { runKit } from '../helpers.ts';

/** The lines of `kit regions` output as [id, label, name], its columns split at runs of two or more spaces. */
const columns = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => line.split(/ {2,}/));

describe('kit regions, finding a city or town by its name', () => {
  it('offers Harris County first for "Houston", labelled as the city in it, then counties named Houston', async () => {
    const result = await runKit(['regions', 'Houston']);
    expect(result.code).toBe(0);
    const lines = columns(result.stdout);
    expect(lines[0]).toEqual(['tx/harris-county', 'city in Harris County', 'Houston, Texas']);
    expect(lines).toContainEqual(['tx/houston-county', 'county', 'Houston County, Texas']);
    expect(lines).toContainEqual(['mo/texas-county', 'city in Texas County', 'Houston, Missouri']);
  });

  it('prefers Texas for "houston police" when the query or --state says so', async () => {
    for (const argv of [
      ['regions', 'houston police', '--state', 'tx'],
      ['regions', 'houston', 'police', 'tx'],
      ['regions', 'houston police, Texas'],
    ]) {
      const result = await runKit(argv);
      expect(result.code, argv.join(' ')).toBe(0);
      expect(columns(result.stdout)[0], argv.join(' ')).toEqual([
        'tx/harris-county',
        'city in Harris County',
        'Houston, Texas',
      ]);
    }
    // Without a state, ICE's Houston Police Department (Missouri's) comes first and Houston, Texas, next.
    const anywhere = columns((await runKit(['regions', 'houston police'])).stdout);
    expect(anywhere.slice(0, 2).map(([id]) => id)).toEqual(['mo/agency/houston-police-department', 'tx/harris-county']);
  });

  it('lists a city that shares its name with counties, and the counties, each labelled', async () => {
    const lines = columns((await runKit(['regions', 'Orange'])).stdout);
    expect(lines).toContainEqual(['ca/orange-county', 'county', 'Orange County, California']);
    expect(lines).toContainEqual(['ca/orange-county', 'city in Orange County', 'Orange, California']);
    expect(lines).toContainEqual(['fl/orange-county', 'county', 'Orange County, Florida']);
    expect(lines).toContainEqual(['tx/orange-county', 'city in Orange County', 'Orange, Texas']);
    expect(lines).toContainEqual(['nj/essex-county', 'city in Essex County', 'Orange, New Jersey']);
    expect(lines).toContainEqual([
      'fl/agency/orange-county-sheriffs-office',
      'agency',
      "Orange County Sheriff's Office, Florida",
    ]);
  });

  it('gives the place a match stands for in --json', async () => {
    const [first] = JSON.parse((await runKit(['regions', 'fort worth', '--json'])).stdout);
    expect(first).toEqual({
      id: 'tx/tarrant-county',
      kind: 'county',
      name: 'Tarrant County, Texas',
      state: 'TX',
      score: expect.any(Number),
      place: { name: 'Fort Worth', state: 'TX', county: '48439', population: expect.any(Number), seat: true },
    });
    expect(first.place.population).toBeGreaterThan(800_000);
  });
});
