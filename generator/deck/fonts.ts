// The CJK fonts a deck carries, so that Chinese, Japanese and Korean names show in its site and its deck.pdf on a
// machine with no CJK font and no network: Noto Sans SC and KR, Regular and Bold, subset with HarfBuzz to the
// characters the deck shows, as WOFF2 in public/fonts/ with their @font-face rules in style.css (which Slidev loads
// on its own). The deck's Latin font stays first in the font stack; the browser takes a CJK character from the subset.
// A deck with no CJK character gets nothing, so that its files stay as they were.

import subsetFont from 'subset-font';
import type { OutputFile } from '../write.ts';
import { planFonts } from '../pdf/font-plan.ts';
import { FONT_NAMES, readFullFont, type FontFamily, type FontStyle } from '../pdf/fonts.ts';

/**
 * The deck's font stack (Slidev headmatter `fonts.sans`) before any CJK family: the system fonts a room's laptop has.
 */
export const DECK_SANS = ['DejaVu Sans', 'Noto Sans', 'Liberation Sans', 'Arial'];
const GENERIC = 'sans-serif';

/** The CSS family name of a family's subset, distinct from any installed Noto so that it is only ever this subset. */
export function deckFamilyName(family: FontFamily): string {
  return `Kit ${FONT_NAMES[family].replace(/(?<=[a-z])(?=[A-Z])/g, ' ')}`; // "Kit Noto Sans SC"
}

export interface DeckFonts {
  /** The font stack for the headmatter's `fonts.sans`, comma-separated, CJK subsets after the Latin fonts. */
  sans: string;
  /** style.css and public/fonts/*.woff2, paths relative to the deck folder; none for a deck with no CJK text. */
  files: OutputFile[];
}

const STYLES: [FontStyle, number][] = [
  ['regular', 400],
  ['bold', 700],
];

/**
 * The fonts for a deck whose visible text (slide bodies, notes, footer) is `text`: for each CJK family (Noto Sans SC,
 * then KR, as the kit's PDFs choose them) that some character needs, Regular (400) and Bold (700) WOFF2 files holding
 * only those characters. Characters no family has are left to the browser (the deck shows text as written).
 * Rejects with an Error (its cause HarfBuzz's) when a font cannot be subset.
 */
export async function renderDeckFonts(text: string): Promise<DeckFonts> {
  const plan = await planFonts(text.normalize('NFC'));
  const families = (['sc', 'kr'] as const).filter((family) => plan.characters[family]);
  const files: OutputFile[] = [];
  const faces: string[] = [];
  const preloads: string[] = [];
  for (const family of families) {
    const characters = [...plan.characters[family]!].sort().join('');
    for (const [style, weight] of STYLES) {
      const file = `fonts/${FONT_NAMES[family]}-${weight}.woff2`;
      files.push({ path: `public/${file}`, bytes: await subsetWoff2(characters, family, style) });
      faces.push(fontFace(deckFamilyName(family), weight, file));
      preloads.push(`<link rel="preload" as="font" type="font/woff2" href="./${file}" crossorigin>`);
    }
  }
  const sans = [...DECK_SANS, ...families.map(deckFamilyName), GENERIC].join(', ');
  if (families.length) {
    files.unshift(
      {
        path: 'style.css',
        bytes:
          '/* Written by the kit: the CJK characters of this deck, subset from Noto Sans SC/KR ' +
          `(SIL Open Font License). */\n${faces.join('\n')}\n`,
      },
      // Slidev adds this head to the site's page. Chromium keeps boxes for CJK text it laid out before the font arrived
      // (seen on the title slide), so the fonts are fetched with the page, before the slides are drawn.
      { path: 'index.html', bytes: `<head>\n${preloads.join('\n')}\n</head>\n` },
    );
  }
  return { sans, files };
}

// Slidev serves public/ at the site's root; Vite rewrites the URL for the built site's base.
function fontFace(family: string, weight: number, file: string): string {
  return (
    `@font-face { font-family: "${family}"; font-style: normal; font-weight: ${weight}; font-display: block; ` +
    `src: url("/${file}") format("woff2"); }`
  );
}

async function subsetWoff2(characters: string, family: FontFamily, style: FontStyle): Promise<Uint8Array> {
  try {
    return new Uint8Array(await subsetFont(await readFullFont(style, family), characters, { targetFormat: 'woff2' }));
  } catch (error) {
    throw new Error(
      `renderDeckFonts: could not subset ${FONT_NAMES[family]} ${style}: ` +
        (error instanceof Error ? error.message : String(error)).slice(0, 200),
      { cause: error },
    );
  }
}
