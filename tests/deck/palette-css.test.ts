// The deck's colours come from the palette: palette.css (written into every deck from generator/design/palette.ts)
// holds the models' and the kit's colours, and the hand-written theme in slides/ spells no colour but white.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPaletteCss } from '../../generator/deck/palette-css.ts';
import { KIT_ROOT } from '../../generator/paths.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { renderDeck } from '../../generator/deck/render.ts';
import { prepareWorkshop } from '../../generator/workshop/prepare.ts';
import { SHIPPED_DATA } from '../helpers.ts';

/** The CSS custom properties of a stylesheet's :root, name to value. */
function variablesOf(css: string): Record<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(css)![1]!;
  return Object.fromEntries(
    [...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]),
  );
}

describe("the deck's palette.css", () => {
  const css = renderPaletteCss();

  it("gives each model the map's colour and black text on it", () => {
    expect(variablesOf(css)).toMatchObject({
      '--kit-model-JEM': '#E69F00',
      '--kit-model-WSO': '#56B4E9',
      '--kit-model-TFM': '#009E73',
      '--kit-on-model': '#000000',
    });
    for (const model of ['JEM', 'WSO', 'TFM'])
      expect(css).toContain(
        `.kit-model-${model} { background: var(--kit-model-${model}); color: var(--kit-on-model); }`,
      );
  });

  it("holds the kit's navy, its tints and its warning colour", () => {
    expect(variablesOf(css)).toMatchObject({
      '--kit-accent': '#1B3A6B',
      '--kit-accent-tint': '#E8EEF7',
      '--kit-say': '#FFF4D6',
      '--kit-warn': '#8A1C00',
      '--kit-muted': '#444444',
    });
  });

  it('is written into every deck, and the theme imports it', async () => {
    const theme = readFileSync(path.join(KIT_ROOT, 'slides', 'styles', 'index.css'), 'utf8');
    expect(theme).toMatch(/^@import '\.\/palette\.css';$/m);
    const { config } = validateConfig({ region: 'tx/tarrant-county', languages: ['en'] }, null);
    const prepared = await prepareWorkshop({ dataDir: SHIPPED_DATA, config, today: '2026-11-28' });
    const files = await renderDeck(prepared.contents[0]!, prepared.maps.en ?? null, 'deck-en');
    const palette = files.find((file) => file.path === 'deck-en/styles/palette.css');
    expect(String(palette?.bytes)).toBe(css);
    expect(files.some((file) => file.path === 'deck-en/styles/index.css')).toBe(true);
    expect(files.some((file) => file.path === 'deck-en/layouts/kit-section.vue')).toBe(true);
  }, 60_000);
});

describe('the hand-written theme in slides/', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    );
  const sources = files(path.join(KIT_ROOT, 'slides')).filter((file) => /\.(css|vue)$/.test(file));

  it('spells no colour but white: every other one is a palette variable', () => {
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      const colours = [...text.matchAll(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi)].map((match) => match[0].toLowerCase());
      expect(
        colours.filter((colour) => colour !== '#fff'),
        path.relative(KIT_ROOT, file),
      ).toEqual([]);
    }
  });

  it('uses only the palette variables palette.css defines', () => {
    const defined = new Set([...Object.keys(variablesOf(renderPaletteCss())), '--kit-paper']);
    for (const file of sources) {
      const used = [...readFileSync(file, 'utf8').matchAll(/var\((--kit-[\w-]+)\)/g)].map((match) => match[1]!);
      for (const name of used) expect(defined, `${path.relative(KIT_ROOT, file)}: ${name}`).toContain(name);
    }
  });
});
