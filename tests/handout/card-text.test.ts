// The wallet card's words, as the shipped curriculum prints them: what it says about silence, status questions
// and papers must keep the exceptions FACTS.md §6 gives, in each language, and still fit the card at 10 pt.

import { beforeAll, describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../generator/content/load.ts';
import { buildCards, type CardContent } from '../../generator/handout/cards.ts';
import { renderCards } from '../../generator/pdf/cards.ts';
import { CURRICULUM_DIR } from '../../generator/paths.ts';
import { makeSpec, squash, writeTemp } from '../pdf/tools.ts';
import { readPdfText } from '../pdf/text.ts';

// A card side reads only the UI strings (the language's over English, as the content view merges them) and contacts.
async function cardSide(language: string): Promise<CardContent> {
  const curriculum = await loadCurriculum(CURRICULUM_DIR);
  const ui = { ...curriculum.languages.get('en')!.meta.ui, ...curriculum.languages.get(language)!.meta.ui };
  const contacts = [{ label: 'hotline', name: 'Hotline', phone: '(555) 010-0100', website: null }];
  return { ui, contacts };
}

describe('the wallet card text', () => {
  let front: string;
  let back: string;
  beforeAll(async () => {
    const pdf = await renderCards(makeSpec(), buildCards(await cardSide('en'), await cardSide('es')));
    const file = writeTemp(pdf.bytes);
    front = squash(await readPdfText(file, { pages: { first: 1, last: 1 } }));
    back = squash(await readPdfText(file, { pages: { first: 2, last: 2 } }));
  });

  it('keeps the name rule beside "stay silent", in English and Spanish', () => {
    expect(front).toContain('I want to remain silent');
    expect(front).toContain('Some states require your name');
    expect(back).toContain('Quiero guardar silencio');
    expect(back).toContain('Algunos estados exigen su nombre');
  });

  it('gives the exceptions to "you need not answer status questions" and sends papers questions to a lawyer', () => {
    expect(front).toMatch(/status questions, except at borders and airports or on some visas/);
    expect(front).toContain('Ask a lawyer about carrying your papers');
    expect(back).toMatch(/estatus, salvo en fronteras, aeropuertos o con algunas visas/);
    expect(back).toContain('Pregunte a un abogado si debe llevar papeles');
  });

  it('no longer ends "You need not answer status questions" without its exceptions, in either language', () => {
    expect(front).not.toContain('You need not answer status questions.');
    expect(back).not.toContain('No tiene que contestar sobre su estatus.');
  });
});
