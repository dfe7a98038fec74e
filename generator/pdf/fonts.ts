// Noto Sans Regular and Bold cut down to the characters a document uses, to embed whole (pdf-lib's own subsetting
// garbles Noto, pdf-lib issue 1232); Noto Sans SC (Chinese and Japanese kana) and KR (hangul) the same way, read only
// for a document whose text needs them. The layout tables are dropped so that every glyph pdf-lib draws is one that the
// font's cmap names: pdf-lib writes widths and the ToUnicode map only for those (a ligature glyph would come out with
// a wrong width and no text), and the kit writes text in NFC, so precomposed glyphs cover Vietnamese.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as fontkitModule from '@pdf-lib/fontkit';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
// The package is UMD: Node hands it over as the default export, whatever its type declarations say.
const umdDefault: unknown = Reflect.get(fontkitModule, 'default');
const isFontkit = (value: unknown): value is typeof fontkitModule =>
  typeof value === 'object' && value !== null && 'create' in value && typeof value.create === 'function';
export const fontkit = isFontkit(umdDefault) ? umdDefault : fontkitModule;
const FILES = {
  latin: {
    regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  },
  sc: {
    regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
  kr: {
    regular: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  },
} as const;
export type FontStyle = 'regular' | 'bold';
/** The font families in the order they are asked for a character: Latin, Greek and Cyrillic; then CJK; then hangul. */
export type FontFamily = keyof typeof FILES;
export const FONT_FAMILIES: readonly FontFamily[] = ['latin', 'sc', 'kr'];
/** The PostScript names the families are embedded under (after the subset tag). */
export const FONT_NAMES: Record<FontFamily, string> = { latin: 'NotoSans', sc: 'NotoSansSC', kr: 'NotoSansKR' };
/** Printed in place of a character no family has (Noto Sans draws it as a diamond with a question mark). */
export const REPLACEMENT_CHARACTER = '\uFFFD';

const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');
/** Characters every document may need beyond its own text: printable ASCII (digits for page labels) and the bullet. */
export const LAYOUT_CHARACTERS = `${PRINTABLE_ASCII}•–’“”…\u00A0`;

const raw = new Map<string, Promise<Buffer>>();

/** The whole TTF of one style of a family (Noto Sans by default), read from node_modules once per process. */
export function readFullFont(style: FontStyle, family: FontFamily = 'latin'): Promise<Buffer> {
  const file = FILES[family][style];
  let bytes = raw.get(file);
  if (!bytes) {
    bytes = readFile(require.resolve(file)); // a Buffer: subset-font's format sniffing needs one
    bytes.catch(() => raw.delete(file));
    raw.set(file, bytes);
  }
  return bytes;
}

/** The distinct characters of `text` plus LAYOUT_CHARACTERS, sorted so that the subset does not depend on order. */
export function characterSetOf(text: string): string {
  const characters = new Set(LAYOUT_CHARACTERS);
  for (const character of text.normalize('NFC')) characters.add(character);
  return [...characters].sort().join('');
}

export interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

// Documents of one language mostly use the same characters (a batch prints hundreds), so recent subsets are kept.
const subsets = new Map<string, Promise<FontFiles>>();
const SUBSETS_KEPT = 16;

/**
 * TrueType bytes of Regular and Bold of a family (Noto Sans by default) holding the glyphs for the characters of
 * `text`; Noto Sans also gets LAYOUT_CHARACTERS, the CJK families only what `text` has.
 */
export function loadFonts(text: string, family: FontFamily = 'latin'): Promise<FontFiles> {
  const characters = family === 'latin' ? characterSetOf(text) : [...new Set(text.normalize('NFC'))].sort().join('');
  const key = `${family}:${characters}`;
  let fonts = subsets.get(key);
  if (!fonts) {
    fonts = subsetFonts(characters, family);
    fonts.catch(() => subsets.delete(key));
    subsets.set(key, fonts);
    if (subsets.size > SUBSETS_KEPT) subsets.delete(subsets.keys().next().value!);
  }
  return fonts;
}

async function subsetFonts(characters: string, family: FontFamily): Promise<FontFiles> {
  const subset = async (style: FontStyle): Promise<Uint8Array> => {
    try {
      const bytes = await subsetFont(await readFullFont(style, family), characters, {
        targetFormat: 'truetype',
        noHinting: true, // print does not need hinting, and it is a third of the file
        dropTables: ['GSUB', 'GPOS', 'GDEF', 'STAT'],
      });
      return new Uint8Array(bytes);
    } catch (error) {
      throw new Error(
        `loadFonts: could not subset ${FONT_NAMES[family]} ${style}: ` +
          (error instanceof Error ? error.message : String(error)).slice(0, 200),
        { cause: error },
      );
    }
  };
  const [regular, bold] = await Promise.all([subset('regular'), subset('bold')]);
  return { regular, bold };
}

type Face = ReturnType<typeof fontkit.create>;
const faces = new WeakMap<Uint8Array, Face>();
const LAYOUTS_KEPT = 5000;

/**
 * The parsed font of `bytes`, one per subset for every document that embeds it, with its recent layouts kept:
 * pdf-lib lays out every line it draws, and most lines of a batch's documents are the same curriculum text.
 * Documents only read a face (glyph ids and widths), so sharing one is safe.
 */
export function faceOf(bytes: Uint8Array): Face {
  let face = faces.get(bytes);
  if (!face) {
    face = fontkit.create(bytes);
    const layout = face.layout.bind(face);
    const layouts = new Map<string, ReturnType<Face['layout']>>();
    // pdf-lib calls layout(text, features); a call with features is laid out afresh.
    face.layout = (text: string, features?: Parameters<Face['layout']>[1]) => {
      if (features !== undefined) return layout(text, features);
      let run = layouts.get(text);
      if (!run) {
        if (layouts.size >= LAYOUTS_KEPT) layouts.clear();
        layouts.set(text, (run = layout(text)));
      }
      return run;
    };
    faces.set(bytes, face);
  }
  return face;
}

const hexes = new WeakMap<Face, Map<string, string>>();

/**
 * `text` as the hex string of its glyph ids in the subset `bytes` (what a PDF's Tj shows with an Identity-H font), kept
 * per face like its layouts. The same encoding as pdf-lib's own for embedded fonts.
 */
export function glyphHex(bytes: Uint8Array, text: string): string {
  const face = faceOf(bytes);
  let known = hexes.get(face);
  if (!known) hexes.set(face, (known = new Map<string, string>()));
  let hex = known.get(text);
  if (hex === undefined) {
    if (known.size >= LAYOUTS_KEPT) known.clear();
    hex = face
      .layout(text)
      .glyphs.map((glyph) => glyph.id.toString(16).toUpperCase().padStart(4, '0'))
      .join('');
    known.set(text, hex);
  }
  return hex;
}

/** The fontkit that documents register with pdf-lib: fontkit itself, with faces shared through faceOf. */
export const sharedFontkit: typeof fontkit = { ...fontkit, create: (bytes: Uint8Array) => faceOf(bytes) };

const coverages = new Map<FontFamily, Promise<(codePoint: number) => boolean>>();

/** Whether a full family (Noto Sans by default) has a glyph for a code point (Regular and Bold cover the same ones). */
export function loadCoverage(family: FontFamily = 'latin'): Promise<(codePoint: number) => boolean> {
  let coverage = coverages.get(family);
  if (!coverage) {
    coverage = readFullFont('regular', family).then((bytes) => {
      const font = fontkit.create(bytes);
      return (codePoint: number) => font.hasGlyphForCodePoint(codePoint);
    });
    coverage.catch(() => coverages.delete(family));
    coverages.set(family, coverage);
  }
  return coverage;
}
