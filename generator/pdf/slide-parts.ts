// Atoms for the slide PDF's own parts: a slide's title on the accent band, a panel in the accent colour that fills the
// frame (the title slide, a module's divider), and a row of answer cards with model badges. White on the kit's navy
// (11.3:1) and black on its tint and on the models' colours (design/palette.ts), so each reads from the back row.

import { KIT_COLORS, MODEL_COLORS, ON_MODEL_COLOR, rgbOf } from '../design/palette.ts';
import { iconOp, roundedBoxOp } from './icon.ts';
import { lineMetrics, lineOps } from './lines.ts';
import { moveOp, type Op } from './ops.ts';
import type { Atom } from './paginate.ts';
import { WHITE } from './style.ts';
import type { LayoutContext } from './text-blocks.ts';
import type { Block, SlideCard } from './types.ts';
import { wrapRuns, type Line } from './wrap.ts';

type PanelBlock = Extract<Block, { kind: 'panel' }>;
type BandBlock = Extract<Block, { kind: 'band' }>;

const ACCENT = rgbOf(KIT_COLORS.accent);
const TINT = rgbOf(KIT_COLORS.accentTint);
const MUTED = rgbOf(KIT_COLORS.muted);
const ON_MODEL = rgbOf(ON_MODEL_COLOR);
const RADIUS = 8; // points, the corners of bands, panels and cards
const CARD_GAP = 16; // between cards in a row
const CARDS_PER_ROW = 4;
const BAND_SPACE_BELOW = 0.25; // in ems of the band's type

/** Lines of `text` wrapped to `width` at `size`, as ops from (x, top) and the height they take. */
function textBlock(
  text: string,
  bold: boolean,
  width: number,
  size: number,
  ctx: LayoutContext,
): { lines: Line[]; height: number; ops(x: number, top: number, color: readonly [number, number, number]): Op[] } {
  const lines = wrapRuns([{ text, bold }], width, size, ctx.measure);
  const { height: lineHeight, baseline } = lineMetrics(size, ctx.type.leading, ctx.measure);
  return {
    lines,
    height: lines.length * lineHeight,
    ops: (x, top, color) =>
      lines.flatMap((line, index) => lineOps(line, x, top + index * lineHeight, size, baseline, color)),
  };
}

/** A slide's title in white bold at the h1 size on an accent band the column's width, kept with what follows. */
export function bandAtoms(block: BandBlock, ctx: LayoutContext, spaceBefore: number): Atom[] {
  const size = ctx.type.h1;
  const padX = 0.5 * size;
  const padY = 0.2 * size;
  const iconSize = block.icon ? 1.1 * size : 0;
  const textX = padX + (block.icon ? iconSize + 0.4 * size : 0);
  const text = textBlock(block.text, true, ctx.width - textX - padX, size, ctx);
  const height = Math.max(text.height, iconSize) + 2 * padY;
  const ops: Op[] = [roundedBoxOp(0, 0, ctx.width, height, RADIUS, { fill: ACCENT })];
  if (block.icon) ops.push(iconOp(block.icon, padX, (height - iconSize) / 2, iconSize, WHITE));
  ops.push(...text.ops(textX, (height - text.height) / 2, WHITE));
  // The space under the band is part of it: what follows keeps the small gap it would have under a heading.
  return [{ height: height + BAND_SPACE_BELOW * size, spaceBefore, keepWithNext: true, ops }];
}

/**
 * A panel of the accent colour filling the frame, its text in white from the left, centred in height: a small line
 * over a title in display type (1.5 x h1), a subtitle at h2 and lines in the body size. Type shrinks in steps when a
 * long title would not fit, down to no less than the small size.
 */
export function panelAtoms(block: PanelBlock, ctx: LayoutContext, spaceBefore: number): Atom[] {
  const height = ctx.height;
  const pad = Math.min(60, 0.08 * ctx.width);
  const width = ctx.width - 2 * pad;
  const layout = (scale: number) => {
    const size = (value: number) => Math.max(ctx.type.small, value * scale);
    const parts = [
      ...(block.over ? [{ ...textBlock(block.over, true, width, size(ctx.type.h3), ctx), gap: 0 }] : []),
      { ...textBlock(block.title, true, width, size(1.5 * ctx.type.h1), ctx), gap: 0.3 * ctx.type.h1 * scale },
      ...(block.subtitle
        ? [{ ...textBlock(block.subtitle, true, width, size(ctx.type.h2), ctx), gap: 0.5 * ctx.type.h2 * scale }]
        : []),
      ...block.lines.map((line, index) => ({
        ...textBlock(line, false, width, size(ctx.type.body), ctx),
        gap: index === 0 ? ctx.type.h2 * scale : 0,
      })),
    ];
    parts.forEach((part, index) => (index === 0 ? (part.gap = 0) : undefined));
    return { parts, total: parts.reduce((sum, part) => sum + part.gap + part.height, 0) };
  };
  let scale = 1;
  let { parts, total } = layout(scale);
  while (total > height - 2 * pad && scale > 0.5) ({ parts, total } = layout((scale -= 0.1)));
  const ops: Op[] = [roundedBoxOp(0, 0, ctx.width, height, 2 * RADIUS, { fill: ACCENT })];
  let y = Math.max(pad / 2, (height - total) / 2);
  for (const part of parts) {
    y += part.gap;
    ops.push(...part.ops(pad, y, WHITE));
    y += part.height;
  }
  if (y > height) throw new Error(`panelAtoms: "${block.title.slice(0, 60)}" does not fit a slide even in small type`);
  return [{ height, spaceBefore, keepWithNext: false, ops }];
}

/** Badges on their models' colours, wrapped to `width`: ops from (0, 0) and the height they take. */
function badgeOps(
  badges: NonNullable<SlideCard['badges']>,
  width: number,
  ctx: LayoutContext,
): { ops: Op[]; height: number } {
  const size = ctx.type.small;
  const { height: lineHeight, baseline } = lineMetrics(size, ctx.type.leading, ctx.measure);
  const padX = 0.5 * size;
  const gap = 0.4 * size;
  const ops: Op[] = [];
  let x = 0;
  let y = 0; // top of the current row of badges
  let rowHeight = 0;
  for (const badge of badges) {
    const text = wrapRuns([{ text: badge.text, bold: true }], width - 2 * padX, size, ctx.measure);
    const boxWidth = Math.max(0, ...text.map((line) => line.width)) + 2 * padX;
    const boxHeight = Math.max(1, text.length) * lineHeight;
    if (x > 0 && x + boxWidth > width) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    ops.push(roundedBoxOp(x, y, boxWidth, boxHeight, RADIUS / 2, { fill: rgbOf(MODEL_COLORS[badge.model]) }));
    text.forEach((line, index) =>
      ops.push(...lineOps(line, x + padX, y + index * lineHeight, size, baseline, ON_MODEL)),
    );
    x += boxWidth + gap;
    rowHeight = Math.max(rowHeight, boxHeight);
  }
  return { ops, height: y + rowHeight };
}

/**
 * Cards side by side, up to four a row, on the kit's tint: the label in bold at the body size, the value in bold at h2
 * in the accent colour, the detail in the body size, then the badges. The cards of a row share its height; each row
 * is one atom, kept with the next.
 */
export function cardAtoms(cards: readonly SlideCard[], ctx: LayoutContext, spaceBefore: number): Atom[] {
  const atoms: Atom[] = [];
  for (let start = 0; start < cards.length; start += CARDS_PER_ROW) {
    const row = cards.slice(start, start + CARDS_PER_ROW);
    const cardWidth = (ctx.width - (row.length - 1) * CARD_GAP) / row.length;
    const pad = 0.6 * ctx.type.small;
    const inner = cardWidth - 2 * pad;
    const contents = row.map((card) => {
      const parts = [
        { ...textBlock(card.label, true, inner, ctx.type.body, ctx), color: MUTED },
        { ...textBlock(card.value, true, inner, ctx.type.h2, ctx), color: ACCENT },
        ...(card.detail
          ? [{ ...textBlock(card.detail, false, inner, ctx.type.body, ctx), color: rgbOf(KIT_COLORS.ink) }]
          : []),
      ];
      const badges = card.badges?.length ? badgeOps(card.badges, inner, ctx) : null;
      const height = parts.reduce((sum, part) => sum + part.height, 0) + (badges ? badges.height + pad / 2 : 0);
      return { parts, badges, height };
    });
    const height = Math.max(...contents.map((content) => content.height)) + 2 * pad;
    if (height > ctx.height)
      throw new Error(`cardAtoms: a card "${row[0]!.label}" is ${height.toFixed(0)} pt high, taller than a slide`);
    const ops: Op[] = [];
    contents.forEach((content, index) => {
      const x = index * (cardWidth + CARD_GAP);
      ops.push(roundedBoxOp(x, 0, cardWidth, height, RADIUS, { fill: TINT }));
      let y = pad;
      for (const part of content.parts) {
        ops.push(...part.ops(x + pad, y, part.color));
        y += part.height;
      }
      if (content.badges) for (const op of content.badges.ops) ops.push(moveOp(op, x + pad, y + pad / 2));
    });
    atoms.push({
      height,
      spaceBefore: start === 0 ? spaceBefore : CARD_GAP,
      keepWithNext: start + CARDS_PER_ROW < cards.length,
      ops,
    });
  }
  return atoms;
}
