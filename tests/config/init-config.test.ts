// The example config with its region set: only the region line changes, and what is written is always one YAML line.

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { setExampleRegion } from '../../generator/config/init-config.ts';
import { expectKitError } from '../helpers.ts';

const EXAMPLE = [
  '# Where the workshop is for.',
  'region: tx/tarrant-county',
  '',
  '# Or, instead of region:',
  '# custom_region:',
  'languages: [en, es]',
  '',
].join('\n');

describe('setExampleRegion', () => {
  it('sets the region line and names the region in a comment, leaving every other line as it was', () => {
    const text = setExampleRegion(EXAMPLE, { id: 'ar/washington-county', name: 'Washington County, Arkansas' });
    expect(text).toBe(
      EXAMPLE.replace('region: tx/tarrant-county', 'region: ar/washington-county  # Washington County, Arkansas'),
    );
    expect(parse(text)).toEqual({ region: 'ar/washington-county', languages: ['en', 'es'] });
  });

  it('quotes an id that is not plain YAML, and keeps a name with a line break or a # on its comment line', () => {
    const text = setExampleRegion(EXAMPLE, { id: 'tx: #1', name: "O'Brien #2\nregion: evil" });
    expect(parse(text)).toEqual({ region: 'tx: #1', languages: ['en', 'es'] });
    expect(text.split('\n')[1]).toBe('region: "tx: #1"  # O\'Brien #2 region: evil');
  });

  it("is a failure, not the user's mistake, when the example has no region line or two", () => {
    for (const example of ['languages: [en]\n', 'region: a\nregion: b\n']) {
      let thrown: unknown;
      try {
        setExampleRegion(example, { id: 'tx', name: 'Texas' });
      } catch (error) {
        thrown = error;
      }
      expect(expectKitError(thrown).code).toBe('failure');
    }
  });
});
