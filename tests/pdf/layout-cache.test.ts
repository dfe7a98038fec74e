import { describe, expect, it } from 'vitest';
import { blockAtoms } from '../../generator/pdf/blocks.ts';
import { countKeptLayouts } from '../../generator/pdf/layout-cache.ts';
import { createDocument } from '../../generator/pdf/document.ts';
import { PAGE_TYPOGRAPHY } from '../../generator/pdf/style.ts';
import type { LayoutContext } from '../../generator/pdf/text-blocks.ts';
import type { Block } from '../../generator/pdf/types.ts';
import { notoMeasure } from './metrics.ts';

const keyed = (key: string): LayoutContext => ({
  width: 300,
  height: 600,
  measure: { ...notoMeasure, key },
  type: PAGE_TYPOGRAPHY,
});
// The same measure without a key: blocks.ts lays out afresh every time, the reference for what a hit must give.
const fresh: LayoutContext = { ...keyed('unused'), measure: notoMeasure };
const flow: Block[] = [
  { kind: 'heading', level: 2, text: 'Your rights at the door' },
  { kind: 'paragraph', runs: [{ text: 'You do not have to open the door. ' }, { text: 'Ask to see', bold: true }] },
  { kind: 'bullets', items: [[{ text: 'Stay calm.' }], [{ text: 'Say you wish to remain silent.' }]] },
  { kind: 'qr', url: 'https://example.org/rights', caption: 'Scan for the full guide' },
];

describe('layouts kept for reuse', () => {
  it('give on a hit the atoms a fresh layout gives, and the same as the miss before', () => {
    const expected = blockAtoms(flow, fresh);
    const miss = blockAtoms(flow, keyed('noto'));
    const hit = blockAtoms(flow, keyed('noto'));
    expect(miss).toEqual(expected);
    expect(hit).toEqual(expected);
  });

  it('are not changed by a caller who changes the atoms it got', () => {
    const expected = blockAtoms(flow, fresh);
    const first = blockAtoms(flow, keyed('changed'));
    for (const atom of first) {
      atom.height = -1;
      atom.block = 99;
      atom.role = { kind: 'piece' };
    }
    expect(blockAtoms(flow, keyed('changed'))).toEqual(expected);
  });

  it('never give one block, column, or measure the layout of another', () => {
    const ctx = keyed('collide');
    blockAtoms(flow, ctx);
    const other: Block[] = [{ kind: 'paragraph', runs: [{ text: 'You do not have to open the window.' }] }];
    expect(blockAtoms(other, ctx)).toEqual(blockAtoms(other, fresh));
    const narrow = { ...ctx, width: 120 };
    expect(blockAtoms(flow, narrow)).toEqual(blockAtoms(flow, { ...fresh, width: 120 }));
    // A measure with another key and other widths gets its own layout.
    const wide = {
      ...notoMeasure,
      width: (text: string, bold: boolean, size: number) => 2 * notoMeasure.width(text, bold, size),
    };
    expect(blockAtoms(flow, { ...ctx, measure: { ...wide, key: 'wide' } })).toEqual(
      blockAtoms(flow, { ...fresh, measure: wide }),
    );
  });

  it('hold no more than 4000 layouts', () => {
    for (let index = 0; index < 4100; index++)
      blockAtoms([{ kind: 'paragraph', runs: [{ text: `Paragraph ${index}` }] }], keyed('bound'));
    expect(countKeptLayouts()).toBeLessThanOrEqual(4000);
    expect(countKeptLayouts()).toBeGreaterThan(3000);
  });
});

describe("a document's measure key", () => {
  const spec = {
    paper: 'letter' as const,
    language: 'en',
    title: 'T',
    subject: 'S',
    creator: 'C',
    date: '2026-11-28',
    header: null,
    footer: 'F',
    pageLabel: (page: number, pages: number) => `Page ${page} of ${pages}`,
  };

  it('is the same for texts Noto Sans prints alone, and differs when another family joins', async () => {
    const latinA = (await createDocument(spec, 'Know your rights')).fonts.measure.key;
    const latinB = (await createDocument(spec, 'Conozca sus derechos: ¿qué hacer?')).fonts.measure.key;
    const chinese = (await createDocument(spec, 'Know your rights 了解你的权利')).fonts.measure.key;
    expect(latinA).toBeDefined();
    expect(latinB).toBe(latinA);
    expect(chinese).not.toBe(latinA);
  });
});
