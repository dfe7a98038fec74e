// The app's interface strings come from the `app:` sections of the curriculum's language files: Spanish where it has
// a string, English where it does not.

import { describe, expect, it } from 'vitest';
import { loadAppStrings, pickAppLanguage } from '../../generator/app/routes/ui.ts';
import { copyCurriculum, setAppSection } from '../content/curriculum-copy.ts';

describe('the app strings', () => {
  it('gives each English key, in Spanish where the Spanish file has it', async () => {
    const dir = copyCurriculum();
    setAppSection(dir, 'en', 'app:\n  appTitle: "Workshop kit"\n  searchLabel: "Search for your area"\n');
    setAppSection(dir, 'es', 'app:\n  appTitle: "Kit de talleres"\n');
    expect(await loadAppStrings('es', dir)).toEqual({
      appTitle: 'Kit de talleres',
      searchLabel: 'Search for your area',
    });
    expect(await loadAppStrings('en', dir)).toEqual({ appTitle: 'Workshop kit', searchLabel: 'Search for your area' });
  });

  it('takes en or es, en when none is asked for, and refuses another (400)', () => {
    expect(pickAppLanguage(undefined)).toBe('en');
    expect(pickAppLanguage('es')).toBe('es');
    expect(() => pickAppLanguage('fr')).toThrow('lang=fr: the app speaks en and es.');
  });
});
