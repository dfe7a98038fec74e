// The data folder's regions, loaded once and shared by the app's routes; loaded again after an import.

import { loadRegionData, type RegionData } from '../regions/load.ts';

export interface RegionDataCache {
  /** The data folder's dataset, agencies and catalog (loaded on first use). Rejects with the kit's error. */
  get(): Promise<RegionData>;
  /** Forgets what was loaded: the next get() reads the data folder again (after an import or update). */
  reload(): void;
}

export function createRegionDataCache(dataDir: string): RegionDataCache {
  let loading: Promise<RegionData> | null = null;
  return {
    get() {
      loading ??= loadRegionData(dataDir).catch((error: unknown) => {
        loading = null;
        throw error;
      });
      return loading;
    },
    reload() {
      loading = null;
    },
  };
}
