// What the region map shows: for the region's state, the models local agencies hold in each county (an agency that
// serves several counties colors each of them), the region's counties outlined, and the models of the state's own
// agencies split by where they work; then the same with the map's words in one language.

import { fillTemplate } from '../content/view.ts';
import type { Model } from '../data/types.ts';
import { countyByFips } from '../geo/counties.ts';
import { STATES } from '../data/states.ts';
import type { Agency } from '../regions/agencies.ts';
import type { Region } from '../regions/catalog.ts';
import { MODEL_REACH } from '../data/types.ts';
import type { MapFacts, MapInput } from './model.ts';

const ORDER: Model[] = ['JEM', 'WSO', 'TFM'];

/**
 * The map's facts for `region`: its state (the region's, or its first county's), the local models per county FIPS
 * from `agencies` with a signed agreement in that state, the region's counties of that state to outline (none for a
 * state region) and the statewide models by reach. Null when the region has neither a state nor a county.
 */
export function buildMapFacts(region: Region, agencies: Agency[]): MapFacts | null {
  const state = region.state ?? countyByFips(region.counties[0] ?? '')?.state ?? null;
  if (!state) return null;
  const counties: Record<string, Set<Model>> = {};
  const statewide = new Set<Model>();
  for (const agency of agencies) {
    if (agency.state !== state || agency.agreements.length === 0) continue;
    if (agency.placement.reach === 'state') agency.agreements.forEach((agreement) => statewide.add(agreement.model));
    if (agency.placement.reach === 'county') {
      for (const fips of agency.placement.counties) {
        const models = (counties[fips] ??= new Set());
        agency.agreements.forEach((agreement) => models.add(agreement.model));
      }
    }
  }
  const sorted = (models: Set<Model>) => ORDER.filter((model) => models.has(model));
  const stateFips = STATES.find((candidate) => candidate.code === state)!.fips;
  const statewideModels = sorted(statewide);
  return {
    state,
    counties: Object.fromEntries(Object.entries(counties).map(([fips, models]) => [fips, sorted(models)])),
    highlight: region.kind === 'state' ? [] : region.counties.filter((fips) => fips.startsWith(stateFips)),
    statewide: {
      field: statewideModels.filter((model) => MODEL_REACH[model] === 'field'),
      jail: statewideModels.filter((model) => MODEL_REACH[model] === 'jail'),
    },
  };
}

/** The map of `facts` with its words from the language's ui strings (`ui`: key -> text), English for a missing one. */
export function buildMapInput(facts: MapFacts, ui: Record<string, string>): MapInput {
  const modelName = (model: Model) => ui[`model${model}`] ?? model;
  const stateName = STATES.find((candidate) => candidate.code === facts.state)?.name ?? facts.state;
  const fill = (key: string, vars: Record<string, string>) => fillTemplate(ui[key] ?? key, vars);
  const statewide = facts.statewide.field.length + facts.statewide.jail.length > 0;
  return {
    ...facts,
    labels: {
      title: fill('mapTitle', { state: stateName }),
      legendNone: ui.mapNone ?? 'No local agreement',
      legendModels: { JEM: modelName('JEM'), WSO: modelName('WSO'), TFM: modelName('TFM') },
      legendSeveral: ui.mapSeveral ?? 'Several models',
      legendRegion: ui.mapRegion ?? 'Workshop area',
      legendMarker: ui.mapMarker ?? 'Dot: a county too small to see, in its color',
      legendStatewide: statewide ? (ui.mapStatewide ?? 'State agencies (not colored):') : null,
      legendField: ui.mapStatewideField ?? 'on the street, in every county',
      legendJail: ui.mapStatewideJail ?? 'only inside their own prisons or jails',
    },
  };
}
