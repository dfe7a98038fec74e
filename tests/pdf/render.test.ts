import { describe, expect, it } from 'vitest';
import { buildStateMap } from '../../generator/map/build-map.ts';
import { renderPdf } from '../../generator/pdf/render.ts';
import { COLUMN_GAP, MARGIN, PAPER_SIZES } from '../../generator/pdf/style.ts';
import type { Block, RenderedPdf, TextBox } from '../../generator/pdf/types.ts';
import {
  catalog,
  contentRect,
  expectInside,
  makeSpec,
  pdffonts,
  pdfinfo,
  qpdfCheck,
  squash,
  writeTemp,
} from './tools.ts';
import { readPdfText } from './text.ts';

const para = (text: string, bold = false): Block => ({ kind: 'paragraph', runs: [{ text, bold }] });
const LONG_NAME = 'OficinaDelSheriffDelCondadoDeTarrant'.repeat(9).slice(0, 300);
const LOREM =
  'Usted tiene derecho a guardar silencio y a no abrir la puerta si no le muestran una orden firmada por un juez. ';

const texasMap = () =>
  buildStateMap({
    state: 'TX',
    counties: { '48439': ['JEM'], '48113': ['WSO'], '48201': ['TFM', 'JEM'], '48029': ['JEM'], '48453': ['TFM'] },
    highlight: ['48439'],
    statewide: { field: ['TFM'], jail: ['JEM'] },
    labels: {
      title: 'Texas: acuerdos 287(g) locales',
      legendNone: 'Sin acuerdo local',
      legendSeveral: 'Varios modelos',
      legendRegion: 'Región del taller',
      legendModels: { JEM: 'Modelo de cárcel', WSO: 'Oficial de órdenes', TFM: 'Grupo de trabajo' },
      legendMarker: 'Punto: un condado demasiado pequeño para verse',
      legendStatewide: 'Agencias estatales con acuerdo:',
      legendField: 'en la calle, en todos los condados',
      legendJail: 'solo dentro de sus propias prisiones o cárceles',
    },
  });

/**
 * Every text box is at least 10 pt and lies in the page's margins; body boxes lie in their column, between the
 * header's lowest box and the footer's highest.
 */
function expectAllInside(pdf: RenderedPdf, columns: number, spec = makeSpec()): void {
  const page = contentRect(pdf.pageSize);
  const width = (page.width - (columns - 1) * COLUMN_GAP) / columns;
  const furniture = (box: TextBox) =>
    box.text === spec.header || box.text === spec.footer || box.text === spec.pageLabel(box.page, pdf.pages);
  for (const box of pdf.boxes) {
    expectInside(box, page, 'inside the margins');
    expect(box.size).toBeGreaterThanOrEqual(10);
  }
  for (let number = 1; number <= pdf.pages; number++) {
    const boxes = pdf.boxes.filter((box) => box.page === number);
    const bottom = Math.max(
      ...boxes.filter((box) => furniture(box) && box.y < page.height / 2).map((box) => box.y + box.height),
    );
    const top = Math.min(...boxes.filter((box) => furniture(box) && box.y > page.height / 2).map((box) => box.y));
    for (const box of boxes.filter((candidate) => !furniture(candidate))) {
      const column = columns === 1 || box.x < MARGIN + width + COLUMN_GAP / 2 ? 0 : 1;
      expectInside(
        box,
        { x: MARGIN + column * (width + COLUMN_GAP), y: bottom, width, height: top - bottom },
        `column ${column}`,
      );
    }
  }
}

describe('renderPdf', () => {
  it('prints Spanish accents, ñ, curly quotes, Vietnamese and bullets as text a reader extracts exactly', async () => {
    const flow: Block[] = [
      { kind: 'heading', level: 1, text: 'Sus derechos: Trần Văn Ánh' },
      {
        kind: 'paragraph',
        runs: [
          { text: 'El señor Núñez dijo: “No abra la puerta”. ' },
          { text: 'Es su derecho', bold: true },
          { text: ' y el de su familia’s.' },
        ],
      },
      {
        kind: 'bullets',
        items: [[{ text: 'Pida ver la orden firmada por un juez.' }], [{ text: 'Quyền được im lặng: Trần Văn Ánh' }]],
      },
      { kind: 'numbered', items: [[{ text: 'Guarde silencio.' }], [{ text: 'Llame a su abogado.' }]] },
      { kind: 'notice', runs: [{ text: 'Aviso: ', bold: true }, { text: 'esto no es asesoría legal.' }] },
    ];
    const file = writeTemp((await renderPdf(makeSpec(), [flow])).bytes);
    const raw = squash(await readPdfText(file));
    for (const expected of [
      'Sus derechos: Trần Văn Ánh',
      'El señor Núñez dijo: “No abra la puerta”. Es su derecho y el de su familia’s.',
      '• Pida ver la orden firmada por un juez.',
      '• Quyền được im lặng: Trần Văn Ánh',
      '1. Guarde silencio.',
      '2. Llame a su abogado.',
      'Aviso: esto no es asesoría legal.',
      'Conozca sus derechos — Condado de Tarrant',
      'Página 1 de 1',
    ])
      expect(raw).toContain(expected);
    const layout = await readPdfText(file, { mode: 'lines' });
    expect(layout).toMatch(/Datos de ICE al 2026-11-01 · Información general, no es asesoría legal\.\s+Página 1 de 1/);
  });

  it('embeds every font as a subset with a Unicode map, and qpdf finds no errors', async () => {
    const file = writeTemp((await renderPdf(makeSpec(), [[para('Hola, señor Trần.'), para('Negrita', true)]])).bytes);
    const fonts = pdffonts(file);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(['NotoSans-Regular', 'NotoSans-Bold']);
    for (const font of fonts) expect(font, font.name).toMatchObject({ emb: 'yes', sub: 'yes', uni: 'yes' });
    const check = qpdfCheck(file);
    expect(check.output).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
  });

  it('keeps a 300-character name without spaces, long paragraphs and a 200-row table inside the page', async () => {
    const flow: Block[] = [
      { kind: 'heading', level: 1, text: LONG_NAME },
      para(LONG_NAME),
      ...Array.from({ length: 6 }, () => para(LOREM.repeat(8))),
      { kind: 'bullets', items: [[{ text: LONG_NAME, bold: true }], [{ text: LOREM.repeat(3) }]] },
      { kind: 'notice', runs: [{ text: LONG_NAME }] },
      { kind: 'qr', url: `https://example.org/${LONG_NAME}`, caption: LONG_NAME },
      {
        kind: 'table',
        columns: [
          { header: 'Agencia', width: 0.5 },
          { header: 'Modelo', width: 0.25 },
          { header: 'Firmado', width: 0.25 },
        ],
        rows: Array.from({ length: 200 }, (_, index) => [
          index === 7 ? LONG_NAME : `Oficina del Sheriff ${index + 1}`,
          'Grupo de trabajo',
          '2026-01-15',
        ]),
      },
    ];
    for (const paper of ['letter', 'a4'] as const) {
      const pdf = await renderPdf(makeSpec({ paper }), [flow]);
      expect(pdf.pageSize).toEqual(PAPER_SIZES[paper]);
      expect(pdf.pages).toBeGreaterThan(5);
      expectAllInside(pdf, 1);
      const file = writeTemp(pdf.bytes);
      // Every character of the long name is printed, in order, broken only between lines.
      expect((await readPdfText(file)).replace(/\s+/g, '')).toContain(LONG_NAME.repeat(2));
      // The header row opens every page that holds rows of the table.
      const tablePages = Array.from({ length: pdf.pages }, (_, index) => index + 1).filter((page) =>
        pdf.boxes.some((box) => box.page === page && box.text.startsWith('Oficina del Sheriff')),
      );
      expect(tablePages.length).toBeGreaterThan(3);
      for (const page of tablePages) {
        const text = await readPdfText(file, { mode: 'lines', pages: { first: page, last: page } });
        expect(text, `page ${page}`).toMatch(/Agencia\s+Modelo\s+Firmado/);
        const header = text.search(/Agencia\s+Modelo\s+Firmado/);
        expect(text.indexOf('Oficina del Sheriff'), `page ${page}: header above the rows`).toBeGreaterThan(header);
      }
      const rows = (await readPdfText(file)).match(/Oficina del Sheriff \d+/g) ?? [];
      expect(rows).toHaveLength(199);
    }
  });

  it('splits a table row taller than a page between its lines', async () => {
    const cell = Array.from({ length: 150 }, (_, index) => `línea ${index + 1}`).join(' ');
    const pdf = await renderPdf(makeSpec(), [
      [
        {
          kind: 'table',
          columns: [
            { header: 'Columna', width: 0.2 },
            { header: 'Texto', width: 0.8 },
          ],
          rows: [['a', cell.repeat(6)]],
        },
      ],
    ]);
    expect(pdf.pages).toBeGreaterThan(1);
    expectAllInside(pdf, 1);
    const file = writeTemp(pdf.bytes);
    for (let page = 1; page <= pdf.pages; page++)
      expect(await readPdfText(file, { mode: 'lines', pages: { first: page, last: page } })).toMatch(/Columna\s+Texto/);
  });

  it('sets two flows side by side, each in its own column and paginated on its own', async () => {
    const left: Block[] = [
      { kind: 'heading', level: 2, text: 'Izquierda' },
      ...Array.from({ length: 14 }, (_, index) => para(`Izquierda ${index} ${LOREM}`)),
    ];
    const right: Block[] = [
      { kind: 'heading', level: 2, text: 'Phải' },
      para(`Phải ${LONG_NAME}`),
      { kind: 'page-break' },
      para('Phải sau ngắt trang.'),
    ];
    const pdf = await renderPdf(makeSpec(), [left, right]);
    expectAllInside(pdf, 2);
    const middle = pdf.pageSize.width / 2;
    for (const box of pdf.boxes) {
      if (/Izquierda|guardar silencio/.test(box.text))
        expect(box.x + box.width, box.text).toBeLessThanOrEqual(middle - COLUMN_GAP / 2);
      if (/Phải|ngắt/.test(box.text)) expect(box.x, box.text).toBeGreaterThanOrEqual(middle + COLUMN_GAP / 2);
    }
    // The page break ends the right flow's first page; the left flow runs on.
    expect(pdf.boxes.find((box) => box.text.includes('ngắt'))!.page).toBe(2);
    expect(pdf.pages).toBe(
      Math.max(2, ...pdf.boxes.filter((box) => box.text.startsWith('Izquierda')).map((box) => box.page)),
    );
    const layout = await readPdfText(writeTemp(pdf.bytes), { mode: 'lines', pages: { first: 1, last: 1 } });
    expect(layout).toMatch(/Izquierda\s+Phải/);
  });

  it('gives the same bytes for the same input, with dates, title and language from the spec', async () => {
    const flow: Block[] = [para('Hola'), { kind: 'qr', url: 'https://example.org/a', caption: 'Escanee' }];
    const [first, second] = [await renderPdf(makeSpec(), [flow]), await renderPdf(makeSpec(), [flow])];
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
    const info = pdfinfo(writeTemp(first.bytes));
    expect(info).toMatchObject({
      Title: 'Conozca sus derechos — Condado de Tarrant',
      Subject: 'Acuerdos 287(g)',
      Creator: '287(g) Workshop Kit 0.1.0',
      CreationDate: '2026-11-01T00:00:00Z',
      ModDate: '2026-11-01T00:00:00Z',
      Pages: '1',
    });
    expect(info.Keywords).toBeUndefined();
    const objects = catalog(writeTemp(first.bytes));
    expect(objects).toContain('/Lang (es)');
    expect(objects).toContain('/DisplayDocTitle true');
  });

  it('fits a page with fonts, a QR code and a shaded Texas map in under 200 KB', async () => {
    const flow: Block[] = [
      { kind: 'heading', level: 1, text: 'Acuerdos 287(g) en Texas' },
      { kind: 'map', map: texasMap(), width: 0.8, caption: 'Fuente: ICE, datos al 2026-11-01.' },
      { kind: 'qr', url: 'https://example.org/kyr/tx-tarrant?lang=es', caption: 'Escanee para ver esta hoja en línea' },
    ];
    const pdf = await renderPdf(makeSpec(), [flow]);
    expect(pdf.pages).toBe(1);
    expect(pdf.bytes.length).toBeLessThan(200 * 1024);
    expectAllInside(pdf, 1);
    const text = squash(await readPdfText(writeTemp(pdf.bytes)));
    for (const label of [
      'Texas: acuerdos 287(g) locales',
      'Modelo de cárcel',
      'Oficial de órdenes',
      'Grupo de trabajo',
      'Varios modelos',
      'Sin acuerdo local',
      'Región del taller',
      'Agencias estatales con acuerdo:',
    ]) {
      expect(text).toContain(label);
    }
  });

  it('prints CJK in Noto Sans SC and a character no font has (a hieroglyph) as U+FFFD, listing its line', async () => {
    const pdf = await renderPdf(makeSpec(), [[para('Quyền 権利'), para('Signo \u{13000} raro')]]);
    expect(pdf.unprinted).toEqual([{ text: 'Signo \u{13000} raro', characters: ['\u{13000}'] }]);
    const text = squash(await readPdfText(writeTemp(pdf.bytes, 'scripts')));
    expect(text).toContain('Quyền 権利');
    expect(text).toContain('Signo \uFFFD raro');
  });

  it('prints an empty flow as one page with header and footer, and no blank page from space or breaks', async () => {
    const empty = await renderPdf(makeSpec(), [[]]);
    expect(empty.pages).toBe(1);
    expect(empty.boxes.map((box) => box.text)).toEqual([
      'Conozca sus derechos — Condado de Tarrant',
      'Datos de ICE al 2026-11-01 · Información general, no es asesoría legal.',
      'Página 1 de 1',
    ]);
    const breaks = await renderPdf(makeSpec(), [
      [
        { kind: 'page-break' },
        { kind: 'spacer', height: 5000 },
        para('Uno'),
        { kind: 'page-break' },
        { kind: 'page-break' },
        para('Dos'),
      ],
    ]);
    expect(breaks.pages).toBe(2);
  });

  it('rejects more than two flows and a date that is not an ISO date', async () => {
    await expect(renderPdf(makeSpec(), [[], [], []])).rejects.toThrow(/one flow/);
    await expect(renderPdf(makeSpec({ date: '2026-13-01' }), [[]])).rejects.toThrow(/ISO date/);
  });
});
