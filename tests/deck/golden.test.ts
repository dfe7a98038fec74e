// Golden files for the generated slide Markdown: a state, a county and a custom region, in English and
// Spanish. A change to these files is a change to what a room sees: review the diff before accepting it.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../generator/config/validate.ts';
import { buildTestKitFrom, tempDir } from '../helpers.ts';

const CASES: [string, Record<string, unknown>][] = [
  ['state-ar', { region: 'ar' }],
  [
    'county-tarrant-tx',
    {
      region: 'tx/tarrant-county',
      organization: { name: 'Example Rapid Response Network' },
      workshop: { date: '2026-12-05', start: '18:30', place: 'Community Hall', length: 60 },
      contacts: { hotline: { name: 'Hotline', phone: '(555) 010-0100' } },
    },
  ],
  [
    'custom-houston',
    {
      custom_region: { name: 'Houston area network', counties: ['tx/harris-county', 'tx/fort-bend-county'] },
      workshop: { length: 120, start: '09:00' },
    },
  ],
];

describe('the generated slides.md', () => {
  it.each(CASES)('matches the golden file for %s in English and Spanish', async (name, input) => {
    const { config, problems } = validateConfig({ languages: ['en', 'es'], ...input }, null);
    expect(problems).toEqual([]);
    const out = path.join(tempDir(), 'out');
    await buildTestKitFrom(config, out, {
      deck: 'markdown',
    });
    for (const language of ['en', 'es']) {
      const markdown = readFileSync(path.join(out, `deck-${language}`, 'slides.md'), 'utf8');
      await expect(markdown).toMatchFileSnapshot(`golden/${name}.${language}.md`);
      // Every slide ends with its speaker notes, and nothing else makes a slide.
      const slides = JSON.parse(readFileSync(path.join(out, `deck-${language}`, 'data', 'deck.json'), 'utf8')).slides;
      const notes = [...markdown.matchAll(/\n<!--\n([\s\S]*?)\n-->\n/g)].map((match) => match[1]!.trim());
      expect(notes).toHaveLength(slides);
      expect(notes.every((note) => note.length > 0)).toBe(true);
    }
  });
});
