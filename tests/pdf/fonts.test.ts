// What documents share so that a batch does not redo it: font subsets per set of characters, parsed faces and their
// line layouts, and Node's zlib behind pdf-lib's compression.

import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createDocument, saveDocument } from '../../generator/pdf/document.ts';
import { characterSetOf, faceOf, loadFonts } from '../../generator/pdf/fonts.ts';
import type { DocumentSpec } from '../../generator/pdf/types.ts';

const spec: DocumentSpec = {
  paper: 'letter',
  language: 'en',
  title: 'T',
  subject: 'S',
  creator: 'test',
  date: '2026-05-18',
  header: null,
  footer: 'f',
  pageLabel: () => '1',
};

describe('shared font work', () => {
  it('subsets once per set of characters, whatever their order, and again for other characters', async () => {
    const first = await loadFonts('Condado de Harris, señor');
    expect(await loadFonts('señor Harris, Condado de')).toBe(first);
    const other = await loadFonts('Condado de Harris, señor: Ž');
    expect(other).not.toBe(first);
    expect(faceOf(other.regular).hasGlyphForCodePoint('Ž'.codePointAt(0)!)).toBe(true);
    expect(faceOf(first.regular).hasGlyphForCodePoint('Ž'.codePointAt(0)!)).toBe(false);
    expect(characterSetOf('ba ab')).toBe(characterSetOf('ab'));
  });

  it('parses a subset once and lays out a line once, with the same glyphs as a fresh parse', async () => {
    const { regular } = await loadFonts('Keller Police Department');
    const face = faceOf(regular);
    expect(faceOf(regular)).toBe(face);
    const run = face.layout('Keller Police Department');
    expect(face.layout('Keller Police Department')).toBe(run);
    const { fontkit } = await import('../../generator/pdf/fonts.ts');
    const fresh = fontkit.create(regular).layout('Keller Police Department');
    expect(run.glyphs.map((glyph) => glyph.id)).toEqual(fresh.glyphs.map((glyph) => glyph.id));
    expect(run.advanceWidth).toBe(fresh.advanceWidth);
  });

  it("compresses pdf-lib's streams with Node's zlib, in the copy of pako that pdf-lib loads", async () => {
    const require = createRequire(import.meta.url);
    const pako: { deflate: (data: Uint8Array) => Uint8Array } = createRequire(require.resolve('pdf-lib'))('pako');
    const { doc } = await createDocument(spec, 'hello');
    await saveDocument(doc);
    const data = new TextEncoder().encode('BT /F1 12 Tf 72 712 Td (hello) Tj ET\n'.repeat(50));
    const packed = pako.deflate(data);
    expect(Buffer.from(inflateSync(packed)).equals(Buffer.from(data))).toBe(true);
    expect(pako.deflate.toString()).toMatch(/deflateSync/);
  });
});
