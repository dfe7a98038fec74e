// The data and curriculum a batch worker loads once: builds from them match builds that load their own, and a
// build whose config names another list does not use them.

import { describe, expect, it } from 'vitest';
import { prepareWorkshop } from '../../generator/workshop/prepare.ts';
import { loadWorkshopSources, sourcesMatch } from '../../generator/workshop/sources.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { SHIPPED_DATA } from '../helpers.ts';

const configFor = (raw: Record<string, unknown>) => validateConfig({ languages: ['en', 'es'], ...raw }, null).config;

describe('sources loaded once', () => {
  it('give the same content as a build that loads its own, for several regions in a row', async () => {
    const sources = await loadWorkshopSources({ dataDir: SHIPPED_DATA, snapshot: null });
    for (const region of ['tx/tarrant-county', 'fl/leon-county', 'nh']) {
      const config = configFor({ region });
      const shared = await prepareWorkshop({ dataDir: SHIPPED_DATA, config, today: '2026-11-28', sources });
      const own = await prepareWorkshop({ dataDir: SHIPPED_DATA, config, today: '2026-11-28' });
      expect(shared.data).toBe(sources.data);
      expect(own.data).not.toBe(sources.data);
      expect(JSON.stringify(shared.contents)).toBe(JSON.stringify(own.contents));
      expect(shared.maps).toEqual(own.maps);
    }
  }, 60_000);

  it('are not used for a config that names another list: that build loads the list it names', async () => {
    const sources = await loadWorkshopSources({ dataDir: SHIPPED_DATA, snapshot: null });
    expect(sources.data.dataset.participating.asOf).toBe('2026-05-18');
    const config = configFor({ region: 'tx/tarrant-county', data: { snapshot: '2025-10-07' } });
    expect(sourcesMatch(sources, { dataDir: SHIPPED_DATA, snapshot: config.snapshot })).toBe(false);
    const prepared = await prepareWorkshop({ dataDir: SHIPPED_DATA, config, today: '2026-11-28', sources });
    expect(prepared.summary.data.asOf).toBe('2025-10-07');
    expect(prepared.data).not.toBe(sources.data);
  }, 60_000);
});
