import { assert, describe, expect, it } from 'vitest';
import { KitError } from '../../generator/errors.ts';
import { CARD, cardOrigin, renderCards } from '../../generator/pdf/cards.ts';
import type { Block, Card } from '../../generator/pdf/types.ts';
import { expectInside, grayPage, makeSpec, pdffonts, qpdfCheck, squash, writeTemp } from './tools.ts';
import { readPdfText } from './text.ts';

const side = (title: string, lines: string[]): Block[] => [
  { kind: 'heading', level: 3, text: title },
  { kind: 'bullets', items: lines.map((line) => [{ text: line }]) },
];
const card = (index: number, extra = ''): Card => ({
  front: side(`Tarjeta ${index + 1}`, [
    'Tiene derecho a guardar silencio.',
    `No abra la puerta sin una orden judicial.${extra}`,
  ]),
  back: [
    ...side(`Thẻ ${index + 1}`, ['Quyền được im lặng.']),
    { kind: 'paragraph', runs: [{ text: 'Línea: ', bold: true }, { text: '1-800-555-0100' }] },
  ],
});
const cardRect = (size: { width: number; height: number }, column: number, row: number) => {
  const { x, top } = cardOrigin(size, column, row);
  return { x, y: top - CARD.height, width: CARD.width, height: CARD.height };
};

describe('renderCards', () => {
  it('puts eight cards on a sheet and each back behind its front when flipped on the long edge', async () => {
    const cards = Array.from({ length: 10 }, (_, index) => card(index));
    for (const paper of ['letter', 'a4'] as const) {
      const pdf = await renderCards(makeSpec({ paper }), cards);
      expect(pdf.pages).toBe(4); // fronts, backs, fronts, backs
      for (const [index] of cards.entries()) {
        const slot = index % 8,
          row = Math.floor(slot / 2),
          column = slot % 2;
        const sheet = Math.floor(index / 8);
        const front = pdf.boxes.filter((box) => box.text === `Tarjeta ${index + 1}`);
        const back = pdf.boxes.filter((box) => box.text === `Thẻ ${index + 1}`);
        expect(front.map((box) => box.page)).toEqual([2 * sheet + 1]);
        expect(back.map((box) => box.page)).toEqual([2 * sheet + 2]);
        expectInside(front[0]!, cardRect(pdf.pageSize, column, row), `front of card ${index + 1}`);
        expectInside(back[0]!, cardRect(pdf.pageSize, 1 - column, row), `back of card ${index + 1}`);
        // Mirrored: the back's left edge is as far from the sheet's right edge as the front's from the left.
        const frontCard = cardRect(pdf.pageSize, column, row);
        expect(back[0]!.x - cardRect(pdf.pageSize, 1 - column, row).x).toBeCloseTo(front[0]!.x - frontCard.x, 6);
      }
      const text = squash(await readPdfText(writeTemp(pdf.bytes), { pages: { first: 2, last: 2 } }));
      expect(text).toContain('Thẻ 2 • Quyền được im lặng. Línea: 1-800-555-0100 Thẻ 1');
    }
  });

  it('keeps every card text at 10 pt or more inside its card, and shrinks a full side from 11 pt', async () => {
    const words = ['pida', 'un', 'abogado', 'antes', 'de', 'hablar'];
    const full = ` ${Array.from({ length: 35 }, (_, index) => words[index % 6]).join(' ')}.`;
    const pdf = await renderCards(makeSpec(), [card(0), card(1, full)]);
    const cards = pdf.boxes.filter((box) => box.page === 1 && box.y > 100 && box.y < pdf.pageSize.height - 100);
    const inCard = (column: number) =>
      cards.filter(
        (box) =>
          box.x < cardRect(pdf.pageSize, column, 0).x + CARD.width && box.x > cardRect(pdf.pageSize, column, 0).x,
      );
    expect(new Set(inCard(0).map((box) => box.size))).toEqual(new Set([12, 11])); // heading and body at full size
    const shrunk = new Set(inCard(1).map((box) => box.size));
    expect(shrunk.size).toBe(2);
    expect(Math.min(...shrunk)).toBeLessThan(11);
    for (const box of pdf.boxes) expect(box.size).toBeGreaterThanOrEqual(10);
    for (const box of cards) {
      const inAny = [0, 1, 2, 3].some((row) =>
        [0, 1].some((column) => {
          const rect = cardRect(pdf.pageSize, column, row);
          return (
            box.x >= rect.x + 8 &&
            box.x + box.width <= rect.x + rect.width - 8 &&
            box.y >= rect.y + 8 &&
            box.y + box.height <= rect.y + rect.height - 8
          );
        }),
      );
      expect(inAny, `${box.text} stays 8 pt inside a card`).toBe(true);
    }
  });

  it('draws crop marks outside the cards and nothing on the cut lines between them', async () => {
    const pdf = await renderCards(
      makeSpec(),
      Array.from({ length: 8 }, (_, index) => card(index)),
    );
    const file = writeTemp(pdf.bytes);
    const page = grayPage(file, 1, 72); // one pixel per point
    const { x: left, top } = cardOrigin(pdf.pageSize, 0, 0);
    const right = left + 2 * CARD.width,
      bottom = top - 4 * CARD.height;
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
    // The cut lines themselves stay blank, so a slightly crooked cut leaves no stray line on a card.
    for (let y = bottom + 2; y < top - 2; y++)
      expect(pixel(left + CARD.width, y), `middle cut at y=${y}`).toBeGreaterThan(200);
    for (let x = left + 2; x < right - 2; x++)
      expect(pixel(x, top - CARD.height), `row cut at x=${x}`).toBeGreaterThan(200);
    expect(qpdfCheck(file).status).toBe(0);
    for (const font of pdffonts(file)) expect(font).toMatchObject({ emb: 'yes', sub: 'yes' });
  });

  it('refuses a card side that does not fit at 10 pt, naming the card and side', async () => {
    const long = 'Usted tiene derecho a guardar silencio y a pedir un abogado. '.repeat(12);
    const error = await renderCards(makeSpec(), [
      card(0),
      { ...card(1), back: [{ kind: 'paragraph', runs: [{ text: long }] }] },
    ]).catch((caught: unknown) => caught);
    assert.instanceOf(error, KitError);
    expect(error.message).toMatch(/^Card 2 \(back\) does not fit/);
  });
});
