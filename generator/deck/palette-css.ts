// The deck's colours as CSS, written from generator/design/palette.ts into every deck (styles/palette.css), so that
// the slides' map, chart, badges and legends use the palette's colours and no other.

import { MODELS } from '../data/types.ts';
import { KIT_COLORS, MODEL_COLORS, NONE_COLOR, ON_MODEL_COLOR, SEVERAL_COLOR } from '../design/palette.ts';

/** The name of a kit colour's CSS variable: accentTint → --kit-accent-tint. */
function variableOf(name: string): string {
  return `--kit-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/**
 * styles/palette.css: CSS variables for the kit's colours (--kit-accent, --kit-say ...) and each model's
 * (--kit-model-JEM ...), and a class per model (.kit-model-JEM) that paints a badge or bar in the model's colour
 * with its text colour.
 */
export function renderPaletteCss(): string {
  const variables = [
    ...Object.entries(KIT_COLORS).map(([name, hex]) => `  ${variableOf(name)}: ${hex};`),
    ...MODELS.map((model) => `  --kit-model-${model}: ${MODEL_COLORS[model]};`),
    `  --kit-on-model: ${ON_MODEL_COLOR};`,
    `  --kit-several: ${SEVERAL_COLOR};`,
    `  --kit-none: ${NONE_COLOR};`,
  ];
  const classes = MODELS.map(
    (model) => `.kit-model-${model} { background: var(--kit-model-${model}); color: var(--kit-on-model); }`,
  );
  return [
    '/* Written by the kit from generator/design/palette.ts: edit the palette there, not here. */',
    ':root {',
    ...variables,
    '}',
    ...classes,
    '',
  ].join('\n');
}
