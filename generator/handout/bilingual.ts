// The bilingual handout's flow: each part of the sheet (handout.ts) in both languages as one row of two columns,
// so that the English and the Spanish of a part start at the same height; the agreement table once, across the
// page, each language's models and dates in its own half, since half a page cannot hold the whole table twice.

import type { Block } from '../pdf/types.ts';
import type { WorkshopContent } from '../content/view.ts';
import { agencyLabels, agreementCells } from './agreements.ts';
import { buildHandoutParts, handoutBand, type HandoutInput, type HandoutPart } from './handout.ts';
import { uiText } from '../pdf/curriculum.ts';

/**
 * The agreement table once for both languages, each row level across the page: the agency, then its models and
 * dates in the first language on the left half, in the second on the right half. Where an agency acts (statewide,
 * a county when the region has several) follows its models, in each language.
 */
export function bilingualTable(first: WorkshopContent, second: WorkshopContent): Block {
  const sides = [first, second].map((content) => {
    const local = agencyLabels(content) !== null;
    const cells = agreementCells(content).map((row) => ({
      ...row,
      models: row.statewide || !local ? `${row.models} (${row.where})` : row.models,
    }));
    return { ui: (key: string) => content.ui[key] ?? key, cells };
  });
  const [one, two] = [sides[0]!, sides[1]!];
  return {
    kind: 'table',
    // The first three make half the width, so the second language's columns start at the page's middle.
    columns: [
      { header: one.ui('agency'), width: 0.22 },
      { header: one.ui('models'), width: 0.16 },
      { header: one.ui('signed'), width: 0.12 },
      { header: two.ui('models'), width: 0.28 },
      { header: two.ui('signed'), width: 0.22 },
    ],
    rows: one.cells.map((row, index) => [
      row.name,
      row.models,
      row.signed,
      two.cells[index]?.models ?? '',
      two.cells[index]?.signed ?? '',
    ]),
  };
}

/**
 * One flow of `first` and `second` side by side, part by part in `first`'s order (a part only one language has
 * keeps its column, the other left empty); `shared` replaces a key's row with blocks across the page. Each row is
 * zipped (pdf/columns.ts), so a long part runs on over pages.
 */
export function pairHandoutParts(
  first: readonly HandoutPart[],
  second: readonly HandoutPart[],
  shared: Readonly<Record<string, Block[]>> = {},
): Block[] {
  const keys = first.map((part) => part.key);
  for (const part of second) if (!keys.includes(part.key)) keys.push(part.key);
  return keys.flatMap((key): Block[] => {
    const own = shared[key];
    if (own) return own;
    const left = first.find((part) => part.key === key);
    const right = second.find((part) => part.key === key);
    if ((left ?? right)!.shared) return (left ?? right)!.blocks;
    return [pairRow(left?.blocks ?? [], right?.blocks ?? [])];
  });
}

const pairRow = (left: Block[], right: Block[]): Block => ({
  kind: 'columns',
  zip: true,
  rule: true,
  gap: 20,
  columns: [
    { width: 1, blocks: left },
    { width: 1, blocks: right },
  ],
});

/** The bilingual handout's blocks: the band in both languages, then the paired parts. */
export function buildBilingualHandout(first: HandoutInput, second: HandoutInput): Block[] {
  const [one, two] = [first.content, second.content];
  const heading = (content: typeof one): Block[] => [
    { kind: 'heading', level: 2, text: uiText(content, 'handoutAgreements', { region: content.frame.regionName }) },
  ];
  const agreements: Block[] = one.region.agencies.length
    ? [pairRow(heading(one), heading(two)), bilingualTable(one, two)]
    : [];
  return [
    handoutBand(one, one.ui.bilingualTitle ?? one.ui.workshopTitle ?? '287(g)'),
    ...pairHandoutParts(
      buildHandoutParts(first, 'half'),
      buildHandoutParts(second, 'half'),
      agreements.length ? { agreements } : {},
    ),
  ];
}
