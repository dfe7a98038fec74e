// Layouts of blocks kept for reuse: most blocks of a region's documents (the curriculum's pages, cards, quiz pages)
// are the same for every region of a language, so a batch worker lays each of them out once per column and font set.

import type { Atom } from './paginate.ts';
import type { LayoutContext } from './text-blocks.ts';
import type { Block } from './types.ts';

/** Blocks whose text (as JSON) is longer than this are laid out every time: a map's geometry, a long table. */
const MAX_BLOCK_CHARS = 20_000;
const MAX_LAYOUTS = 4000;
const layouts = new Map<string, readonly Atom[]>();

/**
 * The atoms of `block` in `ctx` `gap` points after what precedes it, as `layout` makes them, made once per distinct
 * block, column size, typography and measure (by its key; a measure without a key is never reused). Atoms are copied
 * on the way out, so a caller may set their own fields (role, block, keep); their ops are shared and never changed.
 * At most 4000 layouts are kept, the oldest dropped first.
 */
export function reuseLayout(block: Block, ctx: LayoutContext, gap: number, layout: () => Atom[]): Atom[] {
  if (ctx.measure.key === undefined || block.kind === 'map') return layout();
  const content = JSON.stringify(block);
  // A map anywhere inside is the region's own, and its geometry long: not worth keeping.
  if (content.length > MAX_BLOCK_CHARS || content.includes('"kind":"map"')) return layout();
  const key = JSON.stringify([ctx.measure.key, ctx.width, ctx.height, ctx.type, gap, content]);
  let atoms = layouts.get(key);
  if (!atoms) {
    atoms = layout().map((atom) => ({ ...atom }));
    if (layouts.size >= MAX_LAYOUTS) layouts.delete(layouts.keys().next().value!);
    layouts.set(key, atoms);
  }
  return atoms.map((atom) => ({ ...atom }));
}

/** How many layouts are kept (for tests). */
export function countKeptLayouts(): number {
  return layouts.size;
}
