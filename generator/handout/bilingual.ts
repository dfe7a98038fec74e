// The bilingual handout's flow: each part of the sheet (handout.ts) in both languages as one row of two columns,
// so that the English and the Spanish of a part start at the same height; the agreement table once, across the
// page, each cell in both languages where they differ, since half a page cannot hold it twice.

import type { Block } from '../pdf/types.ts';
import { agreementTable, buildHandoutParts, handoutBand, type HandoutInput, type HandoutPart } from './handout.ts';
import { uiText } from '../pdf/curriculum.ts';

/** Two texts of one cell as one: the same once, "a / b" where they differ, "Name (a / b)" for a shared name. */
export function mergeCell(first: string, second: string): string {
  if (first === second) return first;
  const tail = /^(.*) \(([^()]*)\)$/;
  const [a, b] = [tail.exec(first), tail.exec(second)];
  if (a && b && a[1] === b[1]) return `${a[1]} (${a[2]} / ${b[2]})`;
  return `${first} / ${second}`;
}

/** The two languages' tables of one region (same rows, same columns) as one table. */
export function mergeTables(first: Block, second: Block): Block {
  if (first.kind !== 'table' || second.kind !== 'table') return first;
  return {
    kind: 'table',
    columns: first.columns.map((column, index) => ({
      ...column,
      header: mergeCell(column.header, second.columns[index]?.header ?? column.header),
    })),
    rows: first.rows.map((row, rowIndex) =>
      row.map((cell, index) => mergeCell(cell, second.rows[rowIndex]?.[index] ?? cell)),
    ),
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
    ? [pairRow(heading(one), heading(two)), mergeTables(agreementTable(one), agreementTable(two))]
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
