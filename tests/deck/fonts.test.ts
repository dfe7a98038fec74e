// CJK names in the Slidev deck with no CJK font on the machine and no network: the deck carries Noto Sans SC and KR
// subset to its characters as WOFF2, its site loads them from its own folder, and Chromium embeds them in deck.pdf.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkshop } from '../../generator/workshop/build.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { importList } from '../../generator/data/import.ts';
import { writeSnapshot } from '../../generator/data/store.ts';
import { renderDeckFonts } from '../../generator/deck/fonts.ts';
import { fontkit } from '../../generator/pdf/fonts.ts';
import { SHIPPED_DATA } from '../helpers.ts';
import { AGENCY, CHINESE, EMOJI_AGENCY, JAPANESE, KOREAN, writeIceWorkbook } from '../pdf/cjk.ts';
import { pdffonts, squash } from '../pdf/tools.ts';
import { readPdfText } from '../pdf/text.ts';

const LATIN_STACK = 'DejaVu Sans, Noto Sans, Liberation Sans, Arial, sans-serif';

/** A font file's bytes; text in their place fails the test. */
function binary(bytes: Uint8Array | string): Uint8Array {
  if (typeof bytes === 'string') throw new Error(`a font file came back as text: ${bytes.slice(0, 40)}`);
  return bytes;
}

/** The characters a WOFF2 file has glyphs for, read back with fontkit (U+FFFF closes the cmap's last segment). */
function mappedCharacters(bytes: Uint8Array | string): string[] {
  const face = fontkit.create(Buffer.from(binary(bytes)));
  return face.characterSet
    .filter((codePoint) => codePoint !== 0xffff)
    .map((codePoint) => String.fromCodePoint(codePoint));
}

describe('renderDeckFonts', () => {
  it('adds no file and keeps the Latin font stack for text with no CJK character', async () => {
    const fonts = await renderDeckFonts(`Trần Văn Ánh, Policía de Peña, Ελληνικά, Русский, ${EMOJI_AGENCY}`);
    expect(fonts).toEqual({ sans: LATIN_STACK, files: [] });
  });

  it("subsets Noto Sans SC and KR (Regular, Bold) to the text's CJK glyphs: WOFF2 with @font-face rules", async () => {
    const fonts = await renderDeckFonts(`Presented by ${CHINESE}\n${JAPANESE} · ${KOREAN}`);
    expect(fonts.sans).toBe(
      'DejaVu Sans, Noto Sans, Liberation Sans, Arial, Kit Noto Sans SC, Kit Noto Sans KR, sans-serif',
    );
    expect(fonts.files.map((file) => file.path)).toEqual([
      'style.css',
      'index.html',
      'public/fonts/NotoSansSC-400.woff2',
      'public/fonts/NotoSansSC-700.woff2',
      'public/fonts/NotoSansKR-400.woff2',
      'public/fonts/NotoSansKR-700.woff2',
    ]);
    const byPath = new Map(fonts.files.map((file) => [file.path, file.bytes]));
    // Chinese and Japanese (kanji, kana and the katakana middle dot) in SC, hangul in KR; no Latin letter in either.
    const sc = [...new Set(`${CHINESE}${JAPANESE}`)].sort();
    for (const weight of [400, 700]) {
      const scBytes = byPath.get(`public/fonts/NotoSansSC-${weight}.woff2`)!;
      expect(Buffer.from(binary(scBytes)).subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(mappedCharacters(scBytes).sort()).toEqual(sc);
      expect(mappedCharacters(byPath.get(`public/fonts/NotoSansKR-${weight}.woff2`)!).sort()).toEqual(
        [...new Set(KOREAN)].sort(),
      );
    }
    const css = String(byPath.get('style.css'));
    expect(css).toContain(
      '@font-face { font-family: "Kit Noto Sans SC"; font-style: normal; font-weight: 700; font-display: block; ' +
        'src: url("/fonts/NotoSansSC-700.woff2") format("woff2"); }',
    );
    expect(css).toContain(
      '@font-face { font-family: "Kit Noto Sans KR"; font-style: normal; font-weight: 400; font-display: block; ' +
        'src: url("/fonts/NotoSansKR-400.woff2") format("woff2"); }',
    );
    expect(css).not.toMatch(/https?:/);
    // The page fetches every font before it draws a slide (Chromium keeps boxes for text laid out before a font came).
    expect(String(byPath.get('index.html'))).toBe(
      `<head>\n${['NotoSansSC-400', 'NotoSansSC-700', 'NotoSansKR-400', 'NotoSansKR-700']
        .map((name) => `<link rel="preload" as="font" type="font/woff2" href="./fonts/${name}.woff2" crossorigin>`)
        .join('\n')}\n</head>\n`,
    );
  });

  it('needs only Noto Sans KR for hangul alone', async () => {
    const fonts = await renderDeckFonts(`Place: ${KOREAN}`);
    expect(fonts.sans).toBe('DejaVu Sans, Noto Sans, Liberation Sans, Arial, Kit Noto Sans KR, sans-serif');
    expect(fonts.files.map((file) => file.path)).toEqual([
      'style.css',
      'index.html',
      'public/fonts/NotoSansKR-400.woff2',
      'public/fonts/NotoSansKR-700.woff2',
    ]);
  });
});

/** Every file under `dir`, relative, with forward slashes. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('a county deck naming its organization, presenter, place and agency in CJK, built by Slidev', () => {
  let root: string;
  let deck: string;
  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'kit-deckfont-'));
    const dataDir = path.join(root, 'data');
    cpSync(SHIPPED_DATA, dataDir, { recursive: true });
    const snapshot = await importList({
      file: 'participating-2026-11-29.xlsx',
      bytes: await writeIceWorkbook(),
      kind: 'participating',
      asOf: '2026-11-29',
      importedAt: '2026-11-30T00:00:00.000Z',
    });
    await writeSnapshot(dataDir, snapshot);
    const { config, problems } = validateConfig(
      {
        region: 'ar/franklin-county',
        languages: ['en'],
        data: { snapshot: '2026-11-29' },
        organization: { name: CHINESE },
        presenter: JAPANESE,
        workshop: { place: KOREAN, date: '2026-12-05' },
      },
      null,
    );
    expect(problems).toEqual([]);
    const out = path.join(root, 'out');
    // The one Slidev build and export of this file.
    await buildWorkshop({
      dataDir,
      config,
      outDir: out,
      outputRoot: out,
      today: '2026-11-30',
      builtAt: '2026-11-30T00:00:00Z',
      deck: 'pdf',
      env: process.env,
      only: ['summary', 'deck'],
    });
    deck = path.join(out, 'deck-en');
  }, 600_000);
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('builds a site that carries the subset WOFF2 files, fetches them with the page, names no font on the web', () => {
    const files = listFiles(path.join(deck, 'dist'));
    expect(readFileSync(path.join(deck, 'dist', 'index.html'), 'utf8')).toContain(
      '<link rel="preload" as="font" type="font/woff2" href="./fonts/NotoSansSC-400.woff2" crossorigin>',
    );
    expect(files.filter((file) => file.endsWith('.woff2')).sort()).toEqual([
      'fonts/NotoSansKR-400.woff2',
      'fonts/NotoSansKR-700.woff2',
      'fonts/NotoSansSC-400.woff2',
      'fonts/NotoSansSC-700.woff2',
    ]);
    const css = files
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(path.join(deck, 'dist', file), 'utf8'))
      .join('\n');
    // Vite made the URLs relative to the stylesheet, so the site works from any folder.
    expect(css).toContain('url(../fonts/NotoSansSC-400.woff2)');
    expect(css).toMatch(/font-family:DejaVu Sans,Noto Sans,Liberation Sans,Arial,Kit Noto Sans SC,Kit Noto Sans KR,/);
    const text = files
      .filter((file) => /\.(html|css|js|json)$/.test(file))
      .map((file) => readFileSync(path.join(deck, 'dist', file), 'utf8'))
      .join('\n');
    expect(text).not.toMatch(/https?:\/\/[^\s"'`)]*\.(woff2?|ttf|otf)\b/);
    expect(text).not.toMatch(/fonts\.(googleapis|gstatic)\.com|fonts\.bunny\.net|api\.fonts\.coollabs\.io/);
  });

  it('exports deck.pdf with Noto Sans SC and KR embedded and the names as text', async () => {
    const pdf = path.join(deck, 'deck.pdf');
    const fonts = pdffonts(pdf);
    for (const name of ['NotoSansSC', 'NotoSansKR']) {
      const embedded = fonts.filter((font) => font.name.includes(name));
      expect(embedded.length, `${name} in ${fonts.map((font) => font.name).join(', ')}`).toBeGreaterThan(0);
      expect(embedded.every((font) => font.emb === 'yes' && font.uni === 'yes')).toBe(true);
    }
    const text = squash(await readPdfText(pdf));
    for (const expected of [CHINESE, JAPANESE, KOREAN, AGENCY]) expect(text).toContain(expected);
  });

  it('draws the title slide with the CJK names (rendered to PNG, looked at when this test was written)', async () => {
    const png = path.join(root, 'title');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', path.join(deck, 'deck.pdf'), png]);
    const file = readdirSync(root).find((name) => name.startsWith('title') && name.endsWith('.png'))!;
    expect(existsSync(path.join(root, file))).toBe(true);
    expect(statSync(path.join(root, file)).size).toBeGreaterThan(10_000);
    expect(squash(await readPdfText(path.join(deck, 'deck.pdf'), { pages: { first: 1, last: 1 } }))).toContain(
      `${CHINESE}`,
    );
  });
});
