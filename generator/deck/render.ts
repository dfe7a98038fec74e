// Renders the Slidev project for one language: slides.md from templates/deck/slides.md.hbs, the
// hand-written components, layouts and styles from slides/, the region map, the stamp data and, for CJK text,
// the subset fonts (fonts.ts). Returns files in memory; the build writes them.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isRecord } from '../json-value.ts';
import { stampLine } from '../content/stamp.ts';
import type { WorkshopContent } from '../content/view.ts';
import type { StateMap } from '../map/model.ts';
import { renderMapSvg } from '../map/render-svg.ts';
import { KIT_ROOT, TEMPLATES_DIR } from '../paths.ts';
import { createEnvironment, type Render } from '../render/handlebars.ts';
import type { OutputFile } from '../write.ts';
import { renderDeckFonts } from './fonts.ts';
import { renderPaletteCss } from './palette-css.ts';
import { DECK_QUIZ_PER_MODULE } from './plan.ts';
import { buildDeckSlides } from './slides.ts';

const SLIDES_DIR = path.join(KIT_ROOT, 'slides');
export const MAP_FILE = 'region-map.svg';

let template: Render | undefined;

// What every deck copies from slides/ (its README and the README's screenshots stay behind); setup/ holds the
// Vite plugin that lets only the kit's guard reach Slidev's port under `kit present --live`.
const DECK_PARTS = ['components', 'layouts', 'styles', 'public', 'setup', 'global-bottom.vue'];

/** The hand-written parts of every deck (components, global footer, styles, favicon). */
function staticFiles(): OutputFile[] {
  const files: OutputFile[] = [];
  const walk = (dir: string, relative: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const inner = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), inner);
      else if (entry.name !== 'README.md') files.push({ path: inner, bytes: readFileSync(path.join(dir, entry.name)) });
    }
  };
  for (const part of DECK_PARTS) {
    const full = path.join(SLIDES_DIR, part);
    if (part.endsWith('.vue')) files.push({ path: part, bytes: readFileSync(full) });
    else walk(full, part);
  }
  return files;
}

function packageJson(): string {
  const file = path.join(KIT_ROOT, 'package.json');
  const kit: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const dependencies = isRecord(kit) && isRecord(kit.dependencies) ? kit.dependencies : {};
  /** The kit's own pinned version of a package the deck needs. */
  const pick = (name: string): string => {
    const version = dependencies[name];
    if (typeof version !== 'string')
      throw new Error(`${file}: dependencies has no version of ${name}, which the deck needs`);
    return version;
  };
  return `${JSON.stringify(
    {
      private: true,
      type: 'module',
      scripts: {
        dev: 'slidev slides.md',
        build: 'slidev build slides.md --base ./',
        export: 'slidev export slides.md',
      },
      dependencies: {
        '@slidev/cli': pick('@slidev/cli'),
        '@slidev/theme-default': pick('@slidev/theme-default'),
        vue: pick('vue'),
        'playwright-chromium': pick('playwright-chromium'),
      },
    },
    null,
    2,
  )}\n`;
}

/** A title for the browser tab: the workshop title and region, as a YAML string. */
function yamlTitle(text: string): string {
  return JSON.stringify(text.replace(/[<>{}"'\\`]/g, '').slice(0, 120));
}

/**
 * The Slidev project of one language's deck, every path under `dir` (e.g. "deck-en"). `map` is the region map (written
 * as public/region-map.svg) or null. Rejects only when a CJK font cannot be subset.
 */
export async function renderDeck(content: WorkshopContent, map: StateMap | null, dir: string): Promise<OutputFile[]> {
  template ??= createEnvironment((text) => text).compile(
    readFileSync(path.join(TEMPLATES_DIR, 'deck', 'slides.md.hbs'), 'utf8'),
    'slides.md.hbs',
  );
  const slides = buildDeckSlides(content, { mapFile: map ? MAP_FILE : null, quizPerModule: DECK_QUIZ_PER_MODULE });
  const stamp = stampLine(content);
  // Everything the deck shows is in its slide bodies and notes (data as JSON literals, CJK as written) and the footer.
  const fonts = await renderDeckFonts([stamp, ...slides.flatMap((slide) => [slide.body, slide.notes])].join('\n'));
  const markdown = template({
    title: yamlTitle(`${content.ui.workshopTitle} — ${content.frame.regionName}`),
    language: JSON.stringify(content.language.code),
    sans: JSON.stringify(fonts.sans),
    first: slides[0],
    rest: slides.slice(1),
  });
  const files: OutputFile[] = [
    { path: 'slides.md', bytes: markdown },
    {
      path: 'data/deck.json',
      bytes: `${JSON.stringify({ stamp, language: content.language.code, slides: slides.length }, null, 2)}\n`,
    },
    { path: 'package.json', bytes: packageJson() },
    { path: 'styles/palette.css', bytes: renderPaletteCss() },
    ...staticFiles(),
    ...fonts.files,
  ];
  if (map) files.push({ path: `public/${MAP_FILE}`, bytes: renderMapSvg(map) });
  return files.map((file) => ({ ...file, path: `${dir}/${file.path}` }));
}
