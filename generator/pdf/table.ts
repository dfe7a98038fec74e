// Atoms for a table: a header row (white bold on dark blue) repeated at the top of every frame the table spans, then
// one atom per row, ruled below; a row taller than a frame is split between its lines. A break leaves two rows or more
// on each side, and a table of fewer than four rows moves whole.

import { lineMetrics, lineOps } from './lines.ts';
import { modelBadgeOps } from './badges.ts';
import { moveOps, type Op } from './ops.ts';
import type { Atom } from './paginate.ts';
import { TABLE_HEAD, TABLE_RULE, WHITE } from './style.ts';
import type { LayoutContext } from './text-blocks.ts';
import type { Block } from './types.ts';
import type { Measure } from './measure.ts';
import { wordsOfRuns, wrapRuns, type Line } from './wrap.ts';

type TableBlock = Extract<Block, { kind: 'table' }>;

const PAD_X = 4;
const PAD_Y = 3;
const RULE_WIDTH = 0.5;
const WIDEN_AT_MOST = 1.25; // a column grows for its longest word to at most this times its share (or an equal share)

/**
 * Column widths in points filling `width`: the block's fractions (equal shares when all are zero), except that a column
 * too narrow for its longest word (`minimums`) is widened at the expense of the others, so that "Statewide" is not
 * printed as "Statewi / de". When the longest words cannot all fit, widths follow the longest words.
 */
export function columnWidths(fractions: readonly number[], width: number, minimums: readonly number[] = []): number[] {
  const clean = fractions.map((fraction) => (Number.isFinite(fraction) && fraction > 0 ? fraction : 0));
  const total = clean.reduce((sum, fraction) => sum + fraction, 0);
  const shares = clean.map((fraction) => (total > 0 ? fraction / total : 1 / clean.length));
  // A word far wider than its column's share is broken between characters anyway: it does not get to widen it.
  const mins = shares.map((share, index) =>
    Math.min(minimums[index] ?? 0, WIDEN_AT_MOST * Math.max(share * width, width / shares.length)),
  );
  const needed = mins.reduce((sum, min) => sum + min, 0);
  if (needed > width) return mins.map((min) => (min / needed) * width);
  const fixed = new Set<number>();
  for (;;) {
    const free = width - [...fixed].reduce((sum, index) => sum + mins[index]!, 0);
    const freeShare = shares.reduce((sum, share, index) => (fixed.has(index) ? sum : sum + share), 0);
    const widths = shares.map((share, index) =>
      fixed.has(index)
        ? mins[index]!
        : freeShare > 0
          ? (share / freeShare) * free
          : free / (shares.length - fixed.size),
    );
    const short = widths.findIndex((value, index) => !fixed.has(index) && value < mins[index]! - 1e-9);
    if (short < 0) return widths;
    fixed.add(short);
  }
}

/**
 * Width in points of a column's longest word (words break at spaces, hyphens and slashes) that is no wider than
 * `cap`: a wider word is broken between characters anyway and must not squeeze the other columns.
 */
function longestWord(texts: readonly string[], bold: boolean, size: number, measure: Measure, cap: number): number {
  let longest = 0;
  for (const text of texts) {
    for (const word of wordsOfRuns([{ text, bold }])) {
      const width = word.pieces.reduce((sum, piece) => sum + measure.width(piece.text, piece.bold, size), 0);
      if (width <= cap) longest = Math.max(longest, width);
    }
  }
  return longest;
}

export function tableAtoms(block: TableBlock, ctx: LayoutContext, spaceBefore: number): Atom[] {
  if (block.columns.length === 0) return [];
  const size = ctx.type.small;
  const { height: lineHeight, baseline } = lineMetrics(size, ctx.type.leading, ctx.measure);
  const fractions = block.columns.map((column) => column.width);
  const shares = columnWidths(fractions, ctx.width);
  const minimums = block.columns.map((column, index) => {
    const cap = WIDEN_AT_MOST * Math.max(shares[index]!, ctx.width / shares.length) - 2 * PAD_X;
    const header = longestWord([column.header], true, size, ctx.measure, cap);
    return (
      Math.max(
        header,
        longestWord(
          block.rows.map((row) => row[index] ?? ''),
          false,
          size,
          ctx.measure,
          cap,
        ),
      ) +
      2 * PAD_X +
      0.01
    );
  });
  const widths = columnWidths(fractions, ctx.width, minimums);
  if (widths.some((width) => width - 2 * PAD_X < 1.2 * size)) {
    throw new Error(
      `tableAtoms: ${block.columns.length} columns (${block.columns.map((column) => column.header).join(' | ')}) ` +
        `do not fit across ${ctx.width.toFixed(0)} pt; use fewer columns`,
    );
  }
  const lefts = widths.map((_, index) => widths.slice(0, index).reduce((sum, width) => sum + width, 0));
  const wrapCells = (cells: readonly string[], bold: boolean): Line[][] =>
    widths.map((width, index) => wrapRuns([{ text: cells[index] ?? '', bold }], width - 2 * PAD_X, size, ctx.measure));

  const headerCells = wrapCells(
    block.columns.map((column) => column.header),
    true,
  );
  const headerLines = Math.max(1, ...headerCells.map((lines) => lines.length));
  const headerHeight = headerLines * lineHeight + 2 * PAD_Y;
  const header: Atom = {
    height: headerHeight,
    spaceBefore,
    keepWithNext: true,
    role: { kind: 'header' },
    ops: [
      { kind: 'rect', x: 0, y: 0, width: ctx.width, height: headerHeight, fill: TABLE_HEAD },
      ...headerCells.flatMap((lines, column) =>
        lines.flatMap((line, index) =>
          lineOps(line, lefts[column]! + PAD_X, PAD_Y + index * lineHeight, size, baseline, WHITE),
        ),
      ),
    ],
  };
  const maxLines = Math.floor((ctx.height - headerHeight - 2 * PAD_Y - RULE_WIDTH) / lineHeight);
  if (maxLines < 1)
    throw new Error(
      `tableAtoms: the header of the table (${block.columns.map((column) => column.header).join(' | ')}) ` +
        'leaves no room for a row',
    );

  const atoms: Atom[] = [header];
  const rows = block.rows.length;
  // The first row keeps with the second and the last but one with the last; a short table keeps all its rows.
  const keepsNext = (row: number) => row < rows - 1 && (rows < 4 || row === 0 || row === rows - 2);
  const badgeColumn = block.badges?.column ?? -1;
  block.rows.forEach((row, rowIndex) => {
    if (row.length > block.columns.length) {
      throw new Error(
        `tableAtoms: row ${rowIndex + 1} has ${row.length} cells but the table has ${block.columns.length} columns`,
      );
    }
    const cells = wrapCells(row, false);
    // A badge column's cell: its models on their colours instead of its text, in the row's first lines.
    const badgeCell = block.badges?.cells[rowIndex];
    const badges = badgeCell?.length ? modelBadgeOps(badgeCell, widths[badgeColumn]! - 2 * PAD_X, ctx) : null;
    if (badges) cells[badgeColumn] = [];
    const badgeLines = badges ? Math.ceil(badges.height / lineHeight - 1e-6) : 0;
    const count = Math.max(1, badgeLines, ...cells.map((lines) => lines.length));
    for (let start = 0; start < count; start += maxLines) {
      const end = Math.min(count, start + maxLines);
      const height = (end - start) * lineHeight + 2 * PAD_Y + RULE_WIDTH;
      const ops: Op[] = cells.flatMap((lines, column) =>
        lines
          .slice(start, end)
          .flatMap((line, index) => lineOps(line, lefts[column]! + PAD_X, PAD_Y + index * lineHeight, size, baseline)),
      );
      if (badges && start === 0) ops.push(...moveOps(badges.ops, lefts[badgeColumn]! + PAD_X, PAD_Y));
      ops.push({
        kind: 'line',
        x1: 0,
        y1: height - RULE_WIDTH / 2,
        x2: ctx.width,
        y2: height - RULE_WIDTH / 2,
        lineWidth: RULE_WIDTH,
        color: TABLE_RULE,
      });
      // The pieces of a row taller than a frame keep together as far as a frame holds them.
      atoms.push({
        height,
        spaceBefore: 0,
        keepWithNext: end < count || keepsNext(rowIndex),
        ops,
        repeat: header,
        role: { kind: 'row', row: rowIndex, rows },
      });
    }
  });
  return atoms;
}
