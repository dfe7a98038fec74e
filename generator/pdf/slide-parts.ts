// Atoms for the slide PDF's own parts: a panel in the accent colour that fills the frame (the title slide, a module's
// divider), and a row of answer cards with model badges (a slide's title goes on the 'band' of callout.ts). White on
// the kit's navy (11.3:1) and black on its tint and on the models' colours (design/palette.ts), read from the back row.

import { KIT_COLORS, rgbOf } from '../design/palette.ts';
import { modelBadgeOps } from './badges.ts';
import { iconOp, roundedBoxOp } from './icon.ts';
import { lineMetrics, lineOps } from './lines.ts';
import { moveOps, type Op } from './ops.ts';
import type { Atom } from './paginate.ts';
import { INK, WHITE } from './style.ts';
import { paragraphAtoms, type LayoutContext } from './text-blocks.ts';
import type { Block, SlideCard } from './types.ts';
import { wrapRuns, type Line } from './wrap.ts';

type PanelBlock = Extract<Block, { kind: 'panel' }>;

const ACCENT = rgbOf(KIT_COLORS.accent);
const TINT = rgbOf(KIT_COLORS.accentTint);
const MUTED = rgbOf(KIT_COLORS.muted);
const RADIUS = 8; // points, the corners of bands, panels and cards
const CARD_GAP = 16; // between cards in a row
const CARDS_PER_ROW = 4;
const ROW_SHARE = 0.75; // of the frame: the most a row of cards with details takes, leaving room for a title band
const SHORT_VALUE = 12; // characters: a value this short ("Yes", "3 / 254") is set at h1

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

/**
 * Cards side by side, up to four a row, on the kit's tint: the label in bold (the icon at its right), the value in bold
 * in the accent colour (at h1 when it is a word or a number, else at h2), the badges, then the detail; label and
 * detail in the body size for a card alone in its row, else in the small size. The cards of a row share its height;
 * each row is one atom, kept with the next. A row whose details would make it taller than ROW_SHARE of a slide (no
 * room left for the slide's title) shows them after it, as paragraphs ("label: detail"), so nothing is lost.
 */
export function cardAtoms(cards: readonly SlideCard[], ctx: LayoutContext, spaceBefore: number): Atom[] {
  const atoms: Atom[] = [];
  for (let start = 0; start < cards.length; start += CARDS_PER_ROW) {
    const row = cards.slice(start, start + CARDS_PER_ROW);
    const last = start + CARDS_PER_ROW >= cards.length;
    const gap = start === 0 ? spaceBefore : CARD_GAP;
    const whole = cardRow(row, ctx, true);
    if (whole.height <= ROW_SHARE * ctx.height) {
      atoms.push({ height: whole.height, spaceBefore: gap, keepWithNext: !last, ops: whole.ops });
      continue;
    }
    const bare = cardRow(row, ctx, false);
    if (bare.height > ctx.height)
      throw new Error(`cardAtoms: a card "${row[0]!.label}" is ${bare.height.toFixed(0)} pt high, taller than a slide`);
    atoms.push({ height: bare.height, spaceBefore: gap, keepWithNext: true, ops: bare.ops });
    for (const card of row)
      if (card.detail)
        atoms.push(...paragraphAtoms([{ text: `${card.label}: `, bold: true }, { text: card.detail }], ctx, CARD_GAP));
  }
  return atoms;
}

/** One row of cards as ops from its top-left corner, with or without their details, and its height. */
function cardRow(row: readonly SlideCard[], ctx: LayoutContext, details: boolean): { ops: Op[]; height: number } {
  const cardWidth = (ctx.width - (row.length - 1) * CARD_GAP) / row.length;
  const pad = 0.6 * ctx.type.small;
  const inner = cardWidth - 2 * pad;
  // A card alone in its row has the room for text in the body size; cards side by side take the small size.
  const text = row.length === 1 ? ctx.type.body : ctx.type.small;
  const iconSize = text * 1.25;
  const contents = row.map((card) => {
    const labelWidth = card.icon ? inner - iconSize - pad / 2 : inner;
    const valueSize = [...card.value].length <= SHORT_VALUE ? ctx.type.h1 : ctx.type.h2;
    const label = textBlock(card.label, true, labelWidth, text, ctx);
    const value = textBlock(card.value, true, inner, valueSize, ctx);
    const badges = card.badges?.length ? modelBadgeOps(card.badges, inner, ctx) : null;
    const detail = details && card.detail ? textBlock(card.detail, false, inner, text, ctx) : null;
    const parts = [
      {
        height: Math.max(label.height, card.icon ? iconSize : 0),
        ops: (x: number, y: number) => label.ops(x, y, MUTED),
      },
      { height: value.height, ops: (x: number, y: number) => value.ops(x, y, ACCENT) },
      ...(badges
        ? [{ height: badges.height + pad / 2, ops: (x: number, y: number) => moveOps(badges.ops, x, y + pad / 4) }]
        : []),
      ...(detail ? [{ height: detail.height, ops: (x: number, y: number) => detail.ops(x, y, INK) }] : []),
    ];
    return { card, parts, height: parts.reduce((sum, part) => sum + part.height, 0) };
  });
  const height = Math.max(...contents.map((content) => content.height)) + 2 * pad;
  const ops: Op[] = [];
  contents.forEach(({ card, parts }, index) => {
    const x = index * (cardWidth + CARD_GAP);
    ops.push(roundedBoxOp(x, 0, cardWidth, height, RADIUS, { fill: TINT }));
    if (card.icon) ops.push(iconOp(card.icon, x + cardWidth - pad - iconSize, pad, iconSize, ACCENT));
    let y = pad;
    for (const part of parts) {
      ops.push(...part.ops(x + pad, y));
      y += part.height;
    }
  });
  return { ops, height };
}
