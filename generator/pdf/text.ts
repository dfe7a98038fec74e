// The PDF text escape: every string is normalized to what the embedded fonts can print (font-plan.ts then picks the
// font for each character, and marks a character none has).

// Zero-width characters and soft hyphens: no glyph, no width, and pdftotext would copy them into the text.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Tabs, line ends and Unicode spaces that are not no-break: one ordinary space each.
const SPACES = /[\t\n\v\f\r\u1680\u2000-\u200A\u2028\u2029\u205F\u3000]/g;
// Control characters left after the spaces are gone.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/**
 * `text` as it is printed: NFC (precomposed Vietnamese), spaces made plain, invisible and control characters removed.
 */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(SPACES, ' ').replace(INVISIBLE, '').replace(CONTROLS, '');
}
