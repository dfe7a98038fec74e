// The bilingual handout's flow: each part of the sheet (handout.ts) in both languages as one row of two columns,
// so that the English and the Spanish of a part start at the same height; the agreement table once, across the
// page (half a page cannot hold it twice): the agency, the models as language-neutral badges, each language's dates.

import type { Block } from '../pdf/types.ts';
import type { WorkshopContent } from '../content/view.ts';
import { agencyLabels, agreementCells, modelBadges } from './agreements.ts';
import { buildHandoutParts, handoutBand, type HandoutInput, type HandoutPart } from './handout.ts';
import { uiText } from '../pdf/curriculum.ts';

/**
 * The agreement table once for both languages, each row level across the page: the agency (where it acts in both
 * languages, when the table must say it), its models as badges of their language-neutral abbreviations (JEM, WSO,
 * TFM, on the model's colour, as the models' chips explain them on the sheet), then the signing dates in each
 * language.
 */
export function bilingualTable(first: WorkshopContent, second: WorkshopContent): Block {
  const sides = [first, second].map((content) => ({
    ui: (key: string) => content.ui[key] ?? key,
    local: agencyLabels(content) !== null,
    cells: agreementCells(content),
  }));
  const [one, two] = [sides[0]!, sides[1]!];
  const both = (key: string) => `${one.ui(key)} / ${two.ui(key)}`;
  return {
    kind: 'table',
    columns: [
      { header: both('agency'), width: 0.42 },
      { header: both('models'), width: 0.14 },
      { header: one.ui('signed'), width: 0.21 },
      { header: two.ui('signed'), width: 0.23 },
    ],
    rows: one.cells.map((row, index) => {
      const other = two.cells[index];
      const wheres = [...new Set([row.where, other?.where ?? row.where])].join(' / ');
      return [
        row.statewide || !one.local ? `${row.name} (${wheres})` : row.name,
        row.models,
        row.signed,
        other?.signed ?? '',
      ];
    }),
    badges: { column: 1, cells: modelBadges(first, (model) => model) },
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
