// A pdf-lib document with the subset Noto fonts embedded (Noto Sans, and Noto Sans SC or KR when the text has CJK
// characters) and metadata fixed from the spec, so that the same input always gives the same bytes: dates from
// spec.date at 00:00 UTC, font tags from the font bytes, no random names.

import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, type PDFFont } from 'pdf-lib';
import './flate.ts';
import './number-format.ts';
import { planFonts, splitByFamily } from './font-plan.ts';
import {
  characterSetOf,
  faceOf,
  FONT_FAMILIES,
  FONT_NAMES,
  glyphHex,
  loadFonts,
  REPLACEMENT_CHARACTER,
  sharedFontkit,
  type FontFamily,
  type FontFiles,
} from './fonts.ts';
import { createMeasure, type Measure } from './measure.ts';
import { cleanText } from './text.ts';
import type { DocumentSpec, UnprintedText } from './types.ts';

/** One embedded family: its two subset fonts in pdf-lib and their bytes. */
export interface EmbeddedFamily {
  regular: PDFFont;
  bold: PDFFont;
  bytes: FontFiles;
}

export interface DocumentFonts {
  regular: PDFFont; // Noto Sans
  bold: PDFFont;
  families: Partial<Record<FontFamily, EmbeddedFamily>>; // 'latin' always, 'sc' and 'kr' when the text needs them
  measure: Measure;
  characters: Set<string>; // what the document can print (a character no font has comes out as U+FFFD)
  unprinted: UnprintedText[]; // lines of the text with characters printed as U+FFFD
  /** `text` as runs of glyphs (hex for Tj with an Identity-H font), each in the regular or bold font of one family. */
  encode(text: string, bold: boolean): { family: FontFamily; hex: PDFHexString }[];
}

/** Midnight UTC of an ISO date (YYYY-MM-DD); throws on anything else. */
export function documentDate(date: string): Date {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : new Date(NaN);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new Error(`PDF date must be an ISO date such as "2026-11-28", got ${JSON.stringify(date)}`);
  }
  return parsed;
}

/** Six capital letters from the font's bytes: the PDF subset tag that tells readers the font is a subset. */
function subsetTag(bytes: Uint8Array): string {
  const digest = createHash('sha256').update(bytes).digest();
  return Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

/**
 * The lines of `text` (raw, lines apart by "\n") that hold any of `missing`, cleaned, each once, with those characters.
 */
function findUnprinted(text: string, missing: readonly string[]): UnprintedText[] {
  if (missing.length === 0) return [];
  const lines = new Map<string, UnprintedText>();
  for (const line of text.split('\n').map(cleanText)) {
    const held = missing.filter((char) => line.includes(char));
    if (held.length && !lines.has(line)) lines.set(line, { text: line.trim(), characters: held });
  }
  return [...lines.values()];
}

/**
 * A new document for `spec` with fonts able to print every character of `text` (all the text the caller will draw,
 * lines apart by "\n"). A character that no font of the kit has is printed as U+FFFD and listed in `unprinted`.
 */
export async function createDocument(
  spec: DocumentSpec,
  text: string,
): Promise<{ doc: PDFDocument; fonts: DocumentFonts }> {
  const date = documentDate(spec.date);
  const printed = cleanText(text);
  const plan = await planFonts(printed);

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(sharedFontkit);
  // Noto Sans always (page labels, bullets), first; a CJK family only when the text has characters for it.
  const families: Partial<Record<FontFamily, EmbeddedFamily>> = {};
  for (const family of FONT_FAMILIES) {
    const characters = plan.characters[family];
    if (family === 'latin' || characters !== undefined)
      families[family] = await embedFamily(doc, family, characters ?? '');
  }
  const latin = families.latin!;
  const { regular, bold } = latin;
  doc.setTitle(cleanText(spec.title), { showInWindowTitleBar: true });
  doc.setSubject(cleanText(spec.subject));
  doc.setCreator(cleanText(spec.creator));
  doc.setProducer(`${cleanText(spec.creator)} (pdf-lib 1.17.1)`);
  doc.setLanguage(spec.language);
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  const missing = new Set(plan.missing);
  // Widths per character from the family that prints it, so that measuring and drawing agree.
  const widthSource = (isBold: boolean) => ({
    widthOfTextAtSize(char: string, size: number) {
      const family = families[plan.familyOf.get(char) ?? 'latin'] ?? latin;
      return (isBold ? family.bold : family.regular).widthOfTextAtSize(
        missing.has(char) ? REPLACEMENT_CHARACTER : char,
        size,
      );
    },
  });
  const face = faceOf(latin.bytes.regular);
  // Widths depend only on which family prints each character and on what is missing: Noto Sans for all the rest.
  const measureKey = JSON.stringify([
    [...plan.familyOf].filter(([, family]) => family !== 'latin').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    [...plan.missing].sort(),
  ]);
  const measure = createMeasure(
    widthSource(false),
    widthSource(true),
    { ascent: face.ascent / face.unitsPerEm, descent: -face.descent / face.unitsPerEm },
    measureKey,
  );
  const encode = (text: string, isBold: boolean) =>
    splitByFamily(text, plan).map((run) => {
      const family = families[run.family] ?? latin;
      return {
        family: run.family,
        hex: PDFHexString.of(glyphHex(isBold ? family.bytes.bold : family.bytes.regular, run.text)),
      };
    });
  const characters = new Set(characterSetOf(printed));
  return {
    doc,
    fonts: { regular, bold, families, measure, characters, unprinted: findUnprinted(text, plan.missing), encode },
  };
}

/** Regular and Bold of `family` subset to `characters` (see loadFonts), embedded whole under their subset names. */
async function embedFamily(doc: PDFDocument, family: FontFamily, characters: string): Promise<EmbeddedFamily> {
  const bytes = await loadFonts(characters, family);
  const name = FONT_NAMES[family];
  const [regular, bold] = await Promise.all([
    doc.embedFont(bytes.regular, { subset: false, customName: `${subsetTag(bytes.regular)}+${name}-Regular` }),
    doc.embedFont(bytes.bold, { subset: false, customName: `${subsetTag(bytes.bold)}+${name}-Bold` }),
  ]);
  return { regular, bold, bytes };
}

/** The finished file. Object streams keep it small; pdf-lib writes no /ID, so nothing in it varies between runs. */
export function saveDocument(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: true });
}
