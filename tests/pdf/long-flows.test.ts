// Flows far longer than any handout (a table of 200,000 rows, a row of 300,000 drawing operations) are laid out
// without a spread of their parts into push(), which overflows the call stack past about a hundred thousand.

import { describe, expect, it } from 'vitest';
import { blockAtoms } from '../../generator/pdf/blocks.ts';
import type { Op } from '../../generator/pdf/ops.ts';
import { paginate } from '../../generator/pdf/paginate.ts';
import { PAGE_TYPOGRAPHY } from '../../generator/pdf/style.ts';

// Every character 5 points wide: the layout's arithmetic, without fonts.
const measure = {
  width: (text: string, _bold: boolean, size: number) => (text.length * size) / 2,
  ascent: 0.8,
  descent: 0.2,
};

describe('long flows', () => {
  it('lay out a table of 200,000 rows into an atom for its header and one per row', () => {
    const rows = Array.from({ length: 200_000 }, (_, index) => [String(index + 1), 'x']);
    const atoms = blockAtoms(
      [
        {
          kind: 'table',
          columns: [
            { header: 'N', width: 0.5 },
            { header: 'V', width: 0.5 },
          ],
          rows,
        },
      ],
      { width: 500, height: 700, measure, type: PAGE_TYPOGRAPHY },
    );
    expect(atoms).toHaveLength(200_001);
  });

  it('paginate an atom of 300,000 drawing operations', () => {
    const ops = Array.from({ length: 300_000 }, (_, index): Op => ({
      kind: 'line',
      x1: 0,
      y1: index / 1000,
      x2: 1,
      y2: index / 1000,
      lineWidth: 0.1,
      color: [0, 0, 0],
    }));
    const frames = paginate([{ height: 10, spaceBefore: 0, keepWithNext: false, ops }], 700);
    expect(frames).toHaveLength(1);
    expect(frames[0]).toHaveLength(300_000);
  });
});
