// The handout's designed blocks laid out with the real Noto Sans metrics: rows of columns (side by side, or zipped so
// that two languages start level), callout boxes with icons, the header band and the model chips.

import { describe, expect, it } from 'vitest';
import { ICONS } from '../../generator/design/icons.ts';
import { KIT_COLORS, MODEL_COLORS, rgbOf } from '../../generator/design/palette.ts';
import { blockAtoms } from '../../generator/pdf/blocks.ts';
import type { Op } from '../../generator/pdf/ops.ts';
import { paginate, type Atom } from '../../generator/pdf/paginate.ts';
import { DENSE_TYPOGRAPHY, WHITE } from '../../generator/pdf/style.ts';
import type { LayoutContext } from '../../generator/pdf/text-blocks.ts';
import type { Block } from '../../generator/pdf/types.ts';
import { notoMeasure } from './metrics.ts';

const measure = notoMeasure;
const ctx: LayoutContext = { width: 500, height: 700, measure, type: DENSE_TYPOGRAPHY };

type TextOp = Extract<Op, { kind: 'text' }>;
const texts = (ops: readonly Op[]) => ops.filter((op): op is TextOp => op.kind === 'text');
/** Where each text was drawn once the atoms are paginated: page (0-based), x and baseline. */
function placed(atoms: Atom[], height = ctx.height) {
  return paginate(atoms, height).flatMap((ops, page) => texts(ops).map((op) => ({ page, ...op })));
}
const words = (count: number, word: string) => Array.from({ length: count }, () => word).join(' ');
const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });

describe('a row of columns', () => {
  it('stands side by side as one piece as tall as its tallest column, the second column after the gap', () => {
    const atoms = blockAtoms(
      [
        {
          kind: 'columns',
          gap: 20,
          columns: [
            { width: 1, blocks: [paragraph(words(60, 'left'))] },
            { width: 1, blocks: [paragraph('right')] },
          ],
        },
      ],
      ctx,
    );
    expect(atoms).toHaveLength(1);
    const ops = texts(atoms[0]!.ops);
    const right = ops.find((op) => op.text === 'right')!;
    expect(right.x).toBeCloseTo(240 + 20, 5);
    const left = ops.filter((op) => op.text.startsWith('left'));
    expect(Math.max(...left.map((op) => op.x + op.width))).toBeLessThanOrEqual(240 + 1e-6);
    // As tall as the left column's lines: more than one line, so taller than the right column's one line.
    const lines = new Set(left.map((op) => op.baseline)).size;
    expect(lines).toBeGreaterThan(3);
    expect(atoms[0]!.height).toBeCloseTo(lines * DENSE_TYPOGRAPHY.body * DENSE_TYPOGRAPHY.leading, 5);
  });

  it('zipped, starts each pair of blocks at one height however many lines the blocks before them took', () => {
    const row: Block = {
      kind: 'columns',
      zip: true,
      columns: [
        {
          width: 1,
          blocks: [paragraph(words(40, 'one')), { kind: 'heading', level: 2, text: 'Left' }, paragraph('A')],
        },
        { width: 1, blocks: [paragraph('uno'), { kind: 'heading', level: 2, text: 'Derecha' }, paragraph('B')] },
      ],
    };
    const drawn = placed(blockAtoms([row], ctx));
    const at = (text: string) => drawn.find((op) => op.text === text)!;
    expect(at('Left').baseline).toBeCloseTo(at('Derecha').baseline, 6);
    expect(at('A').baseline).toBeCloseTo(at('B').baseline, 6);
    expect(at('uno').baseline).toBeCloseTo(drawn.find((op) => op.text.startsWith('one'))!.baseline, 6);
    expect(at('B').x).toBeGreaterThan(250);
  });

  it('zipped, runs a pair of tables longer than a page on over pages, both headers repeated on each', () => {
    const table = (header: string): Block => ({
      kind: 'table',
      columns: [{ header, width: 1 }],
      rows: Array.from({ length: 80 }, (_, index) => [`row ${index + 1}`]),
    });
    const atoms = blockAtoms(
      [
        {
          kind: 'columns',
          zip: true,
          columns: [
            { width: 1, blocks: [table('Agency')] },
            { width: 1, blocks: [table('Agencia')] },
          ],
        },
      ],
      ctx,
    );
    const pages = paginate(atoms, 300);
    expect(pages.length).toBeGreaterThan(2);
    for (const ops of pages) {
      const drawn = texts(ops).map((op) => op.text);
      expect(drawn).toEqual(expect.arrayContaining(['Agency', 'Agencia']));
    }
    // Row 40 of each side on the same line.
    const drawn = placed(atoms, 300).filter((op) => op.text === 'row 40');
    expect(drawn).toHaveLength(2);
    expect(drawn[0]!.baseline).toBeCloseTo(drawn[1]!.baseline, 6);
    expect(drawn[0]!.page).toBe(drawn[1]!.page);
  });

  it('too tall to stand side by side on one page, is set one column after the other', () => {
    const atoms = blockAtoms(
      [
        {
          kind: 'columns',
          columns: [
            { width: 1, blocks: [paragraph(words(2000, 'long'))] },
            { width: 1, blocks: [paragraph('after')] },
          ],
        },
      ],
      ctx,
    );
    const drawn = placed(atoms);
    expect(new Set(drawn.map((op) => op.page)).size).toBeGreaterThan(1);
    const after = drawn.find((op) => op.text === 'after')!;
    expect(after.x).toBe(0);
    expect(after.page).toBe(Math.max(...drawn.map((op) => op.page)));
  });
});

describe('a callout box', () => {
  const box: Block = {
    kind: 'box',
    icon: 'silent',
    tint: 'say',
    blocks: [{ kind: 'paragraph', runs: [{ text: 'Stay silent. ', bold: true }, { text: words(30, 'say') }] }],
  };

  it('is one piece: a rounded box in its tint, the icon at its left, the text inside it after the icon', () => {
    const atoms = blockAtoms([box], { ...ctx, width: 250 });
    expect(atoms).toHaveLength(1);
    const [frame, icon] = atoms[0]!.ops;
    expect(frame).toMatchObject({ kind: 'svg', fill: rgbOf(KIT_COLORS.say), stroke: rgbOf(KIT_COLORS.accent) });
    expect(frame?.kind === 'svg' && frame.d).toMatch(/^M[\d.]+ 0 H[\d.]+ A/);
    expect(icon).toMatchObject({ kind: 'svg', d: ICONS.silent });
    const iconRight = icon?.kind === 'svg' ? icon.x + 24 * icon.scale : 0;
    for (const op of texts(atoms[0]!.ops)) {
      expect(op.x).toBeGreaterThanOrEqual(iconRight);
      expect(op.x + op.width).toBeLessThanOrEqual(250);
      expect(op.baseline).toBeLessThan(atoms[0]!.height);
    }
    expect(texts(atoms[0]!.ops)[0]).toMatchObject({ text: 'Stay silent. ', bold: true });
  });

  it('draws a warning in the warning colour, without a fill', () => {
    const [frame, icon] = blockAtoms([{ ...box, icon: 'warning', tint: 'warn' }], ctx)[0]!.ops;
    expect(frame).toMatchObject({ kind: 'svg', stroke: rgbOf(KIT_COLORS.warn) });
    expect(frame).not.toHaveProperty('fill');
    expect(icon).toMatchObject({ d: ICONS.warning, fill: rgbOf(KIT_COLORS.warn) });
  });
});

describe('the header band and the model chips', () => {
  it('sets the title white on navy in the largest size, the subtitle under it', () => {
    const [atom] = blockAtoms([{ kind: 'band', title: '287(g): Know your rights', subtitle: 'Example Network' }], ctx);
    expect(atom!.ops[0]).toMatchObject({ kind: 'svg', fill: rgbOf(KIT_COLORS.accent) });
    const [title, subtitle] = texts(atom!.ops);
    expect(title).toMatchObject({
      text: '287(g): Know your rights',
      size: DENSE_TYPOGRAPHY.h1,
      color: WHITE,
      bold: true,
    });
    expect(subtitle).toMatchObject({ text: 'Example Network', size: DENSE_TYPOGRAPHY.body, color: WHITE });
    expect(subtitle!.baseline).toBeGreaterThan(title!.baseline);
  });

  it("marks each model's line with a chip in the model's colour, its short name in black bold", () => {
    const atoms = blockAtoms(
      [
        {
          kind: 'chips',
          items: (['JEM', 'TFM'] as const).map((model) => ({
            label: model,
            color: MODEL_COLORS[model],
            runs: [{ text: `${model} text` }],
          })),
        },
      ],
      ctx,
    );
    expect(atoms).toHaveLength(2);
    for (const [index, model] of (['JEM', 'TFM'] as const).entries()) {
      const [chip] = atoms[index]!.ops;
      const [label, text] = texts(atoms[index]!.ops);
      expect(chip).toMatchObject({ kind: 'svg', fill: rgbOf(MODEL_COLORS[model]) });
      expect(label).toMatchObject({ text: model, bold: true, color: [0, 0, 0] });
      expect(text).toMatchObject({ text: `${model} text` });
      expect(text!.x).toBeGreaterThan(label!.x + label!.width);
    }
  });
});
