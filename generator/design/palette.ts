// The kit's colours, decided once: one colour per 287(g) model wherever a model is drawn (the deck's map, chart,
// table badges and legends; the handout's map, table and model list; the kit's slide PDF), and the few colours of
// the kit's own look. Okabe-Ito for the models: told apart with every common kind of colour blindness.

import { MODELS, type Model } from '../data/types.ts';

/** A colour as "#RRGGBB". */
export type Hex = string;

/** One colour per model, as the map has always drawn them (orange, sky blue, bluish green). */
export const MODEL_COLORS: Readonly<Record<Model, Hex>> = {
  JEM: '#E69F00',
  WSO: '#56B4E9',
  TFM: '#009E73',
};

/** A county or agency with agreements under more than one model (reddish purple), and no local agreement (gray). */
export const SEVERAL_COLOR: Hex = '#CC79A7';
export const NONE_COLOR: Hex = '#DDDDDD';

/**
 * Text on a model's colour: black on all three (contrast 9.3:1 on orange, 9.1:1 on sky blue, 6.1:1 on green: WCAG AA
 * at any size), so a badge reads in a photocopy and on a washed-out projector.
 */
export const ON_MODEL_COLOR: Hex = '#000000';

/** The kit's look: a dark navy for headers and bands, and the tints of its boxes. */
export const KIT_COLORS = {
  accent: '#1B3A6B', // headings, table heads, header bands (white text on it: 11.3:1)
  accentTint: '#E8EEF7', // behind a callout box's text (black on it: 18:1)
  say: '#FFF4D6', // behind the words to say out loud (black on it: 19.2:1)
  warn: '#8A1C00', // a warning's rule and text (9.3:1 on white)
  ink: '#000000',
  muted: '#444444', // secondary text (9.7:1 on white)
  rule: '#737373',
} as const satisfies Record<string, Hex>;

/** `hex` ("#RRGGBB") as three 0..1 channels, for pdf-lib. Throws on any other shape (a programming error). */
export function rgbOf(hex: Hex): readonly [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`rgbOf: "${hex}" is not a #RRGGBB colour`);
  const channel = (index: number) => Number.parseInt(match[index]!, 16) / 255;
  return [channel(1), channel(2), channel(3)];
}

/** The models in the order every legend lists them, with their colours. */
export const MODEL_SWATCHES: readonly { model: Model; color: Hex }[] = MODELS.map((model) => ({
  model,
  color: MODEL_COLORS[model],
}));
