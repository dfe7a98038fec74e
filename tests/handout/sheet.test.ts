// The one-sheet's design rules on hand-written Markdown blocks: icon markers into callout boxes, bold lines into
// headers, boxes into balanced columns, and the bilingual table's cells in both languages.

import { describe, expect, it } from 'vitest';
import { mergeCell, mergeTables } from '../../generator/handout/bilingual.ts';
import { balancedSplit, designBlocks, takeIcon } from '../../generator/handout/sheet-design.ts';
import { markdownToBlocks } from '../../generator/pdf/markdown.ts';
import type { Block } from '../../generator/pdf/types.ts';

const RIGHTS = `**Your rights**

- <!-- icon: silent --> **Stay silent.** Say **"I want to remain silent."**
- <!-- icon: warning --> **But:** other rules apply at borders.
- <!-- icon: no-search --> **Searches:** say **"I do not consent to a search."**

<!-- icon: warrant --> **ICE warrant or judge's warrant?** Look for a judge's signature.

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

  it('drops a marker that names no icon and keeps its text', () => {
    expect(takeIcon([{ text: '<!-- icon: nothing --> Text' }])).toEqual({ runs: [{ text: 'Text' }] });
    expect(takeIcon([{ text: '<!-- icon: phone -->' }, { text: 'Call', bold: true }])).toEqual({
      icon: 'phone',
      runs: [{ text: 'Call', bold: true }],
    });
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

describe('the bilingual agreement table', () => {
  it('prints a cell once when both languages agree, both when not, a shared name once', () => {
    expect(mergeCell('Tarrant County', 'Tarrant County')).toBe('Tarrant County');
    expect(mergeCell('Task Force Model', 'Modelo de Patrulla')).toBe('Task Force Model / Modelo de Patrulla');
    expect(mergeCell('Texas National Guard (Statewide)', 'Texas National Guard (En todo el estado)')).toBe(
      'Texas National Guard (Statewide / En todo el estado)',
    );
  });

  it('merges the headers and every row', () => {
    const table = (header: string, model: string): Block => ({
      kind: 'table',
      columns: [
        { header: 'Agency', width: 0.5 },
        { header, width: 0.5 },
      ],
      rows: [['Azle Police Department', model]],
    });
    expect(mergeTables(table('Models', 'Task Force Model'), table('Modelos', 'Modelo de Patrulla'))).toEqual({
      kind: 'table',
      columns: [
        { header: 'Agency', width: 0.5 },
        { header: 'Models / Modelos', width: 0.5 },
      ],
      rows: [['Azle Police Department', 'Task Force Model / Modelo de Patrulla']],
    });
  });
});
