// The typesetter's text measure from the kit's real Noto Sans faces (regular and bold), shared by the layout tests
// that need true widths without building a document.

import { fontkit, readFullFont } from '../../generator/pdf/fonts.ts';
import { createMeasure, type Measure } from '../../generator/pdf/measure.ts';

const face = fontkit.create(await readFullFont('regular'));
const boldFace = fontkit.create(await readFullFont('bold'));
const widthOf = (font: typeof face) => ({
  widthOfTextAtSize: (text: string, size: number) =>
    (font.layout(text).glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) / font.unitsPerEm) * size,
});

/** Widths in points from the fonts' advance widths; Noto Sans's ascent and descent, in ems. */
export const notoMeasure: Measure = createMeasure(widthOf(face), widthOf(boldFace), { ascent: 1.069, descent: 0.293 });
