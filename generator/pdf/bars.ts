// Atoms for a bar chart of counts: one row per count with its label, a bar on a gray track scaled to the block's max
// (else the largest count), and the count as text beside it (the bar only illustrates; the number is what a reader
// reads), then a caption. A model's bar is in the model's colour, the one the map and the deck use.

import { KIT_COLORS, MODEL_COLORS, rgbOf } from '../design/palette.ts';
import { lineAtoms, lineMetrics, lineOps } from './lines.ts';
import type { Op } from './ops.ts';
import type { Atom } from './paginate.ts';
import { INK, type Rgb } from './style.ts';
import type { LayoutContext } from './text-blocks.ts';
import type { Block } from './types.ts';
import { wrapRuns } from './wrap.ts';

type BarsBlock = Extract<Block, { kind: 'bars' }>;

type BarRow = BarsBlock['rows'][number];

// The colours of series that are not models (the score report's before and after): Okabe-Ito blue and vermillion,
// told apart with every common kind of colour blindness and from none of the models' colours.
export const SERIES_COLORS: readonly Rgb[] = [rgbOf('#0072B2'), rgbOf('#D55E00')];

/** The colour of a row's bar: its model's, else its series', else the kit's accent. */
export function barColor(row: Pick<BarRow, 'model' | 'series'>): Rgb {
  if (row.model) return rgbOf(MODEL_COLORS[row.model]);
  if (row.series !== undefined) return SERIES_COLORS[row.series % SERIES_COLORS.length]!;
  return rgbOf(KIT_COLORS.accent);
}

const TRACK: Rgb = [0.9, 0.9, 0.9];
const LABEL_SHARE = 0.4; // of the width, at most, for the labels
const GAP = 12; // points between label, track and count
const ROW_GAP = 4;

export function barAtoms(block: BarsBlock, ctx: LayoutContext, spaceBefore: number): Atom[] {
  const { small: size, leading } = ctx.type;
  const { height: lineHeight, baseline } = lineMetrics(size, leading, ctx.measure);
  const labelWidth = Math.min(
    LABEL_SHARE * ctx.width,
    Math.max(0, ...block.rows.map((row) => ctx.measure.width(row.label, false, size))),
  );
  const valueWidth = Math.max(0, ...block.rows.map((row) => ctx.measure.width(row.display, true, size)));
  const trackX = labelWidth + GAP;
  const trackWidth = Math.max(0, ctx.width - trackX - GAP - valueWidth);
  const max =
    block.max !== undefined && block.max > 0
      ? block.max
      : Math.max(0, ...block.rows.map((row) => (Number.isFinite(row.value) ? row.value : 0)));
  const barHeight = 0.8 * size;

  const atoms: Atom[] = block.rows.map((row, index) => {
    const lines = wrapRuns([{ text: row.label }], labelWidth, size, ctx.measure);
    const height = Math.max(1, lines.length) * lineHeight;
    const barTop = (lineHeight - barHeight) / 2;
    const share = max > 0 && Number.isFinite(row.value) ? Math.min(1, Math.max(0, row.value) / max) : 0;
    const valueText = row.display;
    const width = ctx.measure.width(valueText, true, size);
    const ops: Op[] = [
      ...lines.flatMap((line, lineIndex) => lineOps(line, 0, lineIndex * lineHeight, size, baseline)),
      { kind: 'rect', x: trackX, y: barTop, width: trackWidth, height: barHeight, fill: TRACK },
      ...(share > 0
        ? [
            {
              kind: 'rect' as const,
              x: trackX,
              y: barTop,
              width: share * trackWidth,
              height: barHeight,
              fill: barColor(row),
            },
          ]
        : []),
      { kind: 'text', x: ctx.width - width, baseline, text: valueText, size, bold: true, width, color: INK },
    ];
    // A chart is read whole: its rows keep together and with the caption.
    return {
      height,
      spaceBefore: index === 0 ? spaceBefore : ROW_GAP,
      keepWithNext: index < block.rows.length - 1 || Boolean(block.caption),
      ops,
    };
  });
  if (block.caption) {
    atoms.push(
      ...lineAtoms(wrapRuns([{ text: block.caption }], ctx.width, size, ctx.measure), ctx.measure, {
        x: 0,
        size,
        leading,
        spaceBefore: atoms.length ? ROW_GAP + 2 : spaceBefore,
      }),
    );
  }
  return atoms;
}
