// Loads what region work needs from a data folder: the dataset, its agencies placed, and the catalog.

import { loadDataset } from '../data/store.ts';
import type { Dataset } from '../data/types.ts';
import { buildAgencies, type Agency, type PlaceOverride } from './agencies.ts';
import { buildCatalog, type Region } from './catalog.ts';
import { loadOverrides } from './overrides.ts';

export interface RegionData {
  dataset: Dataset;
  agencies: Agency[];
  catalog: Region[];
  overrides: Map<string, PlaceOverride>; // from <data-dir>/places.csv, for placing other snapshots alike
}

export async function loadRegionData(dataDir: string, asOf?: string | null): Promise<RegionData> {
  const [dataset, overrides] = await Promise.all([loadDataset(dataDir, asOf ?? undefined), loadOverrides(dataDir)]);
  const agencies = buildAgencies(dataset, overrides);
  return { dataset, agencies, catalog: buildCatalog(agencies), overrides };
}
