// The one place that dispatches on a block's kind: a flow of blocks becomes a list of atoms for paginate().

import { barAtoms } from './bars.ts';
import { bandAtoms, boxAtoms, chipsAtoms } from './callout.ts';
import { columnsAtoms } from './columns.ts';
import { reuseLayout } from './layout-cache.ts';
import type { Atom } from './paginate.ts';
import { qrAtoms } from './qr.ts';
import { mapAtoms, mapText } from './map-block.ts';
import { cardAtoms, panelAtoms } from './slide-parts.ts';
import { tableAtoms } from './table.ts';
import {
  bulletMarkers,
  headingAtoms,
  listAtoms,
  noticeAtoms,
  numberMarkers,
  paragraphAtoms,
  type LayoutContext,
} from './text-blocks.ts';
import type { Block } from './types.ts';

const AFTER_HEADING = 3; // points between a heading and its block: closer to what it heads than to what precedes it

/**
 * The atoms of a flow, each with its role and the number of its block (counted from 0, blocks in a keep block too);
 * the atoms of a keep block share a keep number.
 */
export function blockAtoms(blocks: readonly Block[], ctx: LayoutContext): Atom[] {
  const atoms: Atom[] = [];
  addAtoms(atoms, blocks, ctx, { block: 0, keep: 0 }, undefined, undefined);
  return atoms;
}

/** Adds the atoms of `blocks` to `atoms`, `after` the block given; returns the last block that was not a spacer. */
function addAtoms(
  atoms: Atom[],
  blocks: readonly Block[],
  ctx: LayoutContext,
  counter: { block: number; keep: number },
  keep: number | undefined,
  after: Block | undefined,
): Block | undefined {
  let previous = after;
  for (const block of blocks) {
    if (block.kind === 'keep') {
      previous = addAtoms(atoms, block.blocks, ctx, counter, keep ?? counter.keep++, previous);
      continue;
    }
    const gap = previous?.kind === 'heading' ? AFTER_HEADING : ctx.type.blockGap;
    const number = counter.block++;
    // One at a time: a spread of a long table's atoms into push() would overflow the call stack.
    for (const atom of reuseLayout(block, ctx, gap, () => atomsOf(block, ctx, gap))) {
      atom.role ??= { kind: 'piece' };
      atom.block = number;
      if (keep !== undefined) atom.keep = keep;
      atoms.push(atom);
    }
    if (block.kind !== 'spacer') previous = block;
  }
  return previous;
}

function atomsOf(block: Exclude<Block, { kind: 'keep' }>, ctx: LayoutContext, gap: number): Atom[] {
  switch (block.kind) {
    case 'heading':
      return headingAtoms(block.level, block.text, ctx);
    case 'paragraph':
      return paragraphAtoms(block.runs, ctx, gap, block.small, block.keepWithNext);
    case 'bullets':
      return listAtoms(block.items, bulletMarkers(block.items.length, block.marker), ctx, gap, block.small);
    case 'numbered':
      return listAtoms(block.items, numberMarkers(block.items.length, block.start), ctx, gap, block.small);
    case 'table':
      return tableAtoms(block, ctx, gap);
    case 'qr':
      return qrAtoms(block.url, block.caption, ctx, gap);
    case 'map':
      return mapAtoms(block.map, block.width, block.caption, ctx, gap);
    case 'bars':
      return barAtoms(block, ctx, gap);
    case 'notice':
      return noticeAtoms(block.runs, ctx, gap, block.small);
    case 'columns':
      return columnsAtoms(block, ctx, gap, blockAtoms);
    case 'box':
      return boxAtoms(block, ctx, gap, blockAtoms);
    case 'band':
      return bandAtoms(block, ctx, gap);
    case 'chips':
      return chipsAtoms(block, ctx, gap);
    case 'panel':
      return panelAtoms(block, ctx, gap);
    case 'cards':
      return cardAtoms(block.cards, ctx, gap);
    case 'spacer':
      return [{ height: Math.max(0, block.height), spaceBefore: 0, keepWithNext: false, ops: [], discardable: true }];
    case 'page-break':
      return [{ height: 0, spaceBefore: 0, keepWithNext: false, ops: [], breakBefore: true }];
  }
}

/** Every string a flow prints, for subsetting the fonts and checking glyph coverage. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.text;
    case 'paragraph':
    case 'notice':
      return block.runs.map((run) => run.text).join('');
    // One line per item and per cell, so that a character printed as U+FFFD is reported with its own item or cell.
    case 'bullets':
    case 'numbered':
      return block.items.map((item) => item.map((run) => run.text).join('')).join('\n');
    case 'table':
      return [
        ...block.columns.map((column) => column.header),
        ...block.rows.flat(),
        ...(block.badges?.cells.flat().map((badge) => badge.text) ?? []),
      ].join('\n');
    case 'qr':
      return block.url + block.caption;
    case 'map':
      return mapText(block.map) + (block.caption ?? '');
    case 'bars':
      return [...block.rows.flatMap((row) => [row.label, row.display]), block.caption ?? ''].join('');
    case 'keep':
      return block.blocks.map(blockText).join('\n');
    case 'columns':
      return block.columns.flatMap((column) => column.blocks.map(blockText)).join('\n');
    case 'box':
      return block.blocks.map(blockText).join('\n');
    case 'band':
      return [block.title, block.subtitle ?? ''].join('\n');
    case 'chips':
      return block.items.map((item) => item.label + item.runs.map((run) => run.text).join('')).join('\n');
    case 'panel':
      return [block.over ?? '', block.title, block.subtitle ?? '', ...block.lines].join('\n');
    case 'cards':
      return block.cards
        .flatMap((card) => [
          card.label,
          card.value,
          card.detail ?? '',
          ...(card.badges ?? []).map((badge) => badge.text),
        ])
        .join('\n');
    case 'spacer':
    case 'page-break':
      return '';
  }
}
