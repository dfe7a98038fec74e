// A pdf-lib document with the subset Noto fonts embedded and metadata fixed from the spec, so that the same input
// always gives the same bytes: dates from spec.date at 00:00 UTC, font tags from the font bytes, no random names.

import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, type PDFFont } from 'pdf-lib';
import './flate.ts';
import { characterSetOf, faceOf, glyphHex, loadCoverage, loadFonts, sharedFontkit } from './fonts.ts';
import { createMeasure, type Measure } from './measure.ts';
import { assertPrintable, cleanText } from './text.ts';
import type { DocumentSpec } from './types.ts';

export interface DocumentFonts {
  regular: PDFFont;
  bold: PDFFont;
  measure: Measure;
  characters: Set<string>; // what the subset fonts can print
  encode(text: string, bold: boolean): PDFHexString; // the glyphs of `text` in the regular or bold font, for Tj
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
 * A new document for `spec` with fonts able to print every character of `text` (all the text the caller will draw).
 * Throws a bad-input error naming any character Noto Sans lacks.
 */
export async function createDocument(spec: DocumentSpec, text: string): Promise<{ doc: PDFDocument; fonts: DocumentFonts }> {
  const date = documentDate(spec.date);
  const printed = cleanText(text);
  assertPrintable(printed, await loadCoverage(), `PDF "${spec.title}"`);
  const characters = characterSetOf(printed);
  const bytes = await loadFonts(characters);

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(sharedFontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(bytes.regular, { subset: false, customName: `${subsetTag(bytes.regular)}+NotoSans-Regular` }),
    doc.embedFont(bytes.bold, { subset: false, customName: `${subsetTag(bytes.bold)}+NotoSans-Bold` }),
  ]);
  doc.setTitle(cleanText(spec.title), { showInWindowTitleBar: true });
  doc.setSubject(cleanText(spec.subject));
  doc.setCreator(cleanText(spec.creator));
  doc.setProducer(`${cleanText(spec.creator)} (pdf-lib 1.17.1)`);
  doc.setLanguage(spec.language);
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  const face = faceOf(bytes.regular);
  const measure = createMeasure(regular, bold, { ascent: face.ascent / face.unitsPerEm, descent: -face.descent / face.unitsPerEm });
  const encode = (text: string, isBold: boolean) => PDFHexString.of(glyphHex(isBold ? bytes.bold : bytes.regular, text));
  return { doc, fonts: { regular, bold, measure, characters: new Set(characters), encode } };
}

/** The finished file. Object streams keep it small; pdf-lib writes no /ID, so nothing in it varies between runs. */
export function saveDocument(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: true });
}
