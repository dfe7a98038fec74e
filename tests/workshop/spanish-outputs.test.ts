// No English in Spanish outputs: a county kit built in English and Spanish, the text of every Spanish PDF (read with
// pdf.js; the Spanish column of the bilingual handout, the Spanish side of the cards) and of the Spanish deck, checked
// against the English locale's interface strings and the Spanish glossary.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../generator/errors.ts';
import { findGlossaryHits, parseGlossary } from '../../generator/content/glossary.ts';
import { loadCurriculum } from '../../generator/content/load.ts';
import type { WorkshopContent } from '../../generator/content/view.ts';
import { CURRICULUM_DIR } from '../../generator/paths.ts';
import { PAPER_SIZES } from '../../generator/pdf/style.ts';
import type { BuildResult } from '../../generator/workshop/build.ts';
import { buildTestKit, tempDir } from '../helpers.ts';
import { readPdfText } from '../pdf/text.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

// ICE's English model names are proper names: the Spanish text gives them in parentheses on purpose (ES-TERMS §3),
// as it gives the English names of ICE's two lists, so that people can find them on ICE's site.
const PROPER_NAMES = new Set(['modelJEM', 'modelWSO', 'modelTFM']);
const ICE_LIST_NAMES = ['Participating Agencies', 'Pending Agencies'];
// The foot of a two-language page carries both languages' stamp line and page label (checked on its own below).
const FOOTER = 80; // points from the bottom edge: the footer takes up to three lines above the 36 pt margin

/**
 * The English locale's interface texts that a Spanish output must not show: each value of en/language.yaml that
 * differs from the Spanish one, cut at its placeholders and lines, kept where it has 4 letters or more (shorter
 * parts are numbers, abbreviations or words such as "of" that say nothing alone).
 */
function englishFragments(en: Record<string, string>, es: Record<string, string>): Map<string, string> {
  const fragments = new Map<string, string>();
  for (const [key, value] of Object.entries(en)) {
    if (es[key] === value || PROPER_NAMES.has(key)) continue;
    for (const part of value.split(/\{\{[^}]*\}\}|\n/)) {
      const text = part.trim().replace(/^[-–:;,.()“”"' ]+|[-–:;,.()“”"' ]+$/g, '');
      if ((text.match(/\p{L}/gu) ?? []).length >= 4) fragments.set(text, key);
    }
  }
  return fragments;
}

/**
 * The data of a workshop as printed (agency, county and place names, the organization, contacts, the titles of the
 * sources) and the proper names a Spanish text keeps in English: not the kit's interface.
 */
function dataStrings(content: WorkshopContent, en: Record<string, string>): string[] {
  return [
    ...[...PROPER_NAMES].map((key) => en[key]!),
    ...ICE_LIST_NAMES,
    content.frame.regionName,
    content.frame.org ?? '',
    ...content.region.agencies.flatMap((agency) => [agency.name]),
    ...content.contacts.flatMap((contact) => [contact.name ?? '', contact.website ?? '']),
    ...content.sources.flatMap((source) => [source.title, source.publisher ?? '']),
  ].filter(Boolean);
}

/** `text` without the data strings, and without county names ("Tarrant County"), which are data too. */
function withoutData(text: string, data: string[]): string {
  let rest = squash(text);
  for (const value of [...data].sort((a, b) => b.length - a.length)) rest = rest.split(squash(value)).join(' ');
  return rest.replace(/(?:\p{Lu}[\p{L}.'-]*\s)+County\b/gu, ' ');
}

/** Each English interface text found in `text`, with its key and what surrounds it. */
function findEnglish(text: string, fragments: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [fragment, key] of fragments) {
    const words = fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const match = new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, 'u').exec(text);
    if (match)
      found.push(`${key}: "${fragment}" in "…${text.slice(Math.max(0, match.index - 40), match.index + 60)}…"`);
  }
  return found;
}

describe('a county kit in English and Spanish', () => {
  let result: BuildResult;
  let spanish: WorkshopContent;
  const texts = new Map<string, string>(); // each Spanish output (or its Spanish part) -> its text
  const footers = new Map<string, string>(); // the two-language PDFs -> the text at the foot of their pages
  let englishDeck = '';
  let ui: { en: Record<string, string>; es: Record<string, string> };

  beforeAll(async () => {
    const curriculum = await loadCurriculum(CURRICULUM_DIR);
    ui = { en: curriculum.languages.get('en')!.meta.ui, es: curriculum.languages.get('es')!.meta.ui };
    const out = path.join(tempDir(), 'out');
    result = await buildTestKit(
      {
        region: 'tx/tarrant-county',
        languages: ['en', 'es'],
        organization: { name: 'Example Rapid Response Network', website: 'https://example.org' },
        contacts: {
          hotline: { name: 'Rapid-response hotline', phone: '(555) 010-0100' },
          legal_aid: { name: 'Example Legal Aid', phone: '(555) 010-0200' },
          website: 'https://example.org',
        },
        paper: 'letter',
      },
      out,
      {
        onContents: ({ contents }) => {
          spanish = contents.find((content) => content.language.code === 'es')!;
        },
      },
    );
    const width = PAPER_SIZES.letter.width;
    englishDeck = readFileSync(path.join(result.outDir, 'deck-en/slides.md'), 'utf8');
    for (const file of ['handout-bilingual-en-es.pdf', 'cards-en-es.pdf'])
      footers.set(file, squash(await readPdfText(path.join(result.outDir, file), { bottom: FOOTER })));
    for (const file of result.files) {
      const full = path.join(result.outDir, file.path);
      if (file.path === 'deck-es/slides.md') texts.set(file.path, readFileSync(full, 'utf8'));
      else if (!file.path.endsWith('.pdf') || !file.languages.includes('es')) continue;
      else if (file.languages.length === 1) texts.set(file.path, await readPdfText(full));
      else if (file.path.startsWith('handout-bilingual-en-es'))
        texts.set(
          `${file.path} (Spanish column)`,
          // The agreement table is printed once across the page: its English dates' column ("Signed", beside
          // "Firmado") starts right of the middle, by design; everything else of the right half is Spanish.
          (await readPdfText(full, { x: { from: width / 2, to: width }, above: FOOTER })).replace(
            /Signed(\s+Firmado)/,
            '$1',
          ),
        );
      else if (file.path.startsWith('cards-en-es'))
        texts.set(
          `${file.path} (Spanish side)`,
          [
            await readPdfText(full, { pages: { first: 2, last: 2 }, above: FOOTER }),
            await readPdfText(full, { pages: { first: 4, last: 4 }, above: FOOTER }),
          ].join('\n'),
        );
    }
  }, 180_000);

  it('reads every Spanish PDF, the Spanish parts of the two-language ones, and the Spanish deck', () => {
    expect([...texts.keys()].sort()).toEqual([
      'cards-en-es.pdf (Spanish side)',
      'deck-es/slides.md',
      'facilitator-guide-es.pdf',
      'handout-bilingual-en-es.pdf (Spanish column)',
      'handout-es.pdf',
      'quiz/answer-key-es.pdf',
      'quiz/quiz-es.pdf',
      'slides-es.pdf',
      'speaker-notes-es.pdf',
    ]);
    for (const [file, text] of texts) expect(squash(text).length, file).toBeGreaterThan(200);
    expect(squash(texts.get('cards-en-es.pdf (Spanish side)')!)).toContain('Algunos estados exigen su nombre');
    expect(squash(texts.get('cards-en-es.pdf (Spanish side)')!)).toContain('Estoy ejerciendo mis derechos');
    expect(squash(texts.get('handout-bilingual-en-es.pdf (Spanish column)')!)).toContain('¿Qué es 287(g)?');
  });

  it('finds no interface text of the English locale in any Spanish output', () => {
    const fragments = englishFragments(ui.en, ui.es);
    // The check can fail: the English outputs do carry these texts.
    expect(fragments.get('Hotline')).toBe('hotline');
    expect(findEnglish(squash(englishDeck), fragments).length).toBeGreaterThan(5);
    const data = dataStrings(spanish, ui.en);
    const found = [...texts].flatMap(([file, text]) =>
      findEnglish(withoutData(text, data), fragments).map((hit) => `${file}: ${hit}`),
    );
    expect(found).toEqual([]);
  });

  it('gives the page footer and page label in Spanish too on the two-language handout and cards', () => {
    for (const [file, footer] of footers) {
      expect(footer, file).toContain('Datos de ICE al 18 de mayo de 2026');
      expect(footer, file).toContain('Página 1 de');
      expect(footer, file).toContain('ICE data as of May 18, 2026');
    }
  });

  it('prints the notes of the source list in Spanish ("vía Justia", "copia web"), not English', () => {
    const guide = squash(texts.get('facilitator-guide-es.pdf')!);
    for (const english of ['via Justia', 'web capture', 'as restated in', 'archived page', 'text revised'])
      expect(guide).not.toContain(english);
    for (const spanishNote of ['vía Justia', 'copia web del 3 de diciembre de 2018', 'según lo reproduce DHS'])
      expect(guide).toContain(spanishNote);
  });

  it('writes no word the Spanish glossary avoids in any Spanish output', () => {
    const problems: Problem[] = [];
    const glossary = parseGlossary(
      readFileSync(path.join(CURRICULUM_DIR, 'es', 'glossary.yaml'), 'utf8'),
      'glossary.yaml',
      problems,
    );
    expect(problems).toEqual([]);
    const found = [...texts].flatMap(([file, text]) =>
      findGlossaryHits(squash(text), glossary).map((hit) => `${file}: "${hit.found}" (use ${hit.term.use})`),
    );
    expect(found).toEqual([]);
  });
});
