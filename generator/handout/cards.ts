// Wallet cards: the rights with local police in one language on the front and another on the back,
// with the hotline from the workshop config on both sides.

import type { WorkshopContent } from '../content/view.ts';
import type { Block, Card } from '../pdf/types.ts';

export const CARDS_PER_SHEET = 8;

/** What a card side reads of a language's content: its UI strings (title, lines, hotline label) and contacts. */
export type CardContent = Pick<WorkshopContent, 'ui' | 'contacts'>;

function side(content: CardContent): Block[] {
  const lines = (content.ui.cardLines ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const hotline = content.contacts.find((contact) => contact.label === 'hotline' && contact.phone);
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: content.ui.cardTitle ?? '' },
    { kind: 'bullets', items: lines.map((line) => [{ text: line }]) },
  ];
  if (hotline)
    blocks.push({
      kind: 'paragraph',
      runs: [{ text: `${content.ui.hotline ?? 'Hotline'}: `, bold: true }, { text: hotline.phone! }],
    });
  return blocks;
}

/** A sheet of identical cards: `front` language on the front, `back` language on the back. */
export function buildCards(front: CardContent, back: CardContent): Card[] {
  const card = { front: side(front), back: side(back) };
  return Array.from({ length: CARDS_PER_SHEET }, () => card);
}
