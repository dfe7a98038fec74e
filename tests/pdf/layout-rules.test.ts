// The typesetter's rules on small flows made to break them: a column ends just where a heading, a lone line or a lone
// table row would be left, and the layout must move them; then the checker of tests/pdf/layout-rules.ts, which the
// layout tests of every output use, catches each broken rule in a layout made by hand.

import { describe, expect, it } from 'vitest';
import { buildStateMap } from '../../generator/map/build-map.ts';
import { blockAtoms } from '../../generator/pdf/blocks.ts';
import { paginateFlow, type Atom } from '../../generator/pdf/paginate.ts';
import { renderPdf } from '../../generator/pdf/render.ts';
import { PAGE_TYPOGRAPHY } from '../../generator/pdf/style.ts';
import type { AtomRole, Block, FrameLayout } from '../../generator/pdf/types.ts';
import { breakProblems, layoutProblems } from './layout-rules.ts';
import { makeSpec } from './tools.ts';
import { notoMeasure } from './metrics.ts';

const measure = notoMeasure;
const WIDTH = 300;

const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
const heading = (text: string): Block => ({ kind: 'heading', level: 2, text });
const FILLER = para('Filler.');
/** A block of exactly `count` lines in the test's column, of `WORDS` repeated and cut; `make` makes it from text. */
function linesOf(count: number, make: (text: string) => Block = para): Block {
  const atoms = (text: string) => blockAtoms([make(text)], context(1000)).length;
  let text = WORDS;
  while (atoms(text) < count) text += WORDS;
  while (atoms(text) > count) text = text.slice(0, text.lastIndexOf(' ', text.length - 2));
  expect(atoms(text)).toBe(count);
  return make(text);
}
const WORDS = 'Usted tiene derecho a guardar silencio y a no abrir la puerta sin una orden firmada por un juez. ';
const table = (rows: number): Block => ({
  kind: 'table',
  columns: [
    { header: 'Agency', width: 0.7 },
    { header: 'Model', width: 0.3 },
  ],
  rows: Array.from({ length: rows }, (_, index) => [`Agency ${index + 1}`, 'Task Force']),
});

function context(height: number) {
  return { width: WIDTH, height, measure, type: PAGE_TYPOGRAPHY };
}

/** Bottom of atom `index` (points from the top) when `atoms` are laid in one endless frame. */
function bottomOf(atoms: readonly Atom[], index: number): number {
  return atoms
    .slice(0, index + 1)
    .reduce((y, atom, at) => y + (at === 0 ? 0 : atom.discardable ? 0 : atom.spaceBefore) + atom.height, 0);
}

/**
 * Lays `blocks` in frames that end just below the atom `cut` picks (the last one that would fit the first frame
 * without the rules); returns each frame's layout as renderPdf reports it.
 */
function layOut(blocks: Block[], cut: (atoms: Atom[]) => number): FrameLayout[] {
  const endless = blockAtoms(blocks, context(10_000));
  const height = bottomOf(endless, cut(endless)) + 0.5;
  const flow = paginateFlow(blockAtoms(blocks, context(height)), height);
  return flow.placed.map((frame, page) => ({ page: page + 1, flow: 0, ...frame }));
}

/** Picks the first atom of `kind` whose role has the values `where` gives (row or line number). */
const roleIs =
  (kind: AtomRole['kind'], where: { row?: number; line?: number } = {}) =>
  (atoms: Atom[]): number =>
    atoms.findIndex((atom) => {
      const role = atom.role;
      if (role?.kind !== kind) return false;
      if (where.row !== undefined && (role.kind !== 'row' || role.row !== where.row)) return false;
      return where.line === undefined || (role.kind === 'line' && role.line === where.line);
    });

describe('keep-with-next for headings', () => {
  it('moves a heading to the next page with the table header and the first two rows', () => {
    const frames = layOut([FILLER, heading('Agreements'), table(8)], roleIs('row', { row: 0 }));
    expect(frames[0]!.last).toMatchObject({ kind: 'line', block: 0 });
    expect(frames[1]!.first).toMatchObject({ kind: 'heading', block: 1 });
    expect(breakProblems(frames)).toEqual([]);
  });

  it('keeps a heading with a list, a QR code, a ruled box and a paragraph, even past a spacer', () => {
    const followers: Block[] = [
      { kind: 'bullets', items: [[{ text: 'One' }], [{ text: 'Two' }]] },
      { kind: 'qr', url: 'https://example.org', caption: 'Our website' },
      { kind: 'notice', runs: [{ text: 'Not legal advice.' }] },
      para('Short.'),
    ];
    for (const follower of followers) {
      const frames = layOut([linesOf(8), heading('Next'), { kind: 'spacer', height: 8 }, follower], roleIs('heading'));
      expect(frames[0]!.last, follower.kind).toMatchObject({ kind: 'line', block: 0 });
      expect(frames[1]!.first, follower.kind).toMatchObject({ kind: 'heading' });
      expect(breakProblems(frames), follower.kind).toEqual([]);
    }
  });

  it('keeps a heading with a map', () => {
    const map = buildStateMap({
      state: 'TX',
      counties: { '48439': ['JEM'], '48113': ['WSO'] },
      highlight: ['48439'],
      statewide: { field: [], jail: [] },
      labels: {
        title: 'Texas: local 287(g) agreements',
        legendNone: 'No local agreement',
        legendSeveral: 'Several models',
        legendRegion: 'Workshop region',
        legendModels: { JEM: 'Jail', WSO: 'Warrant Service', TFM: 'Task Force' },
        legendMarker: 'Dot: a county too small to see',
        legendStatewide: 'Statewide agencies:',
        legendField: 'in the field, in every county',
        legendJail: 'only in their own prisons or jails',
      },
    });
    const frames = layOut(
      [linesOf(8), heading('Where we live'), { kind: 'map', map, width: 0.5, caption: 'Tarrant County' }],
      roleIs('heading'),
    );
    expect(frames[0]!.last).toMatchObject({ block: 0 });
    expect(frames[1]!.first).toMatchObject({ kind: 'heading', block: 1 });
  });

  it('keeps a run-in title (a paragraph marked keepWithNext) with the paragraph after it', () => {
    const title: Block = { kind: 'paragraph', runs: [{ text: 'Slide 3', bold: true }], keepWithNext: true };
    const frames = layOut([FILLER, title, linesOf(4)], (atoms) => atoms.findIndex((atom) => atom.block === 1));
    expect(frames[0]!.last).toMatchObject({ block: 0 });
    expect(frames[1]!.first).toMatchObject({ block: 1 });
  });
});

describe('tables', () => {
  it('leaves two rows or more at the foot of a page, not one', () => {
    const frames = layOut([FILLER, table(10)], roleIs('row', { row: 0 }));
    expect(frames[0]!.last).toMatchObject({ kind: 'line', block: 0 });
    expect(frames[1]!.first).toMatchObject({ kind: 'header' });
  });

  it('carries two rows or more to the next page, not one', () => {
    const frames = layOut([FILLER, table(10)], roleIs('row', { row: 8 }));
    expect(frames[0]!.last).toMatchObject({ kind: 'row', row: 7 });
    expect(frames[1]!.first).toMatchObject({ kind: 'row', row: 8 });
    expect(breakProblems(frames)).toEqual([]);
  });

  it('moves a table of three rows whole', () => {
    const frames = layOut([FILLER, table(3)], roleIs('row', { row: 1 }));
    expect(frames[0]!.last).toMatchObject({ kind: 'line', block: 0 });
    expect(frames[1]!.first).toMatchObject({ kind: 'header' });
    expect(frames[1]!.last).toMatchObject({ kind: 'row', row: 2 });
  });

  it('splits a long table between pages with two rows or more on each side of every break', () => {
    const frames = layOut([FILLER, table(60)], roleIs('row', { row: 10 }));
    expect(frames.length).toBeGreaterThan(4);
    expect(breakProblems(frames)).toEqual([]);
  });
});

describe('widows and orphans', () => {
  it('moves a paragraph whose first line alone would end the page', () => {
    const frames = layOut([FILLER, linesOf(5)], roleIs('line', { line: 0 }));
    expect(frames[0]!.last).toMatchObject({ block: 0 });
    expect(frames[1]!.first).toMatchObject({ block: 1, line: 0 });
  });

  it('carries two lines to the next page rather than the last line alone', () => {
    const frames = layOut([FILLER, linesOf(5)], roleIs('line', { line: 3 }));
    expect(frames[0]!.last).toMatchObject({ block: 1, line: 2 });
    expect(frames[1]!.first).toMatchObject({ block: 1, line: 3 });
  });

  it('moves a paragraph of three lines whole, and a list item of three lines', () => {
    const three = linesOf(3);
    const frames = layOut([FILLER, three], roleIs('line', { line: 1 }));
    expect(frames[1]!.first).toMatchObject({ block: 1, line: 0 });
    const list = linesOf(4, (text) => ({ kind: 'bullets', items: [[{ text: 'Short.' }], [{ text }]] }));
    const listed = layOut([FILLER, list], roleIs('line', { line: 1 }));
    expect(listed[0]!.last).toMatchObject({ block: 1, item: 0 });
    expect(listed[1]!.first).toMatchObject({ block: 1, item: 1, line: 0 });
  });
});

describe('keep blocks', () => {
  const question: Block = {
    kind: 'keep',
    blocks: [
      para('3. Which of these may you say to an officer?'),
      { kind: 'bullets', marker: 'circle', items: [[{ text: 'A. Yes' }], [{ text: 'B. No' }], [{ text: 'C. Maybe' }]] },
    ],
  };

  it('moves a group to the next page whole when it does not fit what is left', () => {
    const frames = layOut([FILLER, question], (atoms) => atoms.length - 2);
    expect(frames[0]!.last).toMatchObject({ block: 0 });
    expect(frames[1]!.first).toMatchObject({ block: 1 });
    expect(frames[1]!.last).toMatchObject({ block: 2, item: 2 });
  });

  it('lays a group taller than a page by its blocks’ own rules', () => {
    const long: Block = { kind: 'keep', blocks: [linesOf(6), linesOf(6), linesOf(6)] };
    const endless = blockAtoms([long], context(10_000));
    const height = bottomOf(endless, 7) + 0.5;
    const flow = paginateFlow(blockAtoms([long], context(height)), height);
    const frames = flow.placed.map((frame, page) => ({ page: page + 1, flow: 0, ...frame }));
    expect(frames.length).toBeGreaterThan(1);
    expect(breakProblems(frames)).toEqual([]);
  });
});

describe('markers to mark', () => {
  it('draws empty circles and squares as shapes, not as characters a font must have', () => {
    const items = [[{ text: 'A. True' }], [{ text: 'B. False' }]];
    for (const marker of ['circle', 'square'] as const) {
      const atoms = blockAtoms([{ kind: 'bullets', marker, items }], context(500));
      const ops = atoms.flatMap((atom) => atom.ops);
      expect(ops.filter((op) => op.kind === (marker === 'circle' ? 'circle' : 'rect'))).toHaveLength(2);
      expect(ops.filter((op) => op.kind === 'text').map((op) => (op.kind === 'text' ? op.text : ''))).toEqual([
        'A. True',
        'B. False',
      ]);
    }
  });
});

describe('renderPdf reports its layout', () => {
  it('tells, for each page and column, the first and last piece and why the page ended', async () => {
    const flow: Block[] = [];
    for (let section = 1; section <= 12; section++)
      flow.push(heading(`Section ${section}`), linesOf((section % 5) + 2), table((section % 6) + 1), linesOf(4));
    const pdf = await renderPdf(makeSpec(), [flow, flow.slice(0, 20)]);
    expect(pdf.pages).toBeGreaterThan(2);
    const left = pdf.layout!.filter((frame) => frame.flow === 0);
    expect(left.map((frame) => frame.page)).toEqual(Array.from({ length: pdf.pages }, (_, index) => index + 1));
    expect(left.at(-1)!.end).toBe('end');
    expect(left.slice(0, -1).every((frame) => frame.end === 'full')).toBe(true);
    expect(left[0]!.first).toMatchObject({ kind: 'heading', block: 0 });
    expect(pdf.layout!.some((frame) => frame.flow === 1)).toBe(true);
    expect(layoutProblems(pdf, 10)).toEqual([]);
  });
});

describe('the checker', () => {
  const frame = (first: AtomRole | null, last: AtomRole | null, end: FrameLayout['end'] = 'full'): FrameLayout => ({
    page: 1,
    flow: 0,
    first,
    last,
    end,
  });

  it('finds a heading, a header, a lone line and a lone row at the foot of a page', () => {
    expect(breakProblems([frame(null, { kind: 'heading', block: 4 })])).toEqual([
      'page 1, column 1: a heading ends the page (block 4)',
    ]);
    expect(breakProblems([frame(null, { kind: 'header', block: 2 })])).toHaveLength(1);
    expect(breakProblems([frame(null, { kind: 'line', block: 1, item: 0, line: 0, lines: 5 })])).toHaveLength(1);
    expect(breakProblems([frame(null, { kind: 'line', block: 1, item: 0, line: 2, lines: 4 })])).toHaveLength(1);
    expect(breakProblems([frame(null, { kind: 'row', block: 1, row: 0, rows: 9 })])).toHaveLength(1);
    expect(breakProblems([frame(null, { kind: 'row', block: 1, row: 1, rows: 3 })])).toHaveLength(1);
    expect(breakProblems([frame(null, { kind: 'row', block: 1, row: 1, rows: 4 })])).toEqual([]);
    expect(breakProblems([frame(null, { kind: 'line', block: 1, item: 0, line: 1, lines: 4 })])).toEqual([]);
  });

  it('finds a lone line and a lone row at the head of a page', () => {
    expect(breakProblems([frame({ kind: 'line', block: 1, item: 0, line: 4, lines: 5 }, null)])).toEqual([
      'page 1, column 1: line 5 of 5 of a paragraph starts the page (block 1)',
    ]);
    expect(breakProblems([frame({ kind: 'row', block: 1, row: 8, rows: 9 }, null)])).toHaveLength(1);
    expect(breakProblems([frame({ kind: 'row', block: 1, row: 7, rows: 9 }, null)])).toEqual([]);
  });

  it('lets a page break or the end of the flow end a page with a heading', () => {
    expect(breakProblems([frame(null, { kind: 'heading', block: 0 }, 'break')])).toEqual([]);
    expect(breakProblems([frame(null, { kind: 'heading', block: 0 }, 'end')])).toEqual([]);
  });

  it('finds text outside the page and text too small', () => {
    const box = { page: 1, x: 10, y: 10, width: 50, height: 12, text: 'Hotline', size: 10 };
    const pageSize = { width: 100, height: 100 };
    expect(layoutProblems({ boxes: [box], pageSize }, 10)).toEqual([]);
    expect(layoutProblems({ boxes: [{ ...box, x: 60 }], pageSize }, 10)).toEqual([
      'page 1, "Hotline": outside the page',
    ]);
    expect(layoutProblems({ boxes: [{ ...box, size: 9 }], pageSize }, 10)).toEqual([
      'page 1, "Hotline": 9 pt, under 10 pt',
    ]);
  });
});
