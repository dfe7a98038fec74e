// Wallet cards, 3.5 x 2 in, eight to a sheet with crop marks; each sheet of fronts is followed by a sheet of backs
// mirrored left to right, so that printed double-sided (flip on the long edge) every back lands behind its front.

import { KitError } from '../errors.ts';
import { blockAtoms, blockText } from './blocks.ts';
import { createDocument, saveDocument, type DocumentFonts } from './document.ts';
import { drawOps } from './draw.ts';
import type { Op } from './ops.ts';
import { checkLabels, furnitureOps, planPage, specText } from './page.ts';
import { paginate } from './paginate.ts';
import { FRAME_INSET, INK, MIN_SIZE, type Typography } from './style.ts';
import type { Block, Card, DocumentSpec, RenderedPdf, TextBox } from './types.ts';

export const CARD = { width: 252, height: 144 }; // points: 3.5 x 2 in
export const GRID = { columns: 2, rows: 4 };
const PER_SHEET = GRID.columns * GRID.rows;
const PADDING = 9; // from the cut line to the text: the usual eighth-inch safe zone survives a slightly crooked cut
const SIZES = [11, 10.5, MIN_SIZE]; // body sizes tried in turn until the side fits
const MARK = { offset: 6, length: 18, width: 0.5 }; // crop marks start this far outside the cards

function cardTypography(body: number): Typography {
  return { body, small: MIN_SIZE, h1: body + 1, h2: body + 1, h3: body + 1, leading: 1.2, blockGap: 3, itemGap: 1 };
}

/** The ops of one side of a card, in points from the top-left of its text area, at the largest size that fits. */
export function layoutCardSide(blocks: readonly Block[], fonts: DocumentFonts, name: string): Op[] {
  const width = CARD.width - 2 * PADDING;
  const height = CARD.height - 2 * PADDING - 2 * FRAME_INSET;
  for (const size of SIZES) {
    const frames = paginate(
      blockAtoms(blocks, { width, height, measure: fonts.measure, type: cardTypography(size) }),
      height,
    );
    if (frames.length === 1) return frames[0]!;
  }
  throw new KitError('bad-input', `${name} does not fit on a 3.5 x 2 in card, even at ${MIN_SIZE} pt`, {
    hint:
      'Shorten its text or move some of it to the other side or to the handout; ' +
      'card text is never printed smaller than 10 pt.',
  });
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
 * A PDF of wallet cards: per sheet of eight, a page of fronts and then a page of backs. Card text is 11 pt, shrunk to
 * 10.5 or 10 pt where a side needs it; a side that does not fit at 10 pt is a bad-input error naming the card.
 */
export async function renderCards(spec: DocumentSpec, cards: Card[]): Promise<RenderedPdf> {
  const text = [specText(spec), ...cards.flatMap((card) => [...card.front, ...card.back]).map(blockText)].join('\n');
  const { doc, fonts } = await createDocument(spec, text);
  const plan = planPage(spec, 1, fonts.measure);
  const sides = cards.map((card, index) => ({
    front: layoutCardSide(card.front, fonts, `Card ${index + 1} (front)`),
    back: layoutCardSide(card.back, fonts, `Card ${index + 1} (back)`),
  }));
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
        const origin = cardOrigin(plan.size, column, row);
        drawOps(
          pdfPage,
          page + 1,
          backs ? side.back : side.front,
          { x: origin.x + PADDING, top: origin.top - PADDING - FRAME_INSET },
          fonts,
          boxes,
        );
      }
    }
    drawOps(pdfPage, page + 1, furniture.footer, pageTop, fonts, boxes);
  }
  return { bytes: await saveDocument(doc), unprinted: fonts.unprinted, pages, boxes, pageSize: { ...plan.size } };
}
