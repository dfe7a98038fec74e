// The typesetter's slide format: 16:9 pages in large type, page breaks that say where they landed, a bar chart, and
// lists and paragraphs in the small size.

import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../generator/pdf/render.ts';
import { SLIDE_LAYOUT, SLIDE_TYPOGRAPHY } from '../../generator/pdf/style.ts';
import type { Block } from '../../generator/pdf/types.ts';
import { expectInside, grayPage, makeSpec, pdfinfo, qpdfCheck, squash, writeTemp } from './tools.ts';
import { colorPage, hexChannels, sameColor } from './color-page.ts';
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

describe('the slide format in the kit colours', () => {
  // The palette's colours written out (design/palette.ts): a chart's bar is in the colour the map gives its model.
  const JEM = '#E69F00';
  const WSO = '#56B4E9';
  const TFM = '#009E73';
  const NAVY = '#1B3A6B';
  const TINT = '#E8EEF7';

  it('colours each bar by the model its row counts, else by its series, else in the kit navy', async () => {
    const rows = [
      { label: 'Jail Enforcement Model', value: 100, display: '100', model: 'JEM' as const },
      { label: 'Warrant Service Officer', value: 100, display: '100', model: 'WSO' as const },
      { label: 'Task Force Model', value: 100, display: '100', model: 'TFM' as const },
      { label: 'Before', value: 100, display: '100', series: 0 },
      { label: 'After', value: 100, display: '100', series: 1 },
      { label: 'Total', value: 100, display: '100' },
    ];
    const pdf = await renderPdf(spec, [[{ kind: 'bars', rows }]]);
    const file = writeTemp(pdf.bytes, 'model-bars');
    const page = colorPage(file, 1);
    const expected = [JEM, WSO, TFM, '#0072B2', '#D55E00', NAVY];
    rows.forEach((row, index) => {
      const label = pdf.boxes.find((box) => box.text === row.label)!;
      const count = pdf.boxes.filter((box) => box.text === '100')[index]!;
      // Every bar is full: its middle lies halfway between the labels' right edge and the counts.
      const labelsEnd = Math.max(
        ...rows.map((other) => {
          const box = pdf.boxes.find((candidate) => candidate.text === other.label)!;
          return box.x + box.width;
        }),
      );
      const x = (labelsEnd + count.x) / 2;
      const y = 540 - (label.y + label.height / 2);
      expect(sameColor(page.at(x, y), hexChannels(expected[index]!)), `${row.label}: ${page.at(x, y).join(',')}`).toBe(
        true,
      );
    });
  });

  it('draws a title panel, a title band and answer cards with model badges, all text inside the page', async () => {
    const flow: Block[] = [
      {
        kind: 'panel',
        over: 'Módulo 3',
        title: 'Conozca sus derechos',
        subtitle: 'Condado de Tarrant, Texas',
        lines: ['Presentado por Red de Respuesta', '5 de diciembre de 2026 · 18:30'],
      },
      { kind: 'page-break' },
      { kind: 'band', title: 'Si la policía lo para', icon: 'driving' },
      bullets(3, 'Punto'),
      { kind: 'page-break' },
      {
        kind: 'cards',
        cards: [
          {
            label: 'El sheriff',
            value: 'Sí',
            badges: [
              { text: 'Modelo de Cárcel', model: 'JEM' },
              { text: 'Patrulla', model: 'TFM' },
            ],
          },
          { label: 'Policía de la ciudad', value: '2 agencias', detail: 'Arlington, Keller' },
          { label: 'Acuerdos', value: '8' },
        ],
      },
    ];
    const pdf = await renderPdf(spec, [flow]);
    expect(pdf.pages).toBe(3);
    const file = writeTemp(pdf.bytes, 'slide-parts');
    const pages = (await readPdfText(file)).split('\f').map(squash);
    expect(pages[0]).toMatch(/^Módulo 3 Conozca sus derechos Condado de Tarrant, Texas Presentado por/);
    expect(pages[1]).toMatch(/^Si la policía lo para • Punto 1/);
    expect(pages[2]).toMatch(/^El sheriff Sí Modelo de Cárcel Patrulla Policía de la ciudad 2 agencias Arlington/);
    for (const box of pdf.boxes) {
      expect(box.size, box.text).toBeGreaterThanOrEqual(SLIDE_LAYOUT.furniture);
      expectInside(box, { x: 0, y: 0, width: 960, height: 540 }, 'inside the page');
    }
    const size = (text: string) => pdf.boxes.find((box) => box.text === text)!.size;
    expect(size('Conozca sus derechos')).toBe(1.5 * SLIDE_TYPOGRAPHY.h1);
    expect(size('Si la policía lo para')).toBe(SLIDE_TYPOGRAPHY.h1);
    // Three cards side by side: labels and details in the small size, a one-word answer at h1, a longer one at h2.
    expect(size('El sheriff')).toBe(SLIDE_TYPOGRAPHY.small);
    expect(size('Arlington, Keller')).toBe(SLIDE_TYPOGRAPHY.small);
    expect(size('Sí')).toBe(SLIDE_TYPOGRAPHY.h1);
    expect(size('2 agencias')).toBe(SLIDE_TYPOGRAPHY.h1);

    // White text on navy: the panel around its title, the band around its text; black on the models' colours.
    const at = (page: number, text: string, dx: number) => {
      const box = pdf.boxes.find((candidate) => candidate.page === page && candidate.text === text)!;
      return colorPage(file, page).at(box.x + dx, 540 - box.y - box.height / 2);
    };
    expect(sameColor(at(1, 'Conozca sus derechos', -10), hexChannels(NAVY))).toBe(true);
    expect(sameColor(at(2, 'Si la policía lo para', -4), hexChannels(NAVY))).toBe(true);
    expect(sameColor(at(3, 'El sheriff', -4), hexChannels(TINT))).toBe(true);
    expect(sameColor(at(3, 'Modelo de Cárcel', -3), hexChannels(JEM))).toBe(true);
    expect(sameColor(at(3, 'Patrulla', -3), hexChannels(TFM))).toBe(true);
    const panelText = pdf.boxes.filter((box) => box.page === 1);
    const page1 = colorPage(file, 1);
    // Somewhere inside the title's box the glyphs are white.
    const title = panelText.find((box) => box.text === 'Conozca sus derechos')!;
    const samples = Array.from({ length: 200 }, (_, index) =>
      page1.at(title.x + (index / 200) * title.width, 540 - title.y - title.height / 2),
    );
    expect(samples.some((color) => sameColor(color, [255, 255, 255], 10))).toBe(true);
  });

  it('shrinks a panel whose title is too long for the slide instead of letting it run off', async () => {
    const title = Array.from({ length: 30 }, (_, index) => `Palabra${index}`).join(' ');
    const pdf = await renderPdf(spec, [[{ kind: 'panel', title, lines: ['Una línea', 'Otra línea'] }]]);
    expect(pdf.pages).toBe(1);
    const titleBoxes = pdf.boxes.filter((box) => box.text.includes('Palabra'));
    expect(Math.max(...titleBoxes.map((box) => box.size))).toBeLessThan(1.5 * SLIDE_TYPOGRAPHY.h1);
    for (const box of pdf.boxes) expectInside(box, { x: 0, y: 0, width: 960, height: 540 }, 'inside the page');
  });

  it('moves the details of cards too tall for a slide under them as paragraphs, losing none', async () => {
    const towns = Array.from({ length: 80 }, (_, index) => `Pueblo ${index + 1} Police Department`).join('; ');
    const pdf = await renderPdf(spec, [
      [
        { kind: 'band', title: 'Policía' },
        {
          kind: 'cards',
          cards: [
            { label: 'Policía de la ciudad', value: '80', detail: towns, icon: 'place' },
            { label: 'Acuerdos', value: '80', detail: 'Ochenta acuerdos.' },
          ],
        },
      ],
    ]);
    const file = writeTemp(pdf.bytes, 'tall-cards');
    const text = squash(await readPdfText(file));
    expect(text).toMatch(/^Policía Policía de la ciudad 80 Acuerdos 80 Policía de la ciudad: Pueblo 1 Police/);
    expect(text).toContain('Pueblo 80 Police Department');
    expect(text).toContain('Acuerdos: Ochenta acuerdos.');
    expect(pdf.pages).toBeGreaterThan(1);
    for (const box of pdf.boxes) expectInside(box, { x: 0, y: 0, width: 960, height: 540 }, 'inside the page');
  });

  it("draws a table's model column as badges on the models' colours", async () => {
    const pdf = await renderPdf(spec, [
      [
        {
          kind: 'table',
          columns: [
            { header: 'Agencia', width: 0.5 },
            { header: 'Modelos', width: 0.5 },
          ],
          rows: [
            ['Oficina del Sheriff', 'Cárcel, Patrulla'],
            ['Policía de Keller', 'Órdenes'],
          ],
          badges: {
            column: 1,
            cells: [
              [
                { text: 'Cárcel', model: 'JEM' },
                { text: 'Patrulla', model: 'TFM' },
              ],
              [{ text: 'Órdenes', model: 'WSO' }],
            ],
          },
        },
      ],
    ]);
    const file = writeTemp(pdf.bytes, 'badge-table');
    const text = squash(await readPdfText(file));
    expect(text).toMatch(/^Agencia Modelos Oficina del Sheriff Cárcel Patrulla Policía de Keller Órdenes/);
    // The cell's own text is not printed as well.
    expect(text).not.toContain('Cárcel, Patrulla');
    const page = colorPage(file, 1);
    for (const [label, hex] of [
      ['Cárcel', JEM],
      ['Patrulla', TFM],
      ['Órdenes', WSO],
    ] as const) {
      const box = pdf.boxes.find((candidate) => candidate.text === label)!;
      expect(box.size).toBe(SLIDE_TYPOGRAPHY.small);
      const color = page.at(box.x - 2, 540 - box.y - box.height / 2);
      expect(sameColor(color, hexChannels(hex)), `${label}: ${color.join(',')}`).toBe(true);
    }
  });
});
