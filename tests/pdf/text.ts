// The text of a PDF as a reader gets it out of a viewer, read with pdf.js (Firefox's PDF engine, npm pdfjs-dist), so
// that the tests need no system tool to read text.

import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

export interface PdfTextOptions {
  /**
   * 'raw' (the default): the text in the order the PDF draws it, a line break where pdf.js finds one, as
   * `pdftotext -raw` gives it. 'lines': what sits on one line of the page, left to right, lines top to bottom,
   * texts with a gap between them separated by spaces, as `pdftotext -layout` reads columns side by side.
   */
  mode?: 'raw' | 'lines';
  /** Pages to read, first and last counted from 1; all when left out. */
  pages?: { first: number; last: number };
  /** Only texts whose baseline lies this many points or fewer above the page's bottom edge (the footer). */
  bottom?: number;
  /** Only texts whose baseline lies more than this many points above the page's bottom edge (leaves the footer out). */
  above?: number;
  /** Only texts whose left edge lies from `from` up to (not including) `to` points from the page's left edge. */
  x?: { from: number; to: number };
}

/** A text gap wider than this share of the font size is a space between words or columns, not within a word. */
const SPACE_GAP = 0.15;

/**
 * The text of the PDF at `file` (or its bytes), each page followed by a form feed (\f) as pdftotext ends them.
 * A PDF pdf.js cannot open rejects with pdf.js's error.
 */
export async function readPdfText(file: string | Uint8Array, options: PdfTextOptions = {}): Promise<string> {
  const data = typeof file === 'string' ? new Uint8Array(readFileSync(file)) : file.slice();
  const doc = await getDocument({ data, verbosity: 0 }).promise;
  try {
    const first = options.pages?.first ?? 1;
    const last = Math.min(options.pages?.last ?? doc.numPages, doc.numPages);
    const pages: string[] = [];
    for (let number = first; number <= last; number++) {
      const content = await (await doc.getPage(number)).getTextContent();
      let items = content.items.filter((item): item is TextItem => 'str' in item);
      if (options.bottom !== undefined) items = items.filter((item) => baseline(item) <= options.bottom!);
      if (options.above !== undefined) items = items.filter((item) => baseline(item) > options.above!);
      const { x } = options;
      if (x) items = items.filter((item) => left(item) >= x.from && left(item) < x.to);
      pages.push(`${options.mode === 'lines' ? joinLines(items) : joinRaw(items)}\f`);
    }
    return pages.join('');
  } finally {
    await doc.destroy();
  }
}

// pdf.js types the text matrix [a, b, c, d, e, f] as any[]; e and f are numbers in every item it returns.
const baseline = (item: TextItem): number => Number(item.transform[5]);
const left = (item: TextItem): number => Number(item.transform[4]);

function joinRaw(items: TextItem[]): string {
  return items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join('');
}

/** Items grouped by baseline (to a tenth of their height), top line first, each line's items by x. */
function joinLines(items: TextItem[]): string {
  const lines: TextItem[][] = [];
  for (const item of items.filter((each) => each.str !== '').sort((a, b) => baseline(b) - baseline(a))) {
    const line = lines.at(-1);
    if (line && Math.abs(baseline(line[0]!) - baseline(item)) <= Math.max(1, item.height * 0.1)) line.push(item);
    else lines.push([item]);
  }
  return lines
    .map((line) =>
      line
        .sort((a, b) => left(a) - left(b))
        .map((item, index) => {
          const previous = line[index - 1];
          const gap = previous ? left(item) - (left(previous) + previous.width) : 0;
          const spaced = !previous || /\s$/.test(previous.str) || /^\s/.test(item.str);
          return (!spaced && gap > item.height * SPACE_GAP ? ' ' : '') + item.str;
        })
        .join(''),
    )
    .join('\n');
}
