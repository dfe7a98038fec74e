// The one-sheet's design rules on hand-written Markdown blocks: icon markers into callout boxes, bold lines into
// headers, boxes into balanced columns.

import { describe, expect, it } from 'vitest';
import { balancedSplit, designBlocks, takeIcon } from '../../generator/handout/sheet-design.ts';
import { markdownToBlocks } from '../../generator/pdf/markdown.ts';

const RIGHTS = `**Your rights**

- **Stay silent.** Say **"I want to remain silent."** <!-- icon: silent -->
- **But:** other rules apply at borders. <!-- icon: warning -->
- **Searches:** say **"I do not consent to a search."** <!-- icon: no-search -->

**ICE warrant or judge's warrant?** Look for a judge's signature. <!-- icon: warrant -->

Plain text stays a paragraph.`;

describe('designBlocks', () => {
  it('makes a bold line a header, icon items boxes in two columns, an icon paragraph a box, the rest as it is', () => {
    const blocks = designBlocks(markdownToBlocks(RIGHTS), 'full', 'accent');
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'columns', 'box', 'paragraph']);
    expect(blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'Your rights' });
    const grid = blocks[1]!;
    if (grid.kind !== 'columns') throw new Error('expected a row of columns');
    const boxes = grid.columns.flatMap((column) => column.blocks).filter((block) => block.kind === 'box');
    expect(boxes.map((box) => [box.icon, box.tint])).toEqual([
      ['silent', 'accent'],
      ['warning', 'warn'],
      ['no-search', 'accent'],
    ]);
    // No marker text is left in what is printed.
    expect(JSON.stringify(blocks)).not.toContain('<!--');
    expect(blocks[2]).toMatchObject({ kind: 'box', icon: 'warrant' });
  });

  it('stacks the boxes one to a row on a half-width sheet', () => {
    const blocks = designBlocks(markdownToBlocks(RIGHTS), 'half');
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'box', 'box', 'box', 'box', 'paragraph']);
  });

  it('takes the marker from the end of an item, and drops one that names no icon, keeping the text', () => {
    expect(takeIcon([{ text: 'Text <!-- icon: nothing -->' }])).toEqual({ runs: [{ text: 'Text' }] });
    expect(takeIcon([{ text: 'Call', bold: true }, { text: ' now. <!-- icon: phone -->' }])).toEqual({
      icon: 'phone',
      runs: [{ text: 'Call', bold: true }, { text: ' now.' }],
    });
    expect(takeIcon([{ text: 'No marker ' }])).toEqual({ runs: [{ text: 'No marker ' }] });
  });
});

describe('balancedSplit', () => {
  it('cuts where the two sides come closest, one at least on each', () => {
    expect(balancedSplit([10, 10, 10, 10])).toBe(2);
    expect(balancedSplit([30, 5, 5, 5, 5])).toBe(1);
    expect(balancedSplit([5, 5, 5, 5, 30])).toBe(4);
    expect(balancedSplit([1, 100])).toBe(1);
  });
});
