// The build's warnings for text printed with replacement marks: the text as written, where it came from, which file.

import { describe, expect, it } from 'vitest';
import { describeUnprinted, type SourceField } from '../../generator/workshop/unprinted.ts';

const sources: SourceField[] = [
  { field: 'organization.name in workshop.yaml', text: 'Casa 🌎 Unida' },
  { field: 'presenter in workshop.yaml', text: 'Ana 🙂' },
];

describe('describeUnprinted', () => {
  it('names the config field whose text holds the character, once for all the outputs that print it', () => {
    const warnings = describeUnprinted(
      [
        {
          path: 'handout-en.pdf',
          unprinted: [
            { text: 'Hosted by Casa 🌎 Unida', characters: ['🌎'] },
            { text: 'Casa 🌎 Unida · 555-0100', characters: ['🌎'] },
          ],
        },
        { path: 'index.html' },
        { path: 'facilitator-guide-en.pdf', unprinted: [{ text: 'Casa 🌎 Unida', characters: ['🌎'] }] },
      ],
      sources,
    );
    expect(warnings).toEqual([
      'organization.name in workshop.yaml: "Casa 🌎 Unida" has "🌎" (U+1F30E), which no font of the kit ' +
        'has; printed as a replacement mark (\uFFFD) in handout-en.pdf and facilitator-guide-en.pdf.',
    ]);
  });

  it(
    'warns for each field of a line that holds several, such as the guide\'s "organization · presenter · ' +
      'date" line',
    () => {
      const warnings = describeUnprinted(
        [
          {
            path: 'facilitator-guide-en.pdf',
            unprinted: [
              { text: 'Casa 🌎 Unida · Ana 🙂 · Saturday, December 5, 2026 · ✡ room', characters: ['🌎', '🙂', '✡'] },
            ],
          },
        ],
        sources,
      );
      expect(warnings).toEqual([
        'organization.name in workshop.yaml: "Casa 🌎 Unida" has "🌎" (U+1F30E), which no font of the kit ' +
          'has; printed as a replacement mark (\uFFFD) in facilitator-guide-en.pdf.',
        'presenter in workshop.yaml: "Ana 🙂" has "🙂" (U+1F642), which no font of the kit has; printed as ' +
          'a replacement mark (\uFFFD) in facilitator-guide-en.pdf.',
        'text: "Casa 🌎 Unida · Ana 🙂 · Saturday, December 5, 2026 · ✡ room" has "✡" (U+2721), which no ' +
          'font of the kit has; printed as a replacement mark (\uFFFD) in facilitator-guide-en.pdf.',
      ]);
    },
  );

  it("says once, on a note about the deck's PDFs, that the Slidev deck shows the text as written", () => {
    const warnings = describeUnprinted(
      [
        { path: 'handout-en.pdf', kind: 'handout', unprinted: [{ text: 'Casa 🌎 Unida', characters: ['🌎'] }] },
        {
          path: 'slides-en.pdf',
          kind: 'deck', // the kit's own drawing of the deck: its record says so, not its name
          unprinted: [
            { text: 'Ana 🙂', characters: ['🙂'] },
            { text: 'Casa 🌎 Unida', characters: ['🌎'] },
          ],
        },
        { path: 'speaker-notes-en.pdf', kind: 'deck', unprinted: [{ text: 'Ana 🙂', characters: ['🙂'] }] },
      ],
      sources,
    );
    expect(warnings).toEqual([
      'organization.name in workshop.yaml: "Casa 🌎 Unida" has "🌎" (U+1F30E), which no font of the kit ' +
        'has; printed as a replacement mark (\uFFFD) in handout-en.pdf and slides-en.pdf. The Slidev deck ' +
        'shows it as written.',
      'presenter in workshop.yaml: "Ana 🙂" has "🙂" (U+1F642), which no font of the kit has; printed as ' +
        'a replacement mark (\uFFFD) in slides-en.pdf and speaker-notes-en.pdf.',
    ]);
    const handoutOnly = describeUnprinted(
      [{ path: 'handout-en.pdf', unprinted: [{ text: 'Ana 🙂', characters: ['🙂'] }] }],
      sources,
    );
    expect(handoutOnly).toEqual([
      'presenter in workshop.yaml: "Ana 🙂" has "🙂" (U+1F642), which no font of the kit has; printed as ' +
        'a replacement mark (\uFFFD) in handout-en.pdf.',
    ]);
  });

  it('quotes a line of other text (a translation) around the character when no field matches', () => {
    const long = `${'Texto largo de la traducción '.repeat(4)}con ✡︎ aquí ${'y más texto '.repeat(6)}`;
    const [warning] = describeUnprinted(
      [{ path: 'facilitator-guide-es.pdf', unprinted: [{ text: long.trim(), characters: ['✡'] }] }],
      sources,
    );
    expect(warning).toMatch(/^text: "….*con ✡︎ aquí.*…" has "✡" \(U\+2721\)/);
  });
});
