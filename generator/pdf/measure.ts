// Text widths from the embedded fonts. The subset fonts carry no kerning or ligature tables, so a string's width is the
// sum of its characters' advances, and a per-character cache makes line breaking cheap.

export interface Measure {
  /** Advance width in points of `text` at `size` points. */
  width(text: string, bold: boolean, size: number): number;
  ascent: number; // above the baseline, as a fraction of the font size
  descent: number; // below the baseline, as a positive fraction of the font size
  /** Equal for two measures only when they give every text the same width (blocks.ts reuses layouts by it). */
  key?: string;
}

interface WidthSource {
  widthOfTextAtSize(text: string, size: number): number;
}

/** A Measure over pdf-lib fonts (or anything with widthOfTextAtSize); ascent and descent in font units per em. */
export function createMeasure(
  regular: WidthSource,
  bold: WidthSource,
  metrics: { ascent: number; descent: number },
  key?: string,
): Measure {
  const caches = [new Map<string, number>(), new Map<string, number>()] as const;
  return {
    width(text, isBold, size) {
      const font = isBold ? bold : regular;
      const cache = caches[isBold ? 1 : 0];
      let total = 0;
      for (const char of text) {
        let advance = cache.get(char);
        if (advance === undefined) {
          advance = font.widthOfTextAtSize(char, 1000);
          cache.set(char, advance);
        }
        total += advance;
      }
      return (total * size) / 1000;
    },
    ascent: metrics.ascent,
    descent: metrics.descent,
    ...(key === undefined ? {} : { key }),
  };
}
