// Chooses the regions of a batch from the catalog: pure, so the county rule can be tested alone.

import { KitError } from '../errors.ts';
import { STATES } from '../data/states.ts';
import type { Agency } from '../regions/agencies.ts';
import type { Region } from '../regions/catalog.ts';

export interface BatchPlanOptions {
  states: 'all' | string[]; // USPS codes, upper case
  counties: boolean; // add the counties of those states that an agreement reaches
  statewideCounties: boolean; // with counties: also every county of a state with a statewide agreement
}

/** Reads `--states all|TX,FL`: 'all' or USPS codes, upper case; unknown codes are a usage error. */
export function parseStates(value: string): 'all' | string[] {
  if (value.trim().toLowerCase() === 'all') return 'all';
  const codes = [
    ...new Set(
      value
        .split(',')
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
  const known = new Set(STATES.map((state) => state.code));
  const unknown = codes.filter((code) => !known.has(code));
  if (codes.length === 0 || unknown.length > 0) {
    const problem = unknown.length
      ? `unknown state code${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}`
      : 'no state given';
    throw new KitError('usage', `--states ${value}: ${problem}.`, {
      hint: 'Use USPS codes separated by commas (--states TX,FL,GU) or --states all.',
    });
  }
  return codes;
}

/**
 * The regions to build, in catalog order (each state followed by its counties).
 *
 * A county is included when an agency with a signed agreement is placed in it. A statewide agreement
 * (a state agency) reaches every county too, but it says the same thing in each of them, and the state's
 * own workshop covers it; those counties are only added with `statewideCounties`. Agencies that could
 * not be placed in a county add no county (they show up in the state's summary).
 */
export function planBatch(catalog: Region[], agencies: Agency[], options: BatchPlanOptions): Region[] {
  const signed = agencies.filter((agency) => agency.agreements.length > 0);
  const states = new Set(options.states === 'all' ? signed.map((agency) => agency.state) : options.states);
  const localCounties = new Set(
    signed.flatMap((agency) => (agency.placement.reach === 'county' ? agency.placement.counties : [])),
  );
  const statewideStates = new Set(
    signed.filter((agency) => agency.placement.reach === 'state').map((agency) => agency.state),
  );
  return catalog.filter((region) => {
    if (!region.state || !states.has(region.state)) return false;
    if (region.kind === 'state') return true;
    if (region.kind !== 'county' || !options.counties) return false;
    return localCounties.has(region.counties[0]!) || (options.statewideCounties && statewideStates.has(region.state));
  });
}
