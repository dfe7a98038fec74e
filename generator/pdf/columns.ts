// Atoms for a row of blocks laid side by side ('columns'): as one unbreakable atom (the answers beside the map, a
// row of callout boxes), or zipped atom by atom so that a long pair (the English and Spanish of one block) can run
// on over pages while both columns start at the same height.

import type { Atom } from './paginate.ts';
import { moveOps, type Op } from './ops.ts';
import { RULE } from './style.ts';
import type { LayoutContext } from './text-blocks.ts';
import type { Block } from './types.ts';

type ColumnsBlock = Extract<Block, { kind: 'columns' }>;

/** Lays a flow of blocks out as atoms in `ctx` (blocks.ts's blockAtoms, passed in to keep the modules acyclic). */
export type LayoutBlocks = (blocks: readonly Block[], ctx: LayoutContext) => Atom[];

export const COLUMNS_GAP = 14; // points between two columns of a row

/**
 * `atoms` stacked into one piece, as paginate() would lay them in an endless frame: the space before the first
 * drawn atom and spacers at either end dropped. Returns the ops (from the top-left corner) and the height in points.
 */
export function stackAtoms(atoms: readonly Atom[]): { ops: Op[]; height: number } {
  const ops: Op[] = [];
  let y = 0;
  let started = false;
  let pending = 0; // spacers wait until something is drawn after them
  for (const atom of atoms) {
    if (atom.breakBefore) continue;
    if (atom.discardable) {
      if (started) pending += atom.height;
      continue;
    }
    if (started) y += pending + atom.spaceBefore;
    pending = 0;
    for (const op of moveOps(atom.ops, 0, y)) ops.push(op);
    y += atom.height;
    started = true;
  }
  return { ops, height: y };
}

/** `blocks` cut into the groups a zipped row pairs: each block alone, a heading with the block after it. */
export function blockGroups(blocks: readonly Block[]): Block[][] {
  const groups: Block[][] = [];
  let open: Block[] = [];
  for (const block of blocks) {
    open.push(block);
    if (block.kind !== 'heading' && block.kind !== 'spacer') {
      groups.push(open);
      open = [];
    }
  }
  if (open.length) groups.push(open);
  return groups;
}

/** The widths in points of the block's columns: their fractions of what the gaps leave of `width`. */
export function columnsWidths(block: Pick<ColumnsBlock, 'columns' | 'gap'>, width: number): number[] {
  const gap = block.gap ?? COLUMNS_GAP;
  const free = width - gap * Math.max(0, block.columns.length - 1);
  const total = block.columns.reduce((sum, column) => sum + Math.max(0, column.width), 0);
  return block.columns.map((column) =>
    total > 0 ? (Math.max(0, column.width) / total) * free : free / block.columns.length,
  );
}

/**
 * Atoms of a 'columns' block. `zip: false` (the default) gives one atom as tall as the tallest column, which moves
 * to the next page whole; a row taller than a frame is set one column after the other instead. `zip: true` pairs
 * the columns' blocks by index (a heading goes with the block after it), each pair one atom that starts both blocks
 * at one height; a pair taller than a frame is paired line by line (table row with table row), so it can break
 * between pages. `rule` draws a hairline in each gap.
 */
export function columnsAtoms(
  block: ColumnsBlock,
  ctx: LayoutContext,
  spaceBefore: number,
  layout: LayoutBlocks,
): Atom[] {
  if (block.columns.length === 0) return [];
  const widths = columnsWidths(block, ctx.width);
  const gap = block.gap ?? COLUMNS_GAP;
  const lefts = widths.map((_, index) => widths.slice(0, index).reduce((sum, width) => sum + width, 0) + index * gap);
  const rules = (top: number, height: number): Op[] =>
    block.rule
      ? lefts.slice(1).map((left) => {
          const x = left - gap / 2;
          return { kind: 'line', x1: x, y1: top, x2: x, y2: height, lineWidth: 0.5, color: RULE };
        })
      : [];
  if (!block.zip) {
    const stacks = block.columns.map((column, index) =>
      stackAtoms(layout(column.blocks, { ...ctx, width: widths[index]! })),
    );
    const height = Math.max(...stacks.map((stack) => stack.height));
    // Too tall to stand side by side on one page: the columns one after the other.
    if (height > ctx.height)
      return layout(
        block.columns.flatMap((column) => column.blocks),
        ctx,
      );
    return [
      {
        height,
        spaceBefore,
        keepWithNext: false,
        ops: [...stacks.flatMap((stack, index) => moveOps(stack.ops, lefts[index]!, 0)), ...rules(0, height)],
      },
    ];
  }
  // Zipped: block by block (a heading with the block it heads), each pair of blocks one piece when it fits a frame,
  // else line by line. Spacers and page breaks have no partner to pair with, so they leave the columns.
  const groups = block.columns.map((column, index) =>
    blockGroups(column.blocks).map((group) => layout(group, { ...ctx, width: widths[index]! })),
  );
  const count = Math.max(...groups.map((list) => list.length));
  const atoms: Atom[] = [];
  const pair = (parts: (Atom | undefined)[], gapAbove: number): Atom => {
    const height = Math.max(0, ...parts.map((part) => part?.height ?? 0));
    return {
      height,
      spaceBefore: gapAbove,
      keepWithNext: parts.some((part) => part?.keepWithNext),
      ops: [
        ...parts.flatMap((part, index) => (part ? moveOps(part.ops, lefts[index]!, 0) : [])),
        ...rules(-gapAbove, height),
      ],
    };
  };
  for (let index = 0; index < count; index++) {
    const lists = groups.map((list) => (list[index] ?? []).filter((atom) => !atom.discardable && !atom.breakBefore));
    const gapAbove =
      index === 0 ? spaceBefore : Math.max(0, ...lists.map((list) => list.find(Boolean)?.spaceBefore ?? 0));
    const stacks = lists.map(stackAtoms);
    const height = Math.max(...stacks.map((stack) => stack.height));
    if (height <= ctx.height) {
      atoms.push(
        pair(
          stacks.map((stack) => ({ ...stack, spaceBefore: 0, keepWithNext: false })),
          gapAbove,
        ),
      );
      continue;
    }
    const longest = Math.max(...lists.map((list) => list.length));
    for (let line = 0; line < longest; line++) {
      const parts = lists.map((list) => list[line]);
      const atom = pair(parts, line === 0 ? gapAbove : Math.max(0, ...parts.map((part) => part?.spaceBefore ?? 0)));
      const repeats = parts.map((part) => part?.repeat);
      if (repeats.some(Boolean)) atom.repeat = pair(repeats, 0);
      atoms.push(atom);
    }
  }
  return atoms;
}
