// One Spanish slide left untranslated, the rest of its module translated: the script, the Slidev deck and the
// slide PDF each mark exactly that slide as shown in English, and no other.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../../generator/config/validate.ts';
import { buildTestKitFrom } from '../helpers.ts';
import { copyCurriculum, editFile, removeSlide } from './curriculum-copy.ts';
import { readPdfText } from '../pdf/text.ts';

const NOTICE = 'Se muestra en inglés: esta parte aún no está traducida.';
const ENGLISH_HEADING = 'What is a detainer?'; // the English heading of the slide removed from the Spanish module

const count = (text: string, part: string) => text.split(part).length - 1;

describe('a Spanish curriculum missing one slide', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kit-fallback-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let script: string;
  let deck: string;
  let pages: string[];

  beforeAll(async () => {
    const curriculum = copyCurriculum();
    editFile(curriculum, path.join('es', '05-what-changes.md'), (text) => removeSlide(text, 'detainer'));
    const { config, problems } = validateConfig({ region: 'tx/tarrant-county', languages: ['es'] }, null);
    expect(problems).toEqual([]);
    const out = path.join(dir, 'out');
    await buildTestKitFrom(config, out, {
      deck: 'markdown',
      curriculumDir: curriculum,
      fallbackToEnglish: true,
    });
    script = readFileSync(path.join(out, 'workshop-es.md'), 'utf8');
    deck = readFileSync(path.join(out, 'deck-es', 'slides.md'), 'utf8');
    pages = (await readPdfText(path.join(out, 'slides-es.pdf'))).split('\f').slice(0, -1);
  }, 120_000);

  it('marks that slide in the script, right before its English text, and counts one fallback at the top', () => {
    const slides = script.split('\n---\n');
    const marked = slides.filter((slide) => slide.includes(NOTICE));
    // The top of the script counts the parts shown in English; then the one slide carries the mark.
    expect(marked).toHaveLength(2);
    expect(marked[0]).toContain(`> ${NOTICE} (1)`);
    expect(marked[1]!.trim().startsWith(`> ${NOTICE}\n\n### ${ENGLISH_HEADING}`)).toBe(true);
    expect(count(script, NOTICE)).toBe(2);
  });

  it('marks that slide, and no other, in the Slidev deck', () => {
    const slides = deck.split(/\n---\n/);
    const marked = slides.filter((slide) => slide.includes('kit-fallback'));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toContain(`# ${ENGLISH_HEADING}`);
    expect(count(deck, 'kit-fallback')).toBe(1);
  });

  it('marks that slide, and no other, in the slide PDF', () => {
    expect(pages.length).toBeGreaterThan(10);
    const marked = pages
      .map((page, index) => [index + 1, page.replace(/\s+/g, ' ')] as const)
      .filter(([, page]) => page.includes(NOTICE));
    expect(marked).toHaveLength(1);
    expect(marked[0]![1]).toContain(ENGLISH_HEADING);
  });
});
