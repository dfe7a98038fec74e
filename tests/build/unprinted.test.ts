// The build's warnings for text printed with replacement marks: the text as written, where it came from, which file.

import { describe, expect, it } from 'vitest';
import { describeUnprinted, type SourceField } from '../../generator/build/unprinted.ts';

const sources: SourceField[] = [
  { field: 'organization.name in workshop.yaml', text: 'Casa 🌎 Unida' },
  { field: 'presenter in workshop.yaml', text: 'Ana 🙂' },
];

describe('describeUnprinted', () => {
  it('names the config field whose text holds the character, once per output', () => {
    const warnings = describeUnprinted([
      { path: 'handout-en.pdf', unprinted: [{ text: 'Hosted by Casa 🌎 Unida', characters: ['🌎'] }, { text: 'Casa 🌎 Unida · 555-0100', characters: ['🌎'] }] },
      { path: 'index.html' },
    ], sources);
    expect(warnings).toEqual([
      'handout-en.pdf: organization.name in workshop.yaml: "Casa 🌎 Unida" has "🌎" (U+1F30E), which no font of the kit has; printed as a replacement mark (\uFFFD) there; the Slidev deck shows it as written.',
    ]);
  });

  it('quotes a line of other text (a translation) around the character when no field matches', () => {
    const long = `${'Texto largo de la traducción '.repeat(4)}con ✡︎ aquí ${'y más texto '.repeat(6)}`;
    const [warning] = describeUnprinted([{ path: 'facilitator-guide-es.pdf', unprinted: [{ text: long.trim(), characters: ['✡'] }] }], sources);
    expect(warning).toMatch(/^facilitator-guide-es\.pdf: text: "….*con ✡︎ aquí.*…" has "✡" \(U\+2721\)/);
  });
});
