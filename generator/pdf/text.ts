// The PDF text escape: every string is normalized to what the embedded Noto Sans can print, and a character it has no
// glyph for is reported instead of being printed as an empty box.

import { KitError } from '../errors.ts';

// Zero-width characters and soft hyphens: no glyph, no width, and pdftotext would copy them into the text.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Tabs, line ends and Unicode spaces that are not no-break: one ordinary space each.
const SPACES = /[\t\n\v\f\r\u1680\u2000-\u200A\u2028\u2029\u205F\u3000]/g;
// Control characters left after the spaces are gone.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/** `text` as it is printed: NFC (precomposed Vietnamese), spaces made plain, invisible and control characters removed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(SPACES, ' ').replace(INVISIBLE, '').replace(CONTROLS, '');
}

/** The distinct characters of `text` that `hasGlyph` rejects, in order of first appearance. */
export function findMissingCharacters(text: string, hasGlyph: (codePoint: number) => boolean): string[] {
  const missing = new Set<string>();
  for (const char of text) if (char !== ' ' && !hasGlyph(char.codePointAt(0)!)) missing.add(char);
  return [...missing];
}

/** Throws a bad-input error naming the characters Noto Sans cannot print, with their code points. */
export function assertPrintable(text: string, hasGlyph: (codePoint: number) => boolean, what: string): void {
  const missing = findMissingCharacters(text, hasGlyph);
  if (missing.length === 0) return;
  const listed = missing.slice(0, 20).map((char) => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  throw new KitError('bad-input', `${what}: Noto Sans has no glyph for ${listed.join(', ')}${missing.length > 20 ? ` and ${missing.length - 20} more` : ''}`, {
    hint: 'The PDFs print Latin (with Vietnamese), Greek and Cyrillic text. Replace these characters or translate the text into a script Noto Sans covers.',
  });
}
