import { describe, expect, it } from 'vitest';
import { buildPlaceIndex, countyOfPlace, loadPlaceIndex, readGazetteer } from '../../generator/geo/gazetteer.ts';

describe('the place-name gazetteer', () => {
  it('kept in the cache holds exactly what reading the whole gazetteer gives', () => {
    const fresh = buildPlaceIndex(readGazetteer());
    const loaded = loadPlaceIndex();
    expect([...loaded.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [state, places] of fresh) {
      const other = loaded.get(state)!;
      expect(other.size, state).toBe(places.size);
      for (const [key, counties] of places)
        expect([...other.get(key)!].sort(), `${state} ${key}`).toEqual([...counties].sort());
    }
  });

  it('places a town in its county and leaves a name two counties share unplaced', () => {
    expect(countyOfPlace('FL', 'Fort Myers')).toBe('12071');
    expect(countyOfPlace('FL', 'Ft. Myers')).toBe('12071');
    const index = buildPlaceIndex([
      { name: 'Springfield', country: 'US', admin1: 'IL', admin2: '167' },
      { name: 'Springfield', country: 'US', admin1: 'IL', admin2: '001' },
      { name: 'Paris', country: 'FR', admin1: '11', admin2: '75' },
    ]);
    expect([...index.get('IL')!.get('springfield')!].sort()).toEqual(['17001', '17167']);
    expect(index.has('11')).toBe(false);
  });
});
