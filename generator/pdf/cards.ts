// Wallet cards, 3.5 x 2 in (card-face.ts draws each side), eight to a sheet with crop marks outside them; each page of
// fronts is followed by its page of backs mirrored left to right, so that printed double-sided (flip on the long edge)
// every back lands behind its front.

import { CARD, layoutCardFace } from './card-face.ts';
import { createDocument, saveDocument } from './document.ts';
import { drawOps } from './draw.ts';
import type { Op } from './ops.ts';
import { checkLabels, furnitureOps, planPage, specText } from './page.ts';
import { INK } from './style.ts';
import type { Card, CardFace, DocumentSpec, RenderedPdf, TextBox } from './types.ts';

export const GRID = { columns: 2, rows: 4 };
export const PER_SHEET = GRID.columns * GRID.rows;
const MARK = { offset: 6, length: 18, width: 0.5 }; // crop marks start this far outside the cards

/** Every string a side prints, for the font subset. */
function faceText(face: CardFace): string {
  return [
    face.band,
    face.title ?? '',
    ...face.lines.map((line) => line.text),
    face.contact?.label ?? '',
    face.contact?.number ?? '',
  ].join('\n');
}

/** Top-left corner (PDF points) of the card in `column`, `row` of a sheet `size` large. */
export function cardOrigin(
  size: { width: number; height: number },
  column: number,
  row: number,
): { x: number; top: number } {
  const left = (size.width - GRID.columns * CARD.width) / 2;
  const top = (size.height + GRID.rows * CARD.height) / 2;
  return { x: left + column * CARD.width, top: top - row * CARD.height };
}

/** Crop marks on every cut line, outside the block of cards, as ops from the page's top-left corner. */
export function cropMarkOps(size: { width: number; height: number }): Op[] {
  const { x: left, top } = cardOrigin(size, 0, 0);
  const right = left + GRID.columns * CARD.width;
  const bottom = top - GRID.rows * CARD.height;
  const y = (pdfY: number) => size.height - pdfY;
  const line = (x1: number, y1: number, x2: number, y2: number): Op => ({
    kind: 'line',
    x1,
    y1: y(y1),
    x2,
    y2: y(y2),
    lineWidth: MARK.width,
    color: INK,
  });
  const ops: Op[] = [];
  for (let column = 0; column <= GRID.columns; column++) {
    const x = left + column * CARD.width;
    ops.push(
      line(x, top + MARK.offset, x, top + MARK.offset + MARK.length),
      line(x, bottom - MARK.offset, x, bottom - MARK.offset - MARK.length),
    );
  }
  for (let row = 0; row <= GRID.rows; row++) {
    const cut = top - row * CARD.height;
    ops.push(
      line(left - MARK.offset, cut, left - MARK.offset - MARK.length, cut),
      line(right + MARK.offset, cut, right + MARK.offset + MARK.length, cut),
    );
  }
  return ops;
}

/**
 * A PDF of wallet cards, eight to a sheet in the order given: per sheet a page of fronts and then a page of backs.
 * Card text is never below 10 pt; a side that does not fit is a bad-input KitError naming what to shorten
 * (card-face.ts).
 */
export async function renderCards(spec: DocumentSpec, cards: Card[]): Promise<RenderedPdf> {
  const text = [specText(spec), ...cards.flatMap((card) => [faceText(card.front), faceText(card.back)])].join('\n');
  const { doc, fonts } = await createDocument(spec, text);
  const plan = planPage(spec, 1, fonts.measure);
  // Laid out once per distinct card: a sheet repeats the same card eight times.
  const laid = new Map<Card, { front: Op[]; back: Op[] }>();
  const sides = cards.map((card) => {
    let ops = laid.get(card);
    if (!ops) {
      ops = {
        front: layoutCardFace(card.front, card.color, fonts.measure, 'front'),
        back: layoutCardFace(card.back, card.color, fonts.measure, 'back'),
      };
      laid.set(card, ops);
    }
    return ops;
  });
  const sheets = Math.max(1, Math.ceil(cards.length / PER_SHEET));
  const pages = 2 * sheets;
  const labels = Array.from({ length: pages }, (_, index) => spec.pageLabel(index + 1, pages));
  checkLabels(labels, fonts.characters);

  const boxes: TextBox[] = [];
  const marks = cropMarkOps(plan.size);
  for (let page = 0; page < pages; page++) {
    const sheet = Math.floor(page / 2);
    const backs = page % 2 === 1;
    const pdfPage = doc.addPage([plan.size.width, plan.size.height]);
    const pageTop = { x: 0, top: plan.size.height };
    const furniture = furnitureOps(plan, labels[page]!, fonts.measure);
    drawOps(pdfPage, page + 1, [...furniture.header, ...marks], pageTop, fonts, boxes);
    // Drawn left to right, top to bottom as the sheet is seen, so that text is extracted in reading order.
    for (let row = 0; row < GRID.rows; row++) {
      for (let column = 0; column < GRID.columns; column++) {
        // Flipping the sheet on its long edge swaps left and right.
        const slot = row * GRID.columns + (backs ? GRID.columns - 1 - column : column);
        const side = sides[sheet * PER_SHEET + slot];
        if (!side) continue;
        drawOps(pdfPage, page + 1, backs ? side.back : side.front, cardOrigin(plan.size, column, row), fonts, boxes);
      }
    }
    drawOps(pdfPage, page + 1, furniture.footer, pageTop, fonts, boxes);
  }
  return { bytes: await saveDocument(doc), unprinted: fonts.unprinted, pages, boxes, pageSize: { ...plan.size } };
}
