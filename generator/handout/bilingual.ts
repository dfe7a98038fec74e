// The bilingual handout's flow: each part of the sheet (handout.ts) in both languages as one row of two columns,
// so that the English and the Spanish of a part start at the same height; shared parts (a page break) once.

import type { Block } from '../pdf/types.ts';
import type { HandoutPart } from './handout.ts';

/**
 * One flow of `first` and `second` side by side, part by part in `first`'s order (a part only one language has
 * keeps its column, the other left empty). Each row is zipped (pdf/columns.ts), so a long part runs on over pages.
 */
export function pairHandoutParts(first: readonly HandoutPart[], second: readonly HandoutPart[]): Block[] {
  const keys = [...first.map((part) => part.key)];
  for (const part of second) if (!keys.includes(part.key)) keys.push(part.key);
  return keys.flatMap((key): Block[] => {
    const left = first.find((part) => part.key === key);
    const right = second.find((part) => part.key === key);
    if ((left ?? right)!.shared) return (left ?? right)!.blocks;
    return [
      {
        kind: 'columns',
        zip: true,
        rule: true,
        gap: 20,
        columns: [
          { width: 1, blocks: left?.blocks ?? [] },
          { width: 1, blocks: right?.blocks ?? [] },
        ],
      },
    ];
  });
}
