// Line breaking: runs of regular and bold text into lines no wider than a measure, greedy, breaking at spaces, after
// hyphens and slashes inside words, and between characters when one word is wider than the line.

import { cutText } from '../input-text.ts';
import type { Measure } from './measure.ts';
import { cleanText } from './text.ts';
import type { Run } from './types.ts';

export interface Segment {
  text: string;
  bold: boolean;
  x: number;
  width: number;
}
export interface Line {
  segments: Segment[];
  width: number;
}

interface Piece {
  text: string;
  bold: boolean;
}
/** A unit that is never broken unless it is wider than a line; `glue` is the space before it, null when it joins on. */
export interface Word {
  pieces: Piece[];
  glue: Piece | null;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
// After a hyphen or slash between letters ("well-known", "and/or") a line may break without a space; not between
// digits, so that dates and phone numbers (2026-01-15, 1-800-555-0100) stay whole.
const SOFT_BREAK = /(?<=\p{L}[-\u2010/])(?=\p{L})/u;

/**
 * The most characters laid out from one text (a paragraph, a table cell, an address): five times the curriculum's
 * longest paragraph (about 4,000). A second line of defence behind the import and config limits (200 characters for a
 * name): unbounded text made one handout take minutes. Text beyond it is left out and the cut is marked with "…".
 */
export const LAYOUT_LIMIT = 20_000;

/** `runs` holding at most LAYOUT_LIMIT characters in all, the last one kept ending in "…" when any were cut. */
function capRuns(runs: readonly Run[]): readonly Run[] {
  let left = LAYOUT_LIMIT;
  const kept: Run[] = [];
  for (const run of runs) {
    if (run.text.length <= left) {
      kept.push(run);
      left -= run.text.length;
      continue;
    }
    kept.push({ ...run, text: `${cutText(run.text, left)}…` });
    return kept;
  }
  return runs;
}

/** The words of `runs`, with bold kept per piece so that "**Do not** sign" mixes styles within a line. */
export function wordsOfRuns(runs: readonly Run[]): Word[] {
  const words: Word[] = [];
  let current: Piece[] = [];
  let space: Piece | null = null;
  const finish = () => {
    if (current.length === 0) return;
    // A word is split at its soft breaks into words that join on without a space.
    const split = splitPieces(current, SOFT_BREAK);
    split.forEach((pieces, index) => words.push({ pieces, glue: index === 0 ? (words.length ? space : null) : null }));
    current = [];
    space = null;
  };
  for (const run of capRuns(runs)) {
    const bold = run.bold === true;
    for (const part of cleanText(run.text).split(/( +)/)) {
      if (part === '') continue;
      if (part.startsWith(' ')) {
        finish();
        space ??= { text: ' ', bold };
      } else {
        current.push({ text: part, bold });
      }
    }
  }
  finish();
  return words;
}

/** The words of a web address, breakable after each / . ? & = - _ # so that a long address wraps cleanly. */
export function wordsOfUrl(url: string, bold = false): Word[] {
  const parts = cleanText(capRuns([{ text: url }])[0]?.text ?? '')
    .replace(/ /g, '')
    .split(/(?<=[/.?&=\-_#])(?=.)/u);
  return parts.filter(Boolean).map((text) => ({ pieces: [{ text, bold }], glue: null }));
}

function splitPieces(pieces: Piece[], at: RegExp): Piece[][] {
  const parts = pieces
    .map((piece) => piece.text)
    .join('')
    .split(at);
  if (parts.length === 1) return [pieces];
  const cuts = new Set<number>();
  let offset = 0;
  for (const part of parts.slice(0, -1)) cuts.add((offset += part.length));
  const groups: Piece[][] = [[]];
  let position = 0;
  for (const piece of pieces) {
    let start = 0;
    for (let index = 1; index < piece.text.length; index++) {
      if (!cuts.has(position + index)) continue;
      groups[groups.length - 1]!.push({ text: piece.text.slice(start, index), bold: piece.bold });
      groups.push([]);
      start = index;
    }
    groups[groups.length - 1]!.push({ text: piece.text.slice(start), bold: piece.bold });
    position += piece.text.length;
    if (cuts.has(position)) groups.push([]);
  }
  return groups.filter((group) => group.length > 0);
}

/**
 * Breaks `words` into lines at most `maxWidth` points wide at `size` points. Throws when a single character is wider
 * than the line, since the only alternatives would be to clip it or let it overflow.
 */
export function wrapWords(words: readonly Word[], maxWidth: number, size: number, measure: Measure): Line[] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let width = 0;
  const widthOf = (piece: Piece) => measure.width(piece.text, piece.bold, size);
  const flush = () => {
    if (line.length) lines.push(line);
    line = [];
    width = 0;
  };
  for (const word of words) {
    const wordWidth = word.pieces.reduce((sum, piece) => sum + widthOf(piece), 0);
    const glue = line.length && word.glue ? word.glue : null;
    const glueWidth = glue ? widthOf(glue) : 0;
    if (width + glueWidth + wordWidth <= maxWidth + 1e-6) {
      if (glue) line.push(glue);
      line.push(...word.pieces);
      width += glueWidth + wordWidth;
      continue;
    }
    flush();
    if (wordWidth <= maxWidth + 1e-6) {
      line.push(...word.pieces);
      width = wordWidth;
      continue;
    }
    // Wider than a line: break between grapheme clusters so that accents stay on their letters.
    for (const piece of word.pieces) {
      for (const { segment } of graphemes.segment(piece.text)) {
        const charWidth = measure.width(segment, piece.bold, size);
        if (charWidth > maxWidth + 1e-6) {
          throw new Error(
            `wrapWords: "${segment}" at ${size} pt is ${charWidth.toFixed(1)} pt wide, ` +
              `wider than the ${maxWidth.toFixed(1)} pt line; give the text more room`,
          );
        }
        if (width + charWidth > maxWidth + 1e-6) flush();
        line.push({ text: segment, bold: piece.bold });
        width += charWidth;
      }
    }
  }
  flush();
  return lines.map((pieces) => toLine(pieces, size, measure));
}

/** Shorthand: wrap runs of text. */
export function wrapRuns(runs: readonly Run[], maxWidth: number, size: number, measure: Measure): Line[] {
  return wrapWords(wordsOfRuns(runs), maxWidth, size, measure);
}

/** Pieces merged into one segment per stretch of the same style, each with its x offset. */
function toLine(pieces: Piece[], size: number, measure: Measure): Line {
  const segments: Segment[] = [];
  let x = 0;
  for (const piece of pieces) {
    const last = segments[segments.length - 1];
    if (last && last.bold === piece.bold) last.text += piece.text;
    else segments.push({ text: piece.text, bold: piece.bold, x, width: 0 });
    x += measure.width(piece.text, piece.bold, size);
  }
  for (const segment of segments) segment.width = measure.width(segment.text, segment.bold, size);
  return { segments, width: x };
}
