// The rows of ICE's own list, read here with papaparse from the CSV copies of the workbooks, so that tests can
// take their expected agencies from ICE's file rather than from the kit's summary of it.

import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { iceFile } from './helpers.ts';

export interface IceRow {
  state: string; // as ICE writes it: "TEXAS"
  agency: string; // trimmed: ICE's cells often end in a space
  type: string; // "County", "Municipality", "State Agency"
  county: string;
  model: string; // "Jail Enforcement Model", "Warrant Service Officer", "Task Force Model"
  signed: string; // as written: ISO dates in the 2026-05-18 list
}

/** Every data row of one of the CSVs in ../shared/data/ice-287g (default: the newest participating list). */
export function readIceRows(name = 'participating-2026-05-18.csv'): IceRow[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(iceFile(name), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data.map((row) => ({
    state: (row.STATE ?? '').trim(),
    agency: (row['LAW ENFORCEMENT AGENCY'] ?? '').trim(),
    type: (row.TYPE ?? '').trim(),
    county: (row.COUNTY ?? '').trim(),
    model: (row['SUPPORT TYPE'] ?? '').trim(),
    signed: (row.SIGNED ?? '').trim(),
  }));
}

/**
 * The rows that certainly reach a region: the state's own agencies and agencies in its counties (all of a state's rows
 * when counties is null).
 */
export function rowsReaching(state: string, counties: string[] | null, rows = readIceRows()): IceRow[] {
  return rows.filter(
    (row) => row.state === state && (counties === null || row.type === 'State Agency' || counties.includes(row.county)),
  );
}
