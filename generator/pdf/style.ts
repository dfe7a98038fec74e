// The typesetter's fixed choices: paper, margins, type scale, colors. Nothing printed is smaller than 10 pt.

import { KIT_COLORS, rgbOf } from '../design/palette.ts';
import type { DocumentSpec, Paper } from './types.ts';

export type Rgb = readonly [number, number, number]; // 0..1 each

export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
  slide: { width: 960, height: 540 }, // 16:9, the shape of a projector or a TV
};

/** Sizes in points. Body text is 10.5; everything small (header, footer, captions, table cells) is 10, never less. */
export interface Typography {
  body: number;
  small: number;
  h1: number;
  h2: number;
  h3: number;
  leading: number; // line height as a multiple of the font size
  blockGap: number; // space between blocks
  itemGap: number; // space between list items
  accent?: Rgb; // color of headings (black when left out)
}

export const PAGE_TYPOGRAPHY: Typography = {
  body: 10.5,
  small: 10,
  h1: 18,
  h2: 14,
  h3: 12,
  leading: 1.3,
  blockGap: 7,
  itemGap: 3,
};
/** For a handout that has to fit two sides: the same minimum size, tighter spacing. */
export const DENSE_TYPOGRAPHY: Typography = {
  body: 10,
  small: 10,
  h1: 18,
  h2: 12.5,
  h3: 12.5,
  leading: 1.17,
  blockGap: 5,
  itemGap: 2,
  accent: rgbOf(KIT_COLORS.accent), // section headers in the kit's navy
};
export const MIN_SIZE = 10;

/** The margin around the page and the type of its header and footer. */
export interface PageLayout {
  margin: number; // points
  furniture: number; // font size of the header, footer and page label
  leading: number;
}

export const MARGIN = 36; // half an inch: inside what home printers can reach
export const PAGE_LAYOUT: PageLayout = {
  margin: MARGIN,
  furniture: PAGE_TYPOGRAPHY.small,
  leading: PAGE_TYPOGRAPHY.leading,
};
/** A dense handout's: 1/3 inch margins, still inside what office and home printers reach, for a one-sheet county. */
export const DENSE_LAYOUT: PageLayout = { ...PAGE_LAYOUT, margin: 24 };

// A slide is read from across a room: the sizes of a Slidev slide on its 980 px canvas (body 21.6 px, headings 34 px,
// tables 14 px), a point for a pixel, tables and sources a little larger. Headings are in the kit's navy (11.3:1 on
// white), the colour of the slides' title bands and panels (pdf/slide-parts.ts).
export const SLIDE_TYPOGRAPHY: Typography = {
  body: 22,
  small: 16,
  h1: 36,
  h2: 28,
  h3: 24,
  leading: 1.3,
  blockGap: 12,
  itemGap: 6,
  accent: rgbOf(KIT_COLORS.accent),
};
// A slide's margin is narrower than paper's: nothing is printed, and the room gets more of the picture.
export const SLIDE_LAYOUT: PageLayout = { margin: 22, furniture: 12, leading: 1.3 };

/**
 * The type scale and page layout of `spec`: slides in large type, a dense handout tighter, everything else the page's.
 */
export function documentStyle(spec: Pick<DocumentSpec, 'paper' | 'dense'>): { type: Typography; layout: PageLayout } {
  if (spec.paper === 'slide') return { type: SLIDE_TYPOGRAPHY, layout: SLIDE_LAYOUT };
  return spec.dense ? { type: DENSE_TYPOGRAPHY, layout: DENSE_LAYOUT } : { type: PAGE_TYPOGRAPHY, layout: PAGE_LAYOUT };
}

export const COLUMN_GAP = 20;
export const BAND_GAP = 8; // between the header or footer and the body

// Black text rather than a dark gray: office printers put pure black down as solid toner instead of a dot screen.
export const INK: Rgb = [0, 0, 0];
export const RULE: Rgb = [0.45, 0.45, 0.45];
export const TABLE_HEAD: Rgb = [0.106, 0.227, 0.42]; // dark blue #1B3A6B under white bold text
export const TABLE_RULE: Rgb = [0.55, 0.55, 0.55];
export const WHITE: Rgb = [1, 1, 1];
// Line boxes are 1.3 em but Noto's ascent-to-descent band is 1.362 em (room for stacked Vietnamese accents), so frames
// keep this much clear at top and bottom and no glyph can cross a column's edge.
export const FRAME_INSET = 1.5;
