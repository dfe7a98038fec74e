import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../generator/pdf/fonts.ts';
import { fontkit } from '../../generator/pdf/fonts.ts';
import { paginate, type Atom } from '../../generator/pdf/paginate.ts';
import { columnWidths } from '../../generator/pdf/table.ts';
import { wordsOfUrl, wrapRuns, wrapWords } from '../../generator/pdf/wrap.ts';
import { notoMeasure } from './metrics.ts';

const measure = notoMeasure;
const textOf = (lines: ReturnType<typeof wrapRuns>) =>
  lines.map((line) => line.segments.map((segment) => segment.text).join('')).join('\n');

describe('loadFonts', () => {
  it('cuts Noto Sans down to the text and basic ASCII, the same way every time', async () => {
    const fonts = await loadFonts('Trần Văn Ánh “ñ”');
    for (const bytes of [fonts.regular, fonts.bold]) {
      expect(bytes.length).toBeLessThan(30_000);
      const font = fontkit.create(bytes);
      for (const char of 'Trần Văn Ánh “ñ” AZaz09•')
        expect(font.hasGlyphForCodePoint(char.codePointAt(0)!), char).toBe(true);
      expect(font.hasGlyphForCodePoint('Ж'.codePointAt(0)!)).toBe(false);
    }
    const again = await loadFonts('“ñ” Ánh Văn Trần');
    expect(Buffer.from(again.regular).equals(Buffer.from(fonts.regular))).toBe(true);
  });
});

describe('wrapRuns', () => {
  it('breaks at spaces within the width and keeps bold runs, spaces and words intact', () => {
    const lines = wrapRuns(
      [{ text: 'Usted tiene derecho a ' }, { text: 'guardar silencio', bold: true }, { text: ', siempre.' }],
      120,
      10.5,
      measure,
    );
    expect(textOf(lines).replace(/\n/g, ' ')).toBe('Usted tiene derecho a guardar silencio, siempre.');
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120);
    const bold = lines
      .flatMap((line) => line.segments)
      .filter((segment) => segment.bold)
      .map((segment) => segment.text)
      .join(' ');
    expect(bold).toBe('guardar silencio');
  });

  it('breaks a word longer than the line between characters, keeping accents on their letters', () => {
    const word = 'Trầnvănánh'.repeat(20);
    const lines = wrapRuns([{ text: word }], 80, 10, measure);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(80);
    expect(textOf(lines).replace(/\n/g, '')).toBe(word.normalize('NFC'));
  });

  it('breaks after hyphens and slashes, and web addresses at their punctuation', () => {
    expect(textOf(wrapRuns([{ text: 'inmigración-aduanas' }], 70, 10, measure))).toBe('inmigración-\naduanas');
    const url = 'https://example.org/kyr/tx-tarrant-county/handout?lang=es';
    const lines = wrapWords(wordsOfUrl(url), 120, 10, measure);
    expect(textOf(lines).replace(/\n/g, '')).toBe(url);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line.segments.at(-1)!.text).toMatch(/[/.?&=\-_#]$/);
  });

  it('cleans text: tabs and line breaks become spaces, soft hyphens and zero-width spaces go', () => {
    expect(textOf(wrapRuns([{ text: 'a\tb\nc\u00ADd\u200Be' }], 500, 10, measure))).toBe('a b cde');
  });
});

describe('paginate', () => {
  const atom = (height: number, extra: Partial<Atom> = {}): Atom => ({
    height,
    spaceBefore: 0,
    keepWithNext: false,
    ops: [],
    ...extra,
  });

  it('moves a heading to the next frame with the block it heads, and drops space at the top of a frame', () => {
    const frames = paginate(
      [atom(80), atom(10, { keepWithNext: true, spaceBefore: 5 }), atom(10, { spaceBefore: 5 })],
      100,
    );
    expect(frames).toHaveLength(2);
  });

  it('repeats a table header at the top of each frame a table spans and ends a frame at a page break', () => {
    const header = atom(10, {
      keepWithNext: true,
      ops: [{ kind: 'line', x1: 0, y1: 0, x2: 1, y2: 0, lineWidth: 1, color: [0, 0, 0] }],
    });
    const rows = Array.from({ length: 25 }, () => atom(10, { repeat: header }));
    const frames = paginate([header, ...rows, atom(0, { breakBefore: true }), atom(10)], 100);
    expect(frames.map((frame) => frame.length)).toEqual([1, 1, 1, 0]);
  });

  it('refuses a piece taller than a frame rather than clip it', () => {
    expect(() => paginate([atom(101)], 100)).toThrow(/cannot fit/);
  });
});

describe('columnWidths', () => {
  it('follows the fractions, widening a column too narrow for its longest word at the expense of the others', () => {
    expect(columnWidths([1, 1, 2], 400)).toEqual([100, 100, 200]);
    expect(columnWidths([0, 0], 300)).toEqual([150, 150]);
    const widths = columnWidths([0.6, 0.1, 0.3], 400, [50, 70, 40]);
    expect(widths[1]).toBeCloseTo(70);
    expect(widths[0]! / widths[2]!).toBeCloseTo(2);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(400);
    const crowded = columnWidths([1, 1], 105, [45, 60]);
    expect(crowded[0]! / crowded[1]!).toBeCloseTo(45 / 60);
    // A 300-character name is broken anyway; it widens its column by a quarter at most.
    expect(columnWidths([0.5, 0.25, 0.25], 540, [5000, 50, 50])).toEqual([337.5, 101.25, 101.25]);
  });
});
