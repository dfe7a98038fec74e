// Which embedded font prints each character of a document: Noto Sans first, then Noto Sans SC (Chinese, Japanese kana),
// then Noto Sans KR (hangul). The CJK fonts are read only when a character needs them. A character that no family has
// (an emoji, a rare script) is printed as U+FFFD from Noto Sans and reported, so that it never stops a build.

import { FONT_FAMILIES, loadCoverage, REPLACEMENT_CHARACTER, type FontFamily } from './fonts.ts';

export interface FontPlan {
  /** The family that prints each distinct character of the text; a missing character maps to 'latin' (as U+FFFD). */
  familyOf: ReadonlyMap<string, FontFamily>;
  /** The distinct characters each family used must hold, U+FFFD in 'latin' when something is missing. */
  characters: Partial<Record<FontFamily, string>>;
  /** The distinct characters no family has, in order of first appearance. */
  missing: string[];
}

/** The font plan for `text` (already cleaned: NFC, plain spaces); reads a CJK font's cmap only when asked for one. */
export async function planFonts(text: string): Promise<FontPlan> {
  let unplaced = [...new Set(text)];
  const familyOf = new Map<string, FontFamily>();
  const characters: Partial<Record<FontFamily, string>> = {};
  for (const family of FONT_FAMILIES) {
    if (unplaced.length === 0) break;
    const hasGlyph = await loadCoverage(family);
    const placed = unplaced.filter((char) => char === ' ' || hasGlyph(char.codePointAt(0)!));
    for (const char of placed) familyOf.set(char, family);
    if (placed.length) characters[family] = placed.join('');
    unplaced = unplaced.filter((char) => !familyOf.has(char));
  }
  for (const char of unplaced) familyOf.set(char, 'latin');
  if (unplaced.length) characters.latin = `${characters.latin ?? ''}${REPLACEMENT_CHARACTER}`;
  return { familyOf, characters, missing: unplaced };
}

/** `text` cut into runs of one family each, a missing character replaced by U+FFFD. */
export function splitByFamily(text: string, plan: FontPlan): { family: FontFamily; text: string }[] {
  const missing = new Set(plan.missing);
  const runs: { family: FontFamily; text: string }[] = [];
  for (const char of text) {
    const family = plan.familyOf.get(char) ?? 'latin';
    const printed = missing.has(char) ? REPLACEMENT_CHARACTER : char;
    const last = runs.at(-1);
    if (last && last.family === family) last.text += printed;
    else runs.push({ family, text: printed });
  }
  return runs;
}

/** U+XXXX for a character, for messages. */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
