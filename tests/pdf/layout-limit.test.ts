// The typesetter's own limit on what it lays out, behind the import and config limits: a 300,000-character name that
// reaches it anyway (here put straight into the content) is cut at LAYOUT_LIMIT with "…", and the handout takes
// about a second instead of minutes.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../generator/config/validate.ts';
import type { WorkshopContent } from '../../generator/content/view.ts';
import { renderPrintables } from '../../generator/handout/render.ts';
import { LAYOUT_LIMIT, wordsOfUrl, wrapRuns, wrapWords } from '../../generator/pdf/wrap.ts';
import { buildTestKitFrom, tempDir } from '../helpers.ts';
import type { StateMap } from '../../generator/map/model.ts';
import { readPdfText } from './text.ts';
import { notoMeasure } from './metrics.ts';

const measure = notoMeasure;
const textOf = (lines: ReturnType<typeof wrapRuns>) =>
  lines.map((line) => line.segments.map((segment) => segment.text).join('')).join('');

describe('LAYOUT_LIMIT', () => {
  it('lays out at most LAYOUT_LIMIT characters of one text, marking the cut with …', () => {
    const start = performance.now();
    const lines = wrapRuns([{ text: 'Keller ', bold: true }, { text: 'K'.repeat(300_000) }], 300, 10, measure);
    expect((performance.now() - start) / 1000).toBeLessThan(5);
    // the space ends the first line
    expect(textOf(lines)).toBe(`Keller${'K'.repeat(LAYOUT_LIMIT - 'Keller '.length)}…`);
  });

  it('leaves text within the limit whole', () => {
    const text = 'word '.repeat(LAYOUT_LIMIT / 5).trim();
    expect(textOf(wrapRuns([{ text }], 300, 10, measure)).replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });

  it('cuts an address the same way', () => {
    const url = `https://www.ice.gov/${'a'.repeat(50_000)}`;
    expect(textOf(wrapWords(wordsOfUrl(url), 300, 10, measure))).toBe(`${url.slice(0, LAYOUT_LIMIT)}…`);
  });
});

it('a handout whose agency name is 300,000 characters renders in seconds, the name cut at the limit', async () => {
  const { config } = validateConfig({ region: 'tx/tarrant-county', languages: ['en'] }, null);
  let captured: { contents: WorkshopContent[]; maps: Record<string, StateMap | null> } | undefined;
  const out = path.join(tempDir(), 'out');
  await buildTestKitFrom(config, out, {
    deck: 'markdown',
    only: ['summary'],
    onContents: (value) => {
      captured = value;
    },
  });
  const content = captured!.contents[0]!;
  content.region.agencies[0]!.name = 'K'.repeat(300_000);
  const start = performance.now();
  const files = await renderPrintables({
    contents: [content],
    maps: captured!.maps,
    paper: 'letter',
    date: '2026-05-18',
  });
  expect((performance.now() - start) / 1000).toBeLessThan(20);
  const pdf = path.join(tempDir(), 'handout-en.pdf');
  writeFileSync(pdf, files.find((file) => file.path === 'handout-en.pdf')!.bytes);
  const text = (await readPdfText(pdf)).replace(/\s+/g, '');
  expect(text).toContain('K'.repeat(1000));
  expect(
    text
      .match(/K{100,}…?/g)!
      .join('')
      .replace(/…/g, '').length,
  ).toBeLessThanOrEqual(LAYOUT_LIMIT);
  expect(text).toContain('K…');
});
