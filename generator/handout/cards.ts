// Wallet cards, two kinds on a sheet each: the rights card (the name rule, status questions, papers, driving, what
// not to do) and the officer statement card, ILRC's red card, which a person hands to an officer (silent, no search,
// a lawyer, nothing signed). One language on the front, another on the back; the organization and the hotline on
// every side. The words are ui strings of the language files, with their sources as [src:ID] markers.

import type { WorkshopContent } from '../content/view.ts';
import { parseMarkup } from '../content/markup.ts';
import type { IconName } from '../design/icons.ts';
import { KIT_COLORS, type Hex } from '../design/palette.ts';
import { PER_SHEET } from '../pdf/cards.ts';
import type { Card, CardFace } from '../pdf/types.ts';

/** What a card side reads of a language's content: its UI strings, contacts and the organization's name. */
export type CardContent = Pick<WorkshopContent, 'ui' | 'contacts'> & {
  language: Pick<WorkshopContent['language'], 'code'>;
  frame: Pick<WorkshopContent['frame'], 'org'>;
};

/** A kind of card: the ui keys of its title (null: none printed) and its lines with their icons, and its colour. */
interface CardKind {
  name: string; // in messages
  title: string | null;
  bandKey: string; // the band's text when the config names no organization
  lines: readonly (readonly [key: string, icon: IconName])[];
  color: Hex;
}

// The rights card has no title line: with the organization and the hotline, five rights fill it at 10 pt.
export const RIGHTS_CARD: CardKind = {
  name: 'The rights card',
  title: null,
  bandKey: 'cardTitle',
  lines: [
    ['cardStatus', 'silent'],
    ['cardName', 'id'],
    ['cardPapers', 'papers'],
    ['cardDriving', 'driving'],
    ['cardDoNot', 'do-not'],
  ],
  color: KIT_COLORS.accent,
};

// In the warning colour, as the red cards are red: a trainer can print its sheet on red card stock and tell it apart.
export const STATEMENT_CARD: CardKind = {
  name: 'The officer statement card',
  title: 'statementTitle',
  bandKey: 'cardTitle',
  lines: [
    ['statementSilent', 'silent'],
    ['statementSearch', 'no-search'],
    ['statementLawyer', 'lawyer'],
    ['statementSign', 'sign'],
  ],
  color: KIT_COLORS.warn,
};

/** A ui string as printed on a card: its [src:ID] markers dropped (the card prints no citations), spaces tidied. */
export function cardText(ui: Record<string, string>, key: string): string {
  return parseMarkup(ui[key] ?? '')
    .map((node) => (node.kind === 'text' ? node.text : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The side of `kind` in `content`'s language. */
function buildFace(kind: CardKind, content: CardContent): CardFace {
  const { ui } = content;
  // The hotline, or where the config gives none, the legal aid line (the build's checklist asks for a hotline).
  const phone = ['hotline', 'legalAid']
    .map((label) => content.contacts.find((contact) => contact.label === label && contact.phone))
    .find(Boolean);
  const keys = [kind.title, ...kind.lines.map(([key]) => key)].filter((key): key is string => key !== null);
  return {
    band: content.frame.org ?? cardText(ui, kind.bandKey),
    title: kind.title ? cardText(ui, kind.title) : null,
    lines: kind.lines.map(([key, icon]) => ({ icon, text: cardText(ui, key) })),
    contact: phone ? { label: ui[phone.label] ?? phone.label, number: phone.phone! } : null,
    from: {
      card: `${kind.name} (${content.language.code})`,
      band: 'organization.name',
      contact: `contacts.${phone?.label === 'legalAid' ? 'legal_aid' : 'hotline'}.phone`,
      text: `${keys.join(', ')} in templates/curriculum/${content.language.code}/language.yaml`,
    },
  };
}

/**
 * The sheets of cards: a sheet of rights cards, then a sheet of officer statement cards, `front`'s language on the
 * front and `back`'s on the back (the same content for a one-language workshop). `officer` is the statement card's
 * back when it differs: the English side an officer reads, for a workshop whose languages leave English out.
 */
export function buildCards(front: CardContent, back: CardContent, officer: CardContent = back): Card[] {
  return [RIGHTS_CARD, STATEMENT_CARD].flatMap((kind) => {
    const card: Card = {
      color: kind.color,
      front: buildFace(kind, front),
      back: buildFace(kind, kind === STATEMENT_CARD ? officer : back),
    };
    return Array.from({ length: PER_SHEET }, () => card);
  });
}

/**
 * The English side of the statement card when the workshop's languages (codes) leave English out: the workshop's
 * contacts and organization with the English words, so that the officer reads the statement. Null when English is
 * one of them: the card's other side is then English already.
 */
export function officerSide(content: WorkshopContent, languages: readonly string[]): CardContent | null {
  if (languages.includes('en')) return null;
  return { ...content, ui: content.officerUi, language: { code: 'en' } };
}
