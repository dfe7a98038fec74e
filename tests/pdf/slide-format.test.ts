// The typesetter's slide format: 16:9 pages in large type, page breaks that say where they landed, a bar chart, and
// lists and paragraphs in the small size.

import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../generator/pdf/render.ts';
import { SLIDE_LAYOUT, SLIDE_TYPOGRAPHY } from '../../generator/pdf/style.ts';
import type { Block } from '../../generator/pdf/types.ts';
import { expectInside, grayPage, makeSpec, pdfinfo, qpdfCheck, squash, writeTemp } from './tools.ts';
import { readPdfText } from './text.ts';

const spec = makeSpec({ paper: 'slide', header: null, pageLabel: (page, pages) => `${page} / ${pages}` });
const bullets = (count: number, text: string): Block => ({
  kind: 'bullets',
  items: Array.from({ length: count }, (_, index) => [{ text: `${text} ${index + 1}` }]),
});

describe('the slide format', () => {
  it('draws 960 x 540 pt pages in large type, a page per break, and tells where each break landed', async () => {
    const flow: Block[] = [
      { kind: 'heading', level: 1, text: 'Primera' },
      bullets(2, 'Punto'),
      { kind: 'page-break' },
      { kind: 'heading', level: 1, text: 'Larga' },
      bullets(30, 'Renglón que no cabe en una sola diapositiva'),
      { kind: 'page-break' },
      { kind: 'heading', level: 1, text: 'Última' },
      { kind: 'paragraph', runs: [{ text: 'Pie de foto' }], small: true },
    ];
    const pdf = await renderPdf(spec, [flow]);
    const file = writeTemp(pdf.bytes, 'slide');
    expect(qpdfCheck(file).status).toBe(0);
    expect(pdfinfo(file)['Page size']).toMatch(/^960 x 540 pts/);
    // Thirty bullets take more than one page: the third slide starts after them.
    expect(pdf.pages).toBeGreaterThanOrEqual(4);
    expect(pdf.breaks).toEqual([2, pdf.pages]);
    const pages = (await readPdfText(file)).split('\f').map(squash);
    expect(pages[0]).toMatch(/^Primera • Punto 1 • Punto 2 .* 1 \/ \d$/);
    expect(pages[1]).toMatch(/^Larga • Renglón/);
    expect(pages[pdf.pages - 1]).toMatch(/^Última Pie de foto/);
    const body = pdf.boxes.filter((box) => box.text.startsWith('Punto') || box.text.startsWith('Renglón'));
    expect(body.length).toBeGreaterThan(30);
    for (const box of body) expect(box.size).toBe(SLIDE_TYPOGRAPHY.body);
    expect(pdf.boxes.find((box) => box.text === 'Primera')!.size).toBe(SLIDE_TYPOGRAPHY.h1);
    expect(pdf.boxes.find((box) => box.text === 'Pie de foto')!.size).toBe(SLIDE_TYPOGRAPHY.small);
    expect(pdf.boxes.find((box) => box.text === '1 / 4' || box.text === `1 / ${pdf.pages}`)!.size).toBe(
      SLIDE_LAYOUT.furniture,
    );
    const margin = SLIDE_LAYOUT.margin;
    for (const box of pdf.boxes)
      expectInside(
        box,
        { x: margin, y: margin, width: 960 - 2 * margin, height: 540 - 2 * margin },
        'inside the margins',
      );
  });

  it('draws a bar chart with each label and count as text, bars scaled to the largest count', async () => {
    const rows = [
      { label: 'Modelo de Cárcel', value: 182, display: '182' },
      { label: 'Modelo de Órdenes de ICE', value: 499, display: '499' },
      { label: 'Modelo de Patrulla', value: 1162, display: '1.162' },
    ];
    const pdf = await renderPdf(spec, [
      [
        { kind: 'bars', rows, caption: 'Total: 1.843 acuerdos' },
        { kind: 'numbered', start: 8, small: true, items: [[{ text: 'Fuente ocho' }], [{ text: 'Fuente nueve' }]] },
      ],
    ]);
    const file = writeTemp(pdf.bytes, 'bars');
    const text = squash(await readPdfText(file));
    expect(text).toContain(
      'Modelo de Cárcel 182 Modelo de Órdenes de ICE 499 Modelo de Patrulla 1.162 Total: 1.843 acuerdos ' +
        '8. Fuente ocho 9. Fuente nueve',
    );
    for (const label of ['182', '1.162', 'Fuente ocho', 'Modelo de Cárcel'])
      expect(pdf.boxes.find((box) => box.text === label)!.size).toBe(SLIDE_TYPOGRAPHY.small);
    // The counts end at the right edge of the column, after the bars.
    const counts = pdf.boxes.filter((box) => ['182', '499', '1.162'].includes(box.text));
    for (const box of counts) expect(box.x + box.width).toBeCloseTo(960 - SLIDE_LAYOUT.margin, 1);
    // Each bar ends where its count falls on the track, between the labels and the counts (12 pt from each).
    const labels = rows.map((row) => pdf.boxes.find((box) => box.text === row.label)!);
    const start = Math.max(...labels.map((box) => box.x + box.width)) + 12;
    const end = Math.min(...counts.map((box) => box.x)) - 12;
    const page = grayPage(file, 1);
    rows.forEach((row, index) => {
      const y = 540 - (labels[index]!.y + labels[index]!.height / 2);
      const share = row.value / 1162;
      expect(page.at(start + (share - 0.03) * (end - start), y), row.label).toBeLessThan(200); // the bar
      // the track
      if (share < 1) expect(page.at(start + (share + 0.03) * (end - start), y), row.label).toBeGreaterThan(200);
    });
    expect(page.at(start - 6, 540 - (labels[0]!.y + labels[0]!.height / 2))).toBe(255); // white between label and track
  });
});
