// Reads the editable placement overrides (<data-dir>/places.csv): agencies the gazetteer cannot place,
// or whose COUNTY in ICE's list is wrong. Columns: STATE, LAW ENFORCEMENT AGENCY, COUNTY, NOTE.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { normalizeKey } from '../data/normalize.ts';
import { KitError, type Problem } from '../errors.ts';
import { findCounty } from '../geo/counties.ts';
import { findState } from '../data/states.ts';
import type { PlaceOverride } from './agencies.ts';

export const OVERRIDES_FILE = 'places.csv';

export function parseOverrides(
  text: string,
  file: string,
): { overrides: Map<string, PlaceOverride>; problems: Problem[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const overrides = new Map<string, PlaceOverride>();
  const problems: Problem[] = [];
  parsed.data.forEach((row, index) => {
    const line = index + 2;
    const state = findState(row.STATE ?? '');
    const agency = (row['LAW ENFORCEMENT AGENCY'] ?? '').trim();
    const countyText = (row.COUNTY ?? '').trim();
    if (!state)
      return void problems.push({
        file,
        row: line,
        column: 'STATE',
        value: row.STATE ?? '',
        message: 'not a US state or territory',
      });
    if (!agency)
      return void problems.push({ file, row: line, column: 'LAW ENFORCEMENT AGENCY', value: '', message: 'is empty' });
    let county: string; // FIPS or 'statewide'
    if (/^statewide$/i.test(countyText)) {
      county = 'statewide';
    } else {
      const found = findCounty(state.code, countyText);
      if (!found)
        return void problems.push({
          file,
          row: line,
          column: 'COUNTY',
          value: countyText,
          message: `not a county of ${state.name}; write its name (e.g. "Lee County") or STATEWIDE`,
        });
      county = found.fips;
    }
    overrides.set(`${state.code}:${normalizeKey(agency)}`, {
      state: state.code,
      agencyKey: normalizeKey(agency),
      county,
    });
  });
  return { overrides, problems };
}

/** The overrides in `dataDir`, or none when the file does not exist. */
export async function loadOverrides(dataDir: string): Promise<Map<string, PlaceOverride>> {
  const file = path.join(dataDir, OVERRIDES_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return new Map();
  }
  const { overrides, problems } = parseOverrides(text, file);
  if (problems.length > 0) {
    throw new KitError(
      'bad-input',
      `${file}: ${problems.length} placement override${problems.length === 1 ? ' is' : 's are'} wrong.`,
      {
        problems,
        hint: 'Fix or delete those rows; the file is read on every build.',
      },
    );
  }
  return overrides;
}
