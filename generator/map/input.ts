// What the region map shows: for the region's state, the models local agencies hold in each county,
// the region's counties outlined, and the models of the state's own agencies.

import { fillTemplate } from '../content/view.ts';
import type { Model } from '../data/types.ts';
import { countyByFips } from '../geo/counties.ts';
import { STATES } from '../data/states.ts';
import type { Agency } from '../regions/agencies.ts';
import type { Region } from '../regions/catalog.ts';
import type { MapInput } from './model.ts';

const ORDER: Model[] = ['JEM', 'WSO', 'TFM'];

export function buildMapInput(region: Region, agencies: Agency[], ui: Record<string, string>): MapInput | null {
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
  const modelName = (model: Model) => ui[`model${model}`] ?? model;
  const stateName = STATES.find((candidate) => candidate.code === state)?.name ?? state;
  const fill = (key: string, vars: Record<string, string>) => fillTemplate(ui[key] ?? key, vars);
  return {
    state,
    counties: Object.fromEntries(Object.entries(counties).map(([fips, models]) => [fips, sorted(models)])),
    highlight:
      region.kind === 'state'
        ? []
        : region.counties.filter((fips) => fips.startsWith(STATES.find((candidate) => candidate.code === state)!.fips)),
    statewide: sorted(statewide),
    labels: {
      title: fill('mapTitle', { state: stateName }),
      legendNone: ui.mapNone ?? 'No local agreement',
      legendModels: { JEM: modelName('JEM'), WSO: modelName('WSO'), TFM: modelName('TFM') },
      legendSeveral: ui.mapSeveral ?? 'Several models',
      legendRegion: ui.mapRegion ?? 'Workshop area',
      legendStatewide: statewide.size ? (ui.mapStatewide ?? 'State agencies, statewide:') : null,
    },
  };
}
