// The wallet cards' words, as the shipped curriculum prints them: the rights card keeps the exceptions FACTS.md §6
// gives, the officer statement card says silent, no search, a lawyer, in each language without refusing the name
// (some states require it), every line cites its sources, and every card carries the organization and the hotline.

import { beforeAll, describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../generator/content/load.ts';
import { parseMarkup } from '../../generator/content/markup.ts';
import type { Curriculum } from '../../generator/content/types.ts';
import { buildCards, RIGHTS_CARD, STATEMENT_CARD, type CardContent } from '../../generator/handout/cards.ts';
import { renderCards } from '../../generator/pdf/cards.ts';
import { CURRICULUM_DIR } from '../../generator/paths.ts';
import type { RenderedPdf } from '../../generator/pdf/types.ts';
import { makeSpec, squash, writeTemp } from '../pdf/tools.ts';
import { readPdfText } from '../pdf/text.ts';

const ORG = 'Example Rapid Response Network';
const PHONE = '(555) 010-0100';

// A card side reads the UI strings (the language's over English, as the content view merges them), the contacts and
// the organization's name.
function cardSide(curriculum: Curriculum, language: string): CardContent {
  const ui = { ...curriculum.languages.get('en')!.meta.ui, ...curriculum.languages.get(language)!.meta.ui };
  const contacts = [{ label: 'hotline', name: 'Hotline', phone: PHONE, website: null }];
  return { ui, contacts, language: { code: language }, frame: { org: ORG } };
}

describe('the wallet card text', () => {
  let curriculum: Curriculum;
  let pdf: RenderedPdf;
  const pages: string[] = [];
  beforeAll(async () => {
    curriculum = await loadCurriculum(CURRICULUM_DIR);
    pdf = await renderCards(
      makeSpec({ header: null }),
      buildCards(cardSide(curriculum, 'en'), cardSide(curriculum, 'es')),
    );
    const file = writeTemp(pdf.bytes);
    for (const page of [1, 2, 3, 4])
      pages.push(squash(await readPdfText(file, { pages: { first: page, last: page } })));
  });

  it('prints a sheet of rights cards and a sheet of officer statement cards, English on the front', () => {
    expect(pdf.pages).toBe(4);
    expect(pages[0]).toContain('Some states require your name.');
    expect(pages[1]).toContain('Algunos estados exigen su nombre.');
    expect(pages[2]).toContain('I am exercising my rights.');
    expect(pages[3]).toContain('Estoy ejerciendo mis derechos.');
  });

  it('puts the organization and the hotline on every card, on both sides', () => {
    for (const page of [1, 2, 3, 4]) {
      const texts = pdf.boxes.filter((box) => box.page === page).map((box) => box.text);
      expect(
        texts.filter((text) => text === ORG),
        `organization on page ${page}`,
      ).toHaveLength(8);
      expect(
        texts.filter((text) => text === PHONE),
        `hotline on page ${page}`,
      ).toHaveLength(8);
      expect(texts.filter((text) => text === (page % 2 ? 'Hotline' : 'Línea de ayuda'))).toHaveLength(8);
    }
    // The hotline in large type: bigger than every line of the card.
    const phones = pdf.boxes.filter((box) => box.text === PHONE);
    expect(Math.min(...phones.map((box) => box.size))).toBeGreaterThan(12);
  });

  it('has the officer statement in both languages: silent, no search, a lawyer, nothing signed', () => {
    for (const text of [
      'I choose to remain silent, except to give my name where the law requires it.',
      'I do not consent to a search.',
      'I want to speak with a lawyer.',
      'I will not sign anything without a lawyer.',
    ])
      expect(pages[2]).toContain(text);
    for (const text of [
      'Decido guardar silencio, salvo para dar mi nombre si la ley lo exige.',
      'No doy permiso para un registro.',
      'Quiero hablar con un abogado.',
      'No firmaré nada sin un abogado.',
    ])
      expect(pages[3]).toContain(text);
  });

  it('never refuses the name on the statement card, since some states require it', () => {
    expect(pages[2]).not.toMatch(/not (?:give|tell|say) (?:you )?my name|without giving my name/i);
    expect(pages[3]).not.toMatch(/no (?:le )?(?:daré|doy|diré|digo) mi nombre/i);
  });

  it('keeps silence, the name rule, status exceptions, papers, driving and what not to do on the rights card', () => {
    expect(pages[0]).toMatch(/Stay silent about your status, except at borders, airports or on some visas/);
    expect(pages[0]).toContain('Ask a lawyer about carrying your papers.');
    expect(pages[0]).toContain('Drivers: license, registration, insurance.');
    expect(pages[0]).toContain('Never lie or show false papers. Do not run.');
    expect(pages[1]).toMatch(/Guarde silencio sobre su estatus, salvo en fronteras, aeropuertos o con ciertas visas/);
    expect(pages[1]).toContain('Pregunte a un abogado qué papeles llevar.');
    expect(pages[1]).toContain('No mienta ni use papeles falsos. No corra.');
    expect(pages[0]).not.toContain('You need not answer status questions.');
  });

  it('prints no source markers, and every line of both cards cites a source of sources.yaml', () => {
    for (const page of pages) expect(page).not.toContain('[src:');
    for (const language of ['en', 'es'])
      for (const kind of [RIGHTS_CARD, STATEMENT_CARD])
        for (const [key] of kind.lines) {
          const text = curriculum.languages.get(language)!.meta.ui[key] ?? '';
          const ids = parseMarkup(text).flatMap((node) => (node.kind === 'source' ? [node.id] : []));
          expect(ids.length, `${language} ${key}`).toBeGreaterThan(0);
          for (const id of ids) expect(curriculum.sources.has(id), `${language} ${key}: ${id}`).toBe(true);
        }
  });
});

describe('buildCards', () => {
  it('fills the band with the card title when the config names no organization', async () => {
    const curriculum = await loadCurriculum(CURRICULUM_DIR);
    const side = { ...cardSide(curriculum, 'es'), frame: { org: null } };
    const cards = buildCards(side, side);
    expect(cards).toHaveLength(16);
    expect(new Set(cards.flatMap((card) => [card.front.band, card.back.band]))).toEqual(
      new Set(['Sus derechos ante la policía']),
    );
    expect(cards[8]!.front.title).toBe('Estoy ejerciendo mis derechos.');
  });

  it('prints the legal aid line where the config gives no hotline, and no contact where it gives neither', async () => {
    const curriculum = await loadCurriculum(CURRICULUM_DIR);
    const side = cardSide(curriculum, 'en');
    const legalAid = { label: 'legalAid', name: 'Legal aid', phone: '(555) 010-0200', website: null };
    const [withLegalAid] = buildCards({ ...side, contacts: [legalAid] }, side);
    expect(withLegalAid!.front.contact).toEqual({ label: 'Legal aid', number: '(555) 010-0200' });
    expect(withLegalAid!.front.from.contact).toBe('contacts.legal_aid.phone');
    const [without] = buildCards({ ...side, contacts: [] }, side);
    expect(without!.front.contact).toBeNull();
  });
});
