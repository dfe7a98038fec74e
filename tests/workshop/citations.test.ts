// Source markers as a reader meets them in a built kit: two sources cited together read as one group "[1, 2]" on
// the projected slide, in the slide PDF, the handout, the guide, the speaker notes and the script; never as "12",
// and never as two groups side by side.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestKit } from '../helpers.ts';
import { readPdfText } from '../pdf/text.ts';

const GROUP = /\[\d+(?:, \d+)+\]/; // "[3, 8]": a group of two sources or more
const SIDE_BY_SIDE = /\]\s*\\?\[\d/; // "[3] [8]" or "[3]\[8]": two groups where one is meant

let out: string;

beforeAll(async () => {
  // One build for every test here (tempDir() is emptied after each test).
  out = path.join(mkdtempSync(path.join(os.tmpdir(), 'kit-cite-')), 'out');
  // No Slidev export: the kit draws slides-LANG.pdf itself.
  await buildTestKit({ region: 'tx/tarrant-county', languages: ['en', 'es'] }, out);
}, 120_000);

afterAll(() => rmSync(path.dirname(out), { recursive: true, force: true }));

describe('two sources cited together', () => {
  it('show apart in one superscript on the projected slide, never as two superscripts side by side', () => {
    // Module 1's second point cites the law (source 1) and the Jail agreement text (source 2).
    const slides = readFileSync(path.join(out, 'deck-en', 'slides.md'), 'utf8');
    expect(slides).toContain(
      '- It lets ICE sign written agreements with state and local police.<sup class="cite">[1, 2]</sup>',
    );
    for (const language of ['en', 'es']) {
      const markdown = readFileSync(path.join(out, `deck-${language}`, 'slides.md'), 'utf8');
      expect(markdown, language).not.toContain('</sup><sup');
      expect(markdown, language).not.toMatch(/<sup class="cite">\d+<\/sup>/);
    }
  });

  it('show apart in the slide PDF as a reader copies its text', async () => {
    const text = (await readPdfText(path.join(out, 'slides-en.pdf'))).replace(/\s+/g, ' ');
    expect(text).toContain('It lets ICE sign written agreements with state and local police. [1, 2]');
  });

  it.each(['handout', 'facilitator-guide', 'speaker-notes', 'slides'])(
    'show as one group "[a, b]" in %s-LANG.pdf, in English and Spanish',
    async (name) => {
      for (const language of ['en', 'es']) {
        const text = (await readPdfText(path.join(out, `${name}-${language}.pdf`))).replace(/\s+/g, ' ');
        expect(text, `${name}-${language}.pdf`).toMatch(GROUP);
        expect(text.match(SIDE_BY_SIDE)?.[0], `${name}-${language}.pdf`).toBeUndefined();
      }
    },
  );

  it('show as one group in the workshop script and in the speaker notes of slides.md', () => {
    for (const language of ['en', 'es']) {
      const script = readFileSync(path.join(out, `workshop-${language}.md`), 'utf8');
      expect(script).toMatch(GROUP);
      expect(script.match(SIDE_BY_SIDE)?.[0], `workshop-${language}.md`).toBeUndefined();
      const notes = [
        ...readFileSync(path.join(out, `deck-${language}`, 'slides.md'), 'utf8').matchAll(/<!--([\s\S]*?)-->/g),
      ]
        .map((match) => match[1])
        .join('\n');
      expect(notes).toMatch(/\\\[\d+(?:, \d+)+\\\]/);
      expect(notes.match(SIDE_BY_SIDE)?.[0], `deck-${language} notes`).toBeUndefined();
    }
  });
});
