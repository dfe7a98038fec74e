// Atoms for the handout's designed pieces: a callout box (rounded, tinted, an icon at its left, its blocks inside),
// the header band (white title on the kit's navy), and a list with a coloured chip as each item's marker (the
// models, each in its colour from design/palette.ts).

import { KIT_COLORS, ON_MODEL_COLOR, rgbOf } from '../design/palette.ts';
import { stackAtoms, type LayoutBlocks } from './columns.ts';
import { iconOp, roundedBoxOp } from './icon.ts';
import { lineAtoms, lineMetrics, lineOps } from './lines.ts';
import { moveOps, type Op } from './ops.ts';
import type { Atom } from './paginate.ts';
import { WHITE, type Rgb } from './style.ts';
import type { LayoutContext } from './text-blocks.ts';
import type { Block } from './types.ts';
import { wrapRuns } from './wrap.ts';

type BoxBlock = Extract<Block, { kind: 'box' }>;
type BandBlock = Extract<Block, { kind: 'band' }>;
type ChipsBlock = Extract<Block, { kind: 'chips' }>;

/** Fill and outline of each tint of box: the say tint behind words to say, the accent tint for facts. */
const TINTS: Record<NonNullable<BoxBlock['tint']>, { fill?: Rgb; stroke: Rgb; icon: Rgb }> = {
  say: { fill: rgbOf(KIT_COLORS.say), stroke: rgbOf(KIT_COLORS.accent), icon: rgbOf(KIT_COLORS.accent) },
  accent: { fill: rgbOf(KIT_COLORS.accentTint), stroke: rgbOf(KIT_COLORS.accent), icon: rgbOf(KIT_COLORS.accent) },
  warn: { stroke: rgbOf(KIT_COLORS.warn), icon: rgbOf(KIT_COLORS.warn) },
  plain: { stroke: rgbOf(KIT_COLORS.accent), icon: rgbOf(KIT_COLORS.accent) },
};
const BOX_RULE = 1; // points
const RADIUS = 6;
const ICON_GAP = 5; // between the icon and the text

/** The side of a box's icon in points: a little under two lines of body text. */
export function iconSize(ctx: LayoutContext): number {
  return Math.round(1.85 * ctx.type.body * ctx.type.leading);
}

/**
 * A callout box: its blocks laid out inside a padded, rounded, tinted frame, with the icon (if any) at the top left.
 * One atom: a box is read whole, so it moves to the next page whole. A box taller than a frame is a layout bug.
 */
export function boxAtoms(block: BoxBlock, ctx: LayoutContext, spaceBefore: number, layout: LayoutBlocks): Atom[] {
  const tint = TINTS[block.tint ?? 'accent'];
  const pad = Math.round(ctx.type.body * 0.4);
  const icon = block.icon ? iconSize(ctx) : 0;
  const textX = BOX_RULE + pad + (icon ? icon + ICON_GAP : 0);
  const inner = ctx.width - textX - BOX_RULE - pad;
  const stack = stackAtoms(layout(block.blocks, { ...ctx, width: inner }));
  const height = Math.max(stack.height, icon) + 2 * (BOX_RULE + pad);
  const half = BOX_RULE / 2;
  const ops: Op[] = [
    roundedBoxOp(half, half, ctx.width - BOX_RULE, height - BOX_RULE, RADIUS, {
      ...(tint.fill ? { fill: tint.fill } : {}),
      stroke: tint.stroke,
      lineWidth: block.tint === 'warn' ? 1.5 * BOX_RULE : BOX_RULE,
    }),
  ];
  if (block.icon) ops.push(iconOp(block.icon, BOX_RULE + pad, BOX_RULE + pad, icon, tint.icon));
  ops.push(...moveOps(stack.ops, textX, BOX_RULE + pad));
  return [{ height, spaceBefore, keepWithNext: false, ops }];
}

/**
 * The header band: the title in the largest size, white on navy, and a subtitle under it; one atom. An icon, when
 * given, stands before the title in white, as tall as about a line and a half of it.
 */
export function bandAtoms(block: BandBlock, ctx: LayoutContext, spaceBefore: number): Atom[] {
  const pad = Math.round(ctx.type.body * 0.7);
  const { h1, body, leading } = ctx.type;
  const icon = block.icon ? 1.1 * h1 : 0;
  const textX = pad + (icon ? icon + 0.4 * h1 : 0);
  const width = ctx.width - textX - pad;
  const title = wrapRuns([{ text: block.title, bold: true }], width, h1, ctx.measure);
  const subtitle = block.subtitle ? wrapRuns([{ text: block.subtitle }], width, body, ctx.measure) : [];
  const big = lineMetrics(h1, leading, ctx.measure);
  const small = lineMetrics(body, leading, ctx.measure);
  const textHeight = title.length * big.height + subtitle.length * small.height;
  // Summed as the band always was, so that a band without an icon is drawn to the same point.
  const height =
    icon > textHeight ? 2 * pad + icon : 2 * pad + title.length * big.height + subtitle.length * small.height;
  const top = icon > textHeight ? (height - textHeight) / 2 : pad; // centred beside a taller icon
  const ops: Op[] = [
    roundedBoxOp(0, 0, ctx.width, height, RADIUS, { fill: rgbOf(KIT_COLORS.accent) }),
    ...(block.icon ? [iconOp(block.icon, pad, (height - icon) / 2, icon, WHITE)] : []),
    ...title.flatMap((line, index) => lineOps(line, textX, top + index * big.height, h1, big.baseline, WHITE)),
    ...subtitle.flatMap((line, index) =>
      lineOps(line, textX, top + title.length * big.height + index * small.height, body, small.baseline, WHITE),
    ),
  ];
  return [{ height, spaceBefore, keepWithNext: true, ops }];
}

/**
 * A list whose marker is a chip: the item's label (a model's short name) in bold black on its colour, in a rounded
 * box, every line of the item aligned after the widest chip.
 */
export function chipsAtoms(block: ChipsBlock, ctx: LayoutContext, spaceBefore: number): Atom[] {
  const { body, leading, itemGap } = ctx.type;
  const { height: lineHeight, baseline } = lineMetrics(body, leading, ctx.measure);
  const padX = body * 0.45;
  const chipWidth = Math.max(0, ...block.items.map((item) => ctx.measure.width(item.label, true, body))) + 2 * padX;
  const indent = chipWidth + body * 0.6;
  return block.items.flatMap((item, index) => {
    const labelWidth = ctx.measure.width(item.label, true, body);
    const chip: Op[] = [
      roundedBoxOp(0, 0.5, chipWidth, lineHeight - 1, 3, { fill: rgbOf(item.color) }),
      {
        kind: 'text',
        x: (chipWidth - labelWidth) / 2,
        baseline,
        text: item.label,
        size: body,
        bold: true,
        width: labelWidth,
        color: rgbOf(ON_MODEL_COLOR),
      },
    ];
    const lines = wrapRuns(item.runs, ctx.width - indent, body, ctx.measure);
    return lineAtoms(lines.length ? lines : [{ segments: [], width: 0 }], ctx.measure, {
      x: indent,
      size: body,
      leading,
      spaceBefore: index === 0 ? spaceBefore : itemGap,
      first: chip,
    });
  });
}
