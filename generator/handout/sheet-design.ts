// The curriculum's handout Markdown, designed for the one-sheet: a paragraph all in bold becomes a section header, and
// a paragraph or list item that ends with an icon marker (<!-- icon: NAME -->, a name of design/icons.ts) becomes
// a callout box with that icon; a list of such items becomes a grid of boxes. The markers are HTML comments, so the
// workshop script (Markdown) shows the same text without them.

import { ICONS, type IconName } from '../design/icons.ts';
import type { Block, Run } from '../pdf/types.ts';

const BOX_GAP = 3; // points between two boxes of a column, on top of the flow's gap between blocks
const ICON_MARKER = /\s*<!--\s*icon:\s*([a-z-]+)\s*-->\s*/g;

/** How wide the sheet's flow is: the whole page (one language) or half of it (the bilingual handout). */
export type SheetWidth = 'full' | 'half';

const isIconName = (name: string): name is IconName => Object.hasOwn(ICONS, name);

/**
 * `runs` without their icon marker (written at the end of an item, where Markdown shows an HTML comment as
 * nothing), and the icon it names (undefined when none or not a known icon).
 */
export function takeIcon(runs: readonly Run[]): { icon?: IconName; runs: Run[] } {
  let name: string | undefined;
  const stripped = runs.map((run) => ({
    ...run,
    text: run.text.replace(ICON_MARKER, (_, found: string) => {
      name ??= found;
      return ' ';
    }),
  }));
  if (name === undefined) return { runs: [...runs] };
  const last = stripped.length - 1;
  const kept = stripped
    .map((run, index) => {
      const start = index === 0 ? run.text.trimStart() : run.text;
      return { ...run, text: index === last ? start.trimEnd() : start };
    })
    .filter((run) => run.text !== '');
  return isIconName(name) ? { icon: name, runs: kept } : { runs: kept };
}

/** The tint of a box by its icon: a warning or a "do not" in the warning colour, everything else words to say. */
function tintOf(icon: IconName | undefined, fallback: 'say' | 'accent'): 'say' | 'accent' | 'warn' {
  return icon === 'warning' || icon === 'do-not' ? 'warn' : fallback;
}

const isAllBold = (runs: readonly Run[]) =>
  runs.length > 0 && runs.every((run) => run.bold || run.text.trim() === '') && runs.some((run) => run.bold);

/** A box of one paragraph. */
const box = (runs: Run[], icon: IconName | undefined, tint: 'say' | 'accent'): Block => ({
  kind: 'box',
  blocks: [{ kind: 'paragraph', runs }],
  ...(icon ? { icon } : {}),
  tint: tintOf(icon, tint),
});

const BOX_OVERHEAD = 60; // characters' worth of a box's padding and gap, for balancing the columns

/** Characters of text in a box, for balancing. */
function blockLength(block: Block): number {
  if (block.kind === 'box') return block.blocks.reduce((sum, inner) => sum + blockLength(inner), 0);
  if (block.kind === 'paragraph') return block.runs.reduce((sum, run) => sum + run.text.length, 0);
  return 0;
}

/** Where to cut `lengths` into a left and a right run whose sums are closest (at least one on each side). */
export function balancedSplit(lengths: readonly number[]): number {
  const total = lengths.reduce((sum, length) => sum + length, 0);
  let best = 1;
  let left = 0;
  for (let cut = 1; cut < lengths.length; cut++) {
    left += lengths[cut - 1]!;
    const prior = lengths.slice(0, best).reduce((sum, length) => sum + length, 0);
    if (Math.max(left, total - left) < Math.max(prior, total - prior)) best = cut;
  }
  return best;
}

/**
 * Boxes in two columns on a full-width sheet, read down the left column and then the right (the first half on the
 * left), so that a tall box does not leave a hole beside a short one; one to a row on a half-width sheet.
 */
export function boxGrid(boxes: readonly Block[], width: SheetWidth): Block[] {
  if (width === 'half' || boxes.length < 2) return [...boxes];
  const half = balancedSplit(boxes.map((block) => blockLength(block) + BOX_OVERHEAD));
  const spaced = (list: readonly Block[]) =>
    list.flatMap((block, index): Block[] => (index ? [{ kind: 'spacer', height: BOX_GAP }, block] : [block]));
  return [
    {
      kind: 'columns',
      columns: [
        { width: 1, blocks: spaced(boxes.slice(0, half)) },
        { width: 1, blocks: spaced(boxes.slice(half)) },
      ],
    },
  ];
}

/**
 * `blocks` (a module's handout part) designed for the sheet: bold-only paragraphs as level-2 headings, paragraphs
 * with an icon as boxes (tinted `tint`), lists whose items carry icons as grids of boxes; the rest as it is.
 */
export function designBlocks(blocks: readonly Block[], width: SheetWidth, tint: 'say' | 'accent' = 'say'): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.kind === 'paragraph') {
      if (isAllBold(block.runs))
        return [
          {
            kind: 'heading',
            level: 2,
            text: block.runs
              .map((run) => run.text)
              .join('')
              .trim(),
          },
        ];
      const { icon, runs } = takeIcon(block.runs);
      return icon ? [box(runs, icon, tint)] : [{ ...block, runs }];
    }
    if (block.kind === 'bullets' || block.kind === 'numbered') {
      const items = block.items.map(takeIcon);
      if (!items.some((item) => item.icon)) return [{ ...block, items: items.map((item) => item.runs) }];
      return boxGrid(
        items.map((item) => box(item.runs, item.icon, tint)),
        width,
      );
    }
    return [block];
  });
}
