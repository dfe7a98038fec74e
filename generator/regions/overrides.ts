// Reads the placement table (places.csv): the counties an agency serves when ICE's list cannot say, one row per
// agency. The kit ships one in data/ (regional agencies, campuses, airports, places the gazetteer lacks, each with its
// source); a data folder of the trainer's own may add a places.csv whose rows win over the kit's.
// Columns: STATE, LAW ENFORCEMENT AGENCY, COUNTIES (names separated by ";", or STATEWIDE), SOURCE, NOTE.
// An older file's COUNTY column is read as COUNTIES.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { normalizeKey } from '../data/normalize.ts';
import { KitError, type Problem } from '../errors.ts';
import { findCounty } from '../geo/counties.ts';
import { findState } from '../data/states.ts';
import { DEFAULT_DATA_DIR } from '../paths.ts';
import type { PlaceOverride } from './agencies.ts';

export const OVERRIDES_FILE = 'places.csv';
const HEADER = 'STATE,LAW ENFORCEMENT AGENCY,COUNTIES,SOURCE,NOTE';

/** The kit's own table, read on every build whatever the data folder. */
export const KIT_PLACES_FILE = path.join(DEFAULT_DATA_DIR, OVERRIDES_FILE);

/**
 * The rows of a places.csv text, keyed `${state}:${agency key}`, and a problem for each row that names no state, no
 * agency or a county the state does not have. `file` is only used in the problems.
 */
export function parseOverrides(
  text: string,
  file: string,
): { overrides: Map<string, PlaceOverride>; problems: Problem[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toUpperCase(),
  });
  const overrides = new Map<string, PlaceOverride>();
  const problems: Problem[] = [];
  const fields = parsed.meta.fields ?? [];
  const countiesColumn = fields.includes('COUNTIES') ? 'COUNTIES' : 'COUNTY';
  const missing = ['STATE', 'LAW ENFORCEMENT AGENCY', countiesColumn].filter((column) => !fields.includes(column));
  if (parsed.data.length > 0 && missing.length > 0) {
    problems.push({
      file,
      row: 1,
      column: missing[0]!,
      value: fields.join(','),
      message: `the header lacks ${missing.join(', ')}; the first line must be ${HEADER}`,
    });
    return { overrides, problems };
  }
  const firstRow = new Map<string, number>();
  parsed.data.forEach((row, index) => {
    const line = index + 2;
    const state = findState(row.STATE ?? '');
    const agency = (row['LAW ENFORCEMENT AGENCY'] ?? '').trim();
    const countiesText = (row[countiesColumn] ?? '').trim();
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
    let counties: string[] | 'statewide';
    if (/^statewide$/i.test(countiesText)) {
      counties = 'statewide';
    } else {
      const names = countiesText
        .split(';')
        .map((name) => name.trim())
        .filter(Boolean);
      const found = names.map((name) => ({ name, county: findCounty(state.code, name) }));
      const wrong = found.find((entry) => !entry.county);
      if (names.length === 0 || wrong)
        return void problems.push({
          file,
          row: line,
          column: countiesColumn,
          value: wrong?.name ?? countiesText,
          message:
            `not a county of ${state.name}; write county names separated by ";" ` +
            `(e.g. "Lee County; Collier County") or STATEWIDE`,
        });
      counties = [...new Set(found.map((entry) => entry.county!.fips))];
    }
    const key = `${state.code}:${normalizeKey(agency)}`;
    const earlier = firstRow.get(key);
    if (earlier)
      return void problems.push({
        file,
        row: line,
        column: 'LAW ENFORCEMENT AGENCY',
        value: agency,
        message: `is also on row ${earlier}; keep one row per agency`,
      });
    firstRow.set(key, line);
    overrides.set(key, {
      state: state.code,
      agencyKey: normalizeKey(agency),
      counties,
      source: (row.SOURCE ?? '').trim() || null,
      file,
    });
  });
  return { overrides, problems };
}

async function readTable(file: string): Promise<Map<string, PlaceOverride>> {
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
      `${file}: ${problems.length} placement row${problems.length === 1 ? ' is' : 's are'} wrong.`,
      {
        problems,
        hint: 'Fix or delete those rows; the file is read on every build.',
      },
    );
  }
  return overrides;
}

/**
 * The placement table for `dataDir`: the kit's data/places.csv, then `dataDir`'s own places.csv (when it is another
 * folder), whose rows win. A missing file adds nothing. Throws KitError 'bad-input' naming each wrong row.
 */
export async function loadOverrides(dataDir: string): Promise<Map<string, PlaceOverride>> {
  const own = path.resolve(dataDir, OVERRIDES_FILE);
  const kit = await readTable(KIT_PLACES_FILE);
  if (own === path.resolve(KIT_PLACES_FILE)) return kit;
  return new Map([...kit, ...(await readTable(own))]);
}
