// One side of a wallet card as ops: a rounded frame in the card's colour with the organization's name in its band, a
// white panel with the title and the lines beside their icons, and the contact in large type at the foot. Every text
// is 10 pt or more and stays in the safe zone; a side that does not fit is refused, naming the config field or the
// language file that makes it too long.

import { rgbOf, type Hex } from '../design/palette.ts';
import { KitError } from '../errors.ts';
import { iconOp, roundedBoxOp } from './icon.ts';
import { lineMetrics, lineOps } from './lines.ts';
import type { Measure } from './measure.ts';
import { moveOps, type Op } from './ops.ts';
import { INK, MIN_SIZE, WHITE, type Rgb } from './style.ts';
import type { CardFace } from './types.ts';
import { wrapRuns, type Line } from './wrap.ts';

export const CARD = { width: 252, height: 144 }; // points: 3.5 x 2 in, the wallet size
const SAFE = 8; // every glyph's box (ascent to descent) stays this far inside the cut, clear of a crooked cut
const FRAME = { inset: 4, radius: 9, border: 2.5 }; // the coloured frame: from the cut, its corners, its rim
const TEXT_X = 10; // the left edge of the text, from the cut
const LEADING = 1.15;
// Sizes in points: the organization's name (one line, or two at 10 pt), the title, the lines, the contact's label
// and its number.
const CARD_TYPE = { band: 11, bandWrapped: MIN_SIZE, title: 11, body: MIN_SIZE, label: MIN_SIZE, number: 13 };
const ICON = { line: 11, contact: 13, gap: 3.5 };
const GAP = { band: 2.5, panel: 2.5, title: 1.5, item: 0.5, contact: 1.5 };
const MOST_LINES = { band: 2, number: 2 };

/** Why a side was refused: what to shorten, and where. */
function refuse(message: string, hint: string): KitError {
  return new KitError('bad-input', message, { hint });
}

/**
 * The ops of `face` on a card of colour `color`, in points from the card's top-left corner on the cut lines (y down).
 * `side` ("front", "back") names the side in a refusal. Throws a bad-input KitError when the organization's name
 * takes more than two lines of the band, the contact's number more than two lines, or the whole side more than the
 * card, naming the config field (face.from.band, face.from.contact) or the text's file and keys (face.from.text).
 */
export function layoutCardFace(face: CardFace, color: Hex, measure: Measure, side: string): Op[] {
  const ink = rgbOf(color);
  const width = CARD.width - 2 * TEXT_X;
  const where = `${face.from.card}, ${side}`;
  const metrics = (size: number) => lineMetrics(size, LEADING, measure);
  const ops: Op[] = [];
  const text = (lines: Line[], x: number, top: number, size: number, fill: Rgb) =>
    lines.forEach((line, index) =>
      ops.push(...lineOps(line, x, top + index * metrics(size).height, size, metrics(size).baseline, fill)),
    );

  // The band: the organization's name in white on the card's colour, on one line, or on two at 10 pt.
  let bandSize = CARD_TYPE.band;
  let band = wrapRuns([{ text: face.band, bold: true }], width, bandSize, measure);
  if (band.length > 1)
    band = wrapRuns([{ text: face.band, bold: true }], width, (bandSize = CARD_TYPE.bandWrapped), measure);
  if (band.length > MOST_LINES.band)
    throw refuse(
      `${where}: the config's ${face.from.band} takes ${band.length} lines at ${bandSize} pt, and the card's band ` +
        `holds ${MOST_LINES.band}`,
      `Write a shorter form of the name in the config's ${face.from.band}: every card prints it whole, at 10 pt ` +
        'or more.',
    );
  const bandMetrics = metrics(bandSize);
  const bandTop = SAFE + bandMetrics.overshoot;
  const panelTop = bandTop + band.length * bandMetrics.height + bandMetrics.overshoot + GAP.band;
  const { inset, radius, border } = FRAME;
  ops.push(
    roundedBoxOp(inset, inset, CARD.width - 2 * inset, CARD.height - 2 * inset, radius, { fill: ink }),
    roundedBoxOp(
      inset + border,
      panelTop,
      CARD.width - 2 * (inset + border),
      CARD.height - inset - border - panelTop,
      radius - border,
      { fill: WHITE },
    ),
  );
  text(band, TEXT_X, bandTop, bandSize, WHITE);

  // The contact at the foot: icon, label and number on one row, or the number on its own lines under the label.
  const contact = face.contact ? layoutContact(face.contact, ink, measure, face.from.contact, where) : null;
  const contactTop = contact ? CARD.height - SAFE - contact.height : CARD.height - SAFE;

  // The title and the lines, centred between the band and the contact.
  const body = metrics(CARD_TYPE.body);
  const titleMetrics = metrics(CARD_TYPE.title);
  const title = face.title ? wrapRuns([{ text: face.title, bold: true }], width, CARD_TYPE.title, measure) : [];
  const indent = TEXT_X + ICON.line + ICON.gap;
  const items = face.lines.map((item) => ({
    icon: item.icon,
    lines: wrapRuns([{ text: item.text }], CARD.width - TEXT_X - indent, CARD_TYPE.body, measure),
  }));
  const above = title.length ? titleMetrics.overshoot : body.overshoot;
  const height =
    above +
    (title.length ? title.length * titleMetrics.height + GAP.title : 0) +
    items.reduce((sum, item) => sum + item.lines.length * body.height, 0) +
    Math.max(0, items.length - 1) * GAP.item +
    body.overshoot;
  const top = panelTop + GAP.panel;
  const room = contactTop - (contact ? GAP.contact : 0) - top;
  if (height > room + 1e-6) {
    const long = [
      ...(band.length > 1 ? [{ field: face.from.band, why: `takes ${band.length} lines` }] : []),
      ...(contact && contact.rows > 1 ? [{ field: face.from.contact, why: 'does not fit beside its label' }] : []),
    ];
    throw refuse(
      `${where}, does not fit on a 3.5 x 2 in card at 10 pt: it needs ${(height - room).toFixed(1)} pt more` +
        (long.length ? ` (the config's ${long.map((part) => `${part.field} ${part.why}`).join(', ')})` : ''),
      `Shorten ${long.map((part) => `the config's ${part.field}, or `).join('')}the card's text: ${face.from.text}. ` +
        'Card text is never printed smaller than 10 pt.',
    );
  }
  let y = top + (room - height) / 2 + above;
  if (title.length) {
    text(title, TEXT_X, y, CARD_TYPE.title, ink);
    y += title.length * titleMetrics.height + GAP.title;
  }
  items.forEach((item, index) => {
    if (index > 0) y += GAP.item;
    ops.push(iconOp(item.icon, TEXT_X, y + (body.height - ICON.line) / 2, ICON.line, ink));
    text(item.lines, indent, y, CARD_TYPE.body, INK);
    y += item.lines.length * body.height;
  });
  if (contact) ops.push(...moveOps(contact.ops, 0, contactTop));
  return ops;
}

/**
 * The contact's ops from the top of its glyphs (y down): the phone icon and, beside it, the label in the card's colour
 * with the number in black and large type on the same line, or under it on up to two lines. Throws when the number
 * takes more than two.
 */
function layoutContact(
  contact: { label: string; number: string },
  ink: Rgb,
  measure: Measure,
  field: string,
  where: string,
): { ops: Op[]; height: number; rows: number } {
  // rows: 1 when the number fits beside the label, else the label's row and the number's lines
  const { label: labelSize, number: numberSize } = CARD_TYPE;
  const labelMetrics = lineMetrics(labelSize, LEADING, measure);
  const numberMetrics = lineMetrics(numberSize, LEADING, measure);
  const x = TEXT_X + ICON.contact + ICON.gap;
  const width = CARD.width - TEXT_X - x;
  const labelWidth = measure.width(contact.label, true, labelSize);
  const space = measure.width(' ', true, labelSize);
  const wrap = (room: number) => wrapRuns([{ text: contact.number, bold: true }], room, numberSize, measure);
  const label = (baseline: number): Op => ({
    kind: 'text',
    x,
    baseline,
    text: contact.label,
    size: labelSize,
    bold: true,
    width: labelWidth,
    color: ink,
  });
  const icon = (height: number) => iconOp('phone', TEXT_X, (height - ICON.contact) / 2, ICON.contact, ink);
  const row = wrap(width - labelWidth - space);
  if (row.length === 1) {
    // One row: the label sits on the number's baseline.
    const top = numberMetrics.overshoot;
    const height = numberMetrics.height + 2 * top;
    return {
      ops: [
        icon(height),
        label(top + numberMetrics.baseline),
        ...lineOps(row[0]!, x + labelWidth + space, top, numberSize, numberMetrics.baseline),
      ],
      height,
      rows: 1,
    };
  }
  const lines = wrap(width);
  if (lines.length > MOST_LINES.number)
    throw refuse(
      `${where}: the config's ${field} takes ${lines.length} lines at ${numberSize} pt, and a card holds ` +
        `${MOST_LINES.number}`,
      `Write only the number in the config's ${field} (hours and other words belong in its name field, which the ` +
        'handout prints); every card ' +
        'prints it in large type.',
    );
  const top = labelMetrics.overshoot;
  const numberTop = top + labelMetrics.height + numberMetrics.overshoot;
  const height = numberTop + lines.length * numberMetrics.height + numberMetrics.overshoot;
  return {
    ops: [
      icon(height),
      label(top + labelMetrics.baseline),
      ...lines.flatMap((line, index) =>
        lineOps(line, x, numberTop + index * numberMetrics.height, numberSize, numberMetrics.baseline),
      ),
    ],
    height,
    rows: 1 + lines.length,
  };
}
