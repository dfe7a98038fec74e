// Without a browser the deck's PDF cannot be exported: the build says so, names how to get one, and
// still writes everything else, the deck's website included.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../generator/config/validate.ts';
import { browserCandidates, findBrowser, NO_BROWSER_HINT } from '../../generator/deck/slidev.ts';
import { buildTestKitFrom, tempDir } from '../helpers.ts';

describe('finding a browser', () => {
  it("looks at CHROME_PATH first, then Debian's chromium", () => {
    const candidates = browserCandidates({ CHROME_PATH: '/opt/my/chrome' });
    expect(candidates[0]).toBe('/opt/my/chrome');
    expect(candidates).toContain('/usr/bin/chromium');
    expect(findBrowser({ CHROME_PATH: '/usr/bin/chromium' })).toBe('/usr/bin/chromium');
  });

  it('builds all but deck.pdf without a browser, draws the slide PDF instead and says how to get one', async () => {
    const { config } = validateConfig({ region: 'ar/franklin-county', languages: ['en'] }, null);
    const out = path.join(tempDir(), 'out');
    const result = await buildTestKitFrom(config, out, {
      deck: 'pdf',
      browser: null,
    });
    expect(result.warnings).toContain(NO_BROWSER_HINT);
    expect(NO_BROWSER_HINT).toMatch(/apt-get install chromium[\s\S]*CHROME_PATH/);
    expect(existsSync(path.join(out, 'deck-en', 'dist', 'index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'deck-en', 'deck.pdf'))).toBe(false);
    // Instead, the kit's own slide PDF and its speaker notes, so that there is still a deck to show from a PDF viewer.
    expect(existsSync(path.join(out, 'slides-en.pdf'))).toBe(true);
    expect(existsSync(path.join(out, 'speaker-notes-en.pdf'))).toBe(true);
    expect(existsSync(path.join(out, 'region-summary.md'))).toBe(true);
    expect(existsSync(path.join(out, 'deck-en', 'node_modules'))).toBe(false);
  }, 180_000);
});
