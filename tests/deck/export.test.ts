// The deck stage's own parts: the slide size read as Slidev's exporter reads it, a browser that does not start, and a
// deck that Slidev cannot build while the shared browser waits. The export itself is tested on real decks in
// browser.test.ts and fonts.test.ts.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KitError } from '../../generator/errors.ts';
import { launchDeckBrowser, readCanvasSize } from '../../generator/deck/export.ts';
import { findBrowser } from '../../generator/deck/slidev.ts';
import { buildDeckSites } from '../../generator/workshop/deck-stage.ts';
import { tempDir } from '../helpers.ts';

describe('readCanvasSize', () => {
  it("takes the kit's headmatter: 980 px wide, 16/9, 551 px high as Slidev's exporter rounds it", () => {
    const template = readFileSync(path.join(import.meta.dirname, '../../templates/deck/slides.md.hbs'), 'utf8');
    expect(readCanvasSize(template)).toEqual({ width: 980, height: 551 });
  });

  it("reads another width and ratio, and Slidev's defaults (980, 16/9) where the headmatter has none", () => {
    expect(readCanvasSize('---\ntheme: default\ncanvasWidth: 1200\naspectRatio: 4/3\n---\n# A\n')).toEqual({
      width: 1200,
      height: 900,
    });
    expect(readCanvasSize('---\naspectRatio: 1.5\n---\n')).toEqual({ width: 980, height: 653 });
    expect(readCanvasSize('# no headmatter\n\n---\ncanvasWidth: 500\n---\n')).toEqual({ width: 980, height: 551 });
  });
});

describe('the deck stage', () => {
  it('says which browser did not start, as a failure', async () => {
    const missing = path.join(tempDir(), 'no-chromium');
    const error = await launchDeckBrowser(missing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KitError);
    expect(error).toMatchObject({ code: 'failure', message: expect.stringContaining(missing) as unknown });
  });

  it("rejects with Slidev's failure for a deck it cannot build, and closes the browser it started", async () => {
    const browser = findBrowser(process.env);
    expect(browser, 'a Chromium on this machine').not.toBeNull();
    const root = tempDir();
    const broken = path.join(root, 'deck-en');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'package.json'), '{}');
    const progress: string[] = [];
    const error = await buildDeckSites([broken], {
      browser,
      png: false,
      progress: (line) => progress.push(line),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KitError);
    expect(error).toMatchObject({
      message: expect.stringMatching(/Slidev could not build the deck \(exit \d+\) in .*deck-en/) as unknown,
    });
    expect(progress).toEqual(['Building deck-en with Slidev (deck site)...']);
    const children = execFileSync('ps', ['--ppid', String(process.pid), '-o', 'comm='], { encoding: 'utf8' });
    expect(children).not.toMatch(/chrom/i);
  }, 120_000);
});
