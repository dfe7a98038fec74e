import { assert, describe, expect, it } from 'vitest';
import { ICONS } from '../../generator/design/icons.ts';
import { KitError } from '../../generator/errors.ts';
import { CARD, layoutCardFace } from '../../generator/pdf/card-face.ts';
import { renderCards } from '../../generator/pdf/cards.ts';
import { createDocument } from '../../generator/pdf/document.ts';
import type { Card, CardFace } from '../../generator/pdf/types.ts';
import { contentRect, expectInside, grayPage, makeSpec, pdffonts, qpdfCheck, squash, writeTemp } from './tools.ts';
import { readPdfText } from './text.ts';

const NAVY = '#1B3A6B';
const RED = '#8A1C00';

const face = (band: string, overrides: Partial<CardFace> = {}): CardFace => ({
  band,
  title: 'Estoy ejerciendo mis derechos.',
  lines: [
    { icon: 'silent', text: 'Elijo guardar silencio, salvo para dar mi nombre donde la ley lo exige.' },
    { icon: 'no-search', text: 'No doy permiso para un registro.' },
    { icon: 'lawyer', text: 'Quiero hablar con un abogado.' },
  ],
  contact: { label: 'Línea de ayuda', number: '(555) 010-0100' },
  from: {
    card: 'The test card (es)',
    band: 'organization.name',
    contact: 'contacts.hotline.phone',
    text: 'statementTitle, statementSilent in templates/curriculum/es/language.yaml',
  },
  ...overrides,
});
// Card k carries "Red k" on both sides, so that its front and back can be found and compared.
const card = (index: number, overrides: Partial<CardFace> = {}): Card => ({
  color: index < 8 ? NAVY : RED,
  front: face(`Red ${index + 1}`, overrides),
  back: face(`Red ${index + 1}`, { ...overrides, title: `Thẻ ${index + 1}` }),
});

// The sheet as the test expects it, independent of the renderer: 2 x 4 cards of 252 x 144 pt centred on the page.
const cardRect = (size: { width: number; height: number }, column: number, row: number) => {
  const left = (size.width - 2 * 252) / 2;
  const top = (size.height + 4 * 144) / 2;
  return { x: left + column * 252, y: top - (row + 1) * 144, width: 252, height: 144 };
};
const inset = (rect: ReturnType<typeof cardRect>, by: number) => ({
  x: rect.x + by,
  y: rect.y + by,
  width: rect.width - 2 * by,
  height: rect.height - 2 * by,
});

describe('renderCards', () => {
  it('puts 8 cards on a sheet, the back of each within a point of its front mirrored (long-edge flip)', async () => {
    const cards = Array.from({ length: 10 }, (_, index) => card(index));
    for (const paper of ['letter', 'a4'] as const) {
      const pdf = await renderCards(makeSpec({ paper, header: null }), cards);
      expect(pdf.pages).toBe(4); // fronts, backs, fronts, backs
      for (const [index] of cards.entries()) {
        const slot = index % 8;
        const [row, column] = [Math.floor(slot / 2), slot % 2];
        const sheet = Math.floor(index / 8);
        const boxes = pdf.boxes.filter((box) => box.text === `Red ${index + 1}`);
        const front = boxes.filter((box) => box.page === 2 * sheet + 1);
        const back = boxes.filter((box) => box.page === 2 * sheet + 2);
        expect(boxes.length, `card ${index + 1}`).toBe(2);
        expect([front.length, back.length]).toEqual([1, 1]);
        const frontCard = cardRect(pdf.pageSize, column, row);
        const backCard = cardRect(pdf.pageSize, 1 - column, row);
        expectInside(front[0]!, frontCard, `front of card ${index + 1}`);
        expectInside(back[0]!, backCard, `back of card ${index + 1}`);
        // Flipped on the long edge, the back's card is the front's mirrored across the page's vertical middle.
        expect(backCard.x + backCard.width).toBeCloseTo(pdf.pageSize.width - frontCard.x, 6);
        expect(Math.abs(back[0]!.x - backCard.x - (front[0]!.x - frontCard.x))).toBeLessThan(1);
        expect(Math.abs(back[0]!.y - front[0]!.y)).toBeLessThan(1);
      }
      const text = squash(await readPdfText(writeTemp(pdf.bytes), { pages: { first: 2, last: 2 } }));
      // Read left to right as the sheet is seen: card 2's back is in the left column.
      expect(text).toMatch(/^Red 2 Thẻ 2 Elijo guardar silencio.*Línea de ayuda \(555\) 010-0100 Red 1 Thẻ 1/);
    }
  });

  it('keeps every text at 10 pt or more, inside its card 8 pt from the cut, and inside the page', async () => {
    for (const paper of ['letter', 'a4'] as const) {
      const pdf = await renderCards(
        makeSpec({ paper, header: null }),
        Array.from({ length: 16 }, (_, index) => card(index)),
      );
      const rects = [0, 1, 2, 3].flatMap((row) => [0, 1].map((column) => cardRect(pdf.pageSize, column, row)));
      const footerTop = rects.reduce((lowest, rect) => Math.min(lowest, rect.y), Infinity);
      for (const box of pdf.boxes) {
        expect(box.size, box.text).toBeGreaterThanOrEqual(10);
        expectInside(box, contentRect(pdf.pageSize), 'the page');
        if (box.y + box.height < footerTop) continue; // the footer
        const rect = rects.find((candidate) => box.x >= candidate.x && box.x < candidate.x + candidate.width);
        assert(rect, `${box.text} is in a column of cards`);
        const home = rects.find(
          (candidate) => candidate.x === rect.x && box.y >= candidate.y && box.y < candidate.y + candidate.height,
        )!;
        expectInside(box, inset(home, 8), 'a card, 8 pt from its cut');
      }
    }
  });

  it('frames each card in its colour, rounded, with crop marks outside and the cut lines blank', async () => {
    const pdf = await renderCards(
      makeSpec({ header: null }),
      Array.from({ length: 8 }, (_, index) => card(index)),
    );
    const file = writeTemp(pdf.bytes);
    const page = grayPage(file, 1, 72); // one pixel per point
    const { x: left, y: bottom } = cardRect(pdf.pageSize, 0, 3);
    const top = bottom + 4 * CARD.height;
    const right = left + 2 * CARD.width;
    const pixel = (x: number, y: number) => page.at(x, pdf.pageSize.height - y);
    for (const x of [left, left + CARD.width, right]) {
      expect(Math.min(pixel(x, top + 15), pixel(x - 1, top + 15)), `mark above x=${x}`).toBeLessThan(128);
      expect(Math.min(pixel(x, bottom - 15), pixel(x - 1, bottom - 15)), `mark below x=${x}`).toBeLessThan(128);
    }
    for (let row = 0; row <= 4; row++) {
      const y = top - row * CARD.height;
      expect(Math.min(pixel(left - 15, y), pixel(left - 15, y + 1)), `mark left of row line ${row}`).toBeLessThan(128);
      expect(Math.min(pixel(right + 15, y), pixel(right + 15, y + 1)), `mark right of row line ${row}`).toBeLessThan(
        128,
      );
    }
    // Inside the block, nothing reaches the cut lines: a slightly crooked cut leaves no stray ink on a card.
    for (let y = bottom + 1; y < top - 1; y++)
      expect(pixel(left + CARD.width, y), `middle cut at y=${y}`).toBeGreaterThan(200);
    for (let x = left + 1; x < right - 1; x++)
      expect(pixel(x, top - CARD.height), `row cut at x=${x}`).toBeGreaterThan(200);
    // The frame: dark (navy) along the card's side and in its band, white in the panel, the corner rounded off.
    const cardTop = top;
    expect(pixel(left + 5, cardTop - 72)).toBeLessThan(100);
    expect(pixel(left + 200, cardTop - 7)).toBeLessThan(100);
    expect(pixel(left + 244, cardTop - 60)).toBeGreaterThan(200); // right of the text
    expect(pixel(left + 5, cardTop - 5)).toBeGreaterThan(200);
    expect(qpdfCheck(file).status).toBe(0);
    for (const font of pdffonts(file)) expect(font).toMatchObject({ emb: 'yes', sub: 'yes' });
  });

  it('still builds a card whose organization name takes two lines of the band', async () => {
    const long = 'Coalition for Humane Immigrant Rights of Los Angeles (CHIRLA)';
    const pdf = await renderCards(makeSpec({ header: null }), [card(0, { band: long })]);
    const band = pdf.boxes.filter((box) => box.page === 1 && long.includes(box.text));
    expect(band.map((box) => box.size)).toEqual([10, 10]);
    expect(squash(band.map((box) => box.text).join(' '))).toBe(long);
  });

  it('refuses a band of three lines and a number of three, naming the config field', async () => {
    const refusal = async (overrides: Partial<CardFace>) => {
      const spec = makeSpec({ header: null });
      const error = await renderCards(spec, [card(0, overrides)]).catch((caught: unknown) => caught);
      assert.instanceOf(error, KitError);
      expect(error.exitCode).toBe(2);
      return `${error.message}\n${error.hint}`;
    };
    const band = await refusal({ band: 'Red de Respuesta Rápida '.repeat(4) });
    expect(band).toMatch(/^The test card \(es\), front: the config's organization\.name takes 3 lines/);
    expect(band).toContain("Write a shorter form of the name in the config's organization.name");
    const number = await refusal({ contact: { label: 'Hotline', number: '1-844-363-1423 '.repeat(5) } });
    expect(number).toMatch(
      /^The test card \(es\), front: the config's contacts\.hotline\.phone takes 3 lines at 13 pt/,
    );
  });

  it('refuses a side that does not fit at 10 pt, naming the card, the side and the text to shorten', async () => {
    const lines = face('Red').lines;
    const error = await renderCards(makeSpec({ header: null }), [
      { ...card(0), back: face('Red', { lines: [...lines, ...lines, ...lines] }) },
    ]).catch((caught: unknown) => caught);
    assert.instanceOf(error, KitError);
    expect(error.message).toMatch(/^The test card \(es\), back, does not fit on a 3\.5 x 2 in card at 10 pt/);
    expect(error.message).not.toContain('organization.name');
    expect(error.hint).toContain("the card's text: statementTitle, statementSilent in templates/curriculum/es");
  });
});

describe('layoutCardFace', () => {
  it('draws each line beside its icon in the card colour, the title and the number in large type', async () => {
    const { fonts } = await createDocument(makeSpec(), 'Red Estoy Línea (555) 010-0100 Elijo No Quiero');
    const ops = layoutCardFace(face('Red'), RED, fonts.measure, 'front');
    const icons = ops.filter((op) => op.kind === 'svg' && op.scale !== 1);
    expect(icons.map((op) => op.kind === 'svg' && op.d)).toEqual([
      ICONS.silent,
      ICONS['no-search'],
      ICONS.lawyer,
      ICONS.phone,
    ]);
    for (const icon of icons) expect(icon).toMatchObject({ fill: [138 / 255, 28 / 255, 0] });
    const texts = ops.flatMap((op) => (op.kind === 'text' ? [op] : []));
    expect(texts.find((op) => op.text === '(555) 010-0100')).toMatchObject({ size: 13, bold: true, color: [0, 0, 0] });
    expect(texts.find((op) => op.text === 'Red')).toMatchObject({ size: 11, bold: true, color: [1, 1, 1] });
    expect(texts.find((op) => op.text.startsWith('Estoy'))).toMatchObject({ size: 11, bold: true });
    expect(Math.min(...texts.map((op) => op.size))).toBe(10);
  });

  it('leaves the contact out when there is none, and the title when the card has none', async () => {
    const { fonts } = await createDocument(makeSpec({ header: null }), 'Red Estoy Elijo No Quiero');
    const ops = layoutCardFace(face('Red', { contact: null, title: null }), NAVY, fonts.measure, 'front');
    const texts = ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));
    expect(texts.some((text) => text.includes('555') || text.includes('Línea'))).toBe(false);
    expect(texts.some((text) => text.startsWith('Estoy'))).toBe(false);
    expect(ops.some((op) => op.kind === 'svg' && op.d === ICONS.phone)).toBe(false);
  });
});
