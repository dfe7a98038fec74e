// Every page of every PDF a build prints, and of the score report, carries the data's date and "not legal advice" in
// its footer, and the handout's QR code, decoded from the rendered pages, leads to the organization's website (ICE's
// 287(g) page is printed as a link). Expected strings are literals: the date is the one in the name of the newest ICE
// workbook the kit ships (participating-2026-05-18), the addresses are ICE's page and the config written below.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKit, tempDir } from '../helpers.ts';
import { preQuiz, RESPONSES } from '../quiz-score/quiz.ts';
import { readPdfText } from '../pdf/text.ts';

const ORG_WEBSITE = 'https://rapid-response.example.org/';
const CONFIG = `region: tx/tarrant-county
languages: [en, es]
organization:
  name: Example Rapid Response Network
  website: ${ORG_WEBSITE}
contacts:
  hotline:
    name: Hotline
    phone: "(555) 010-0100"
  legal_aid:
    name: Example Legal Aid
    phone: "(555) 010-0200"
    website: https://legal-aid.example.net/help
  website: https://example.org/contact
`;

const STAMP = {
  en: 'ICE data as of May 18, 2026 · This is general information, not legal advice.',
  es: 'Datos de ICE al 18 de mayo de 2026 · Esto es información general, no asesoría legal.',
  'en-es':
    'ICE data as of May 18, 2026 · This is general information, not legal advice. / ' +
    'Datos de ICE al 18 de mayo de 2026 · Esto es información general, no asesoría legal.',
};
const PAGE_LABEL = {
  en: (page: number, pages: number) => `Page ${page} of ${pages}`,
  es: (page: number, pages: number) => `Página ${page} de ${pages}`,
  'en-es': (page: number, pages: number) => `Page ${page} of ${pages} / Página ${page} de ${pages}`,
  slides: (page: number, pages: number) => `${page} / ${pages}`,
};

// Each printed PDF with the language of its footer and how its pages are numbered. The bilingual handout and
// the cards are one document for two languages, footed in both, so that no reader finds the footer in the other's.
const PRINTED: { file: string; stamp: keyof typeof STAMP; label: keyof typeof PAGE_LABEL }[] = [
  { file: 'handout-en.pdf', stamp: 'en', label: 'en' },
  { file: 'handout-es.pdf', stamp: 'es', label: 'es' },
  { file: 'handout-bilingual-en-es.pdf', stamp: 'en-es', label: 'en-es' },
  { file: 'cards-en-es.pdf', stamp: 'en-es', label: 'en-es' },
  { file: 'facilitator-guide-en.pdf', stamp: 'en', label: 'en' },
  { file: 'facilitator-guide-es.pdf', stamp: 'es', label: 'es' },
  { file: 'quiz/quiz-en.pdf', stamp: 'en', label: 'en' },
  { file: 'quiz/quiz-es.pdf', stamp: 'es', label: 'es' },
  { file: 'quiz/answer-key-en.pdf', stamp: 'en', label: 'en' },
  { file: 'quiz/answer-key-es.pdf', stamp: 'es', label: 'es' },
  { file: 'slides-en.pdf', stamp: 'en', label: 'slides' },
  { file: 'slides-es.pdf', stamp: 'es', label: 'slides' },
  { file: 'speaker-notes-en.pdf', stamp: 'en', label: 'en' },
  { file: 'speaker-notes-es.pdf', stamp: 'es', label: 'es' },
];

function pageCount(file: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    width: Math.floor(Number(size[1])),
    height: Math.floor(Number(size[2])),
  };
}

/** The text in the bottom 50 points of one page: where the footer is, and nothing else. */
async function footerText(file: string, page: number, lines = 1): Promise<string> {
  // The footer's lines are 13 pt apart, its last one just above the 36 pt margin.
  const text = await readPdfText(file, { pages: { first: page, last: page }, bottom: 50 + 13 * (lines - 1) });
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Every QR code on one page rendered in gray at 150 dpi, read column by column (the left and the right half of the
 * page: the handouts are laid out in two columns, and jsQR finds one code at a time and can be misled by a map's many
 * small squares beside it): each decoded code is painted white and the column read again.
 */
function decodeQrCodes(file: string, page: number, dir: string): string[] {
  const out = path.join(dir, `qr-${path.basename(file)}-${page}`);
  execFileSync('pdftoppm', ['-r', '150', '-gray', '-f', String(page), '-l', String(page), '-singlefile', file, out]);
  const pgm = readFileSync(`${out}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 50).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const gray = pgm.subarray(header[0].length);
  const found: string[] = [];
  const half = Math.floor(width / 2);
  for (const [from, columnWidth] of [
    [0, half],
    [half, width - half],
  ] as const) {
    // jsQR reads RGBA.
    const pixels = new Uint8ClampedArray(columnWidth * height * 4);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < columnWidth; x++) {
        const index = (y * columnWidth + x) * 4;
        pixels.fill(gray[y * width + from + x]!, index, index + 3);
        pixels[index + 3] = 255;
      }
    for (let round = 0; round < 5; round++) {
      // jsqr is CommonJS: its function is both the module and its `default`.
      const code = jsQR.default(pixels, columnWidth, height, { inversionAttempts: 'dontInvert' });
      if (!code) break;
      found.push(code.data);
      const corners = [
        code.location.topLeftCorner,
        code.location.topRightCorner,
        code.location.bottomLeftCorner,
        code.location.bottomRightCorner,
      ];
      const [left, right] = [Math.min(...corners.map((c) => c.x)) - 10, Math.max(...corners.map((c) => c.x)) + 10];
      const [top, bottom] = [Math.min(...corners.map((c) => c.y)) - 10, Math.max(...corners.map((c) => c.y)) + 10];
      for (let y = Math.max(0, Math.floor(top)); y < Math.min(height, bottom); y++)
        for (let x = Math.max(0, Math.floor(left)); x < Math.min(columnWidth, right); x++)
          pixels.fill(255, (y * columnWidth + x) * 4, (y * columnWidth + x) * 4 + 4);
    }
  }
  return found;
}

describe('the printed materials of a county build', () => {
  // One build for every test here; tempDir() would remove it after the first test.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kit-printed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let out: string;
  beforeAll(async () => {
    writeFileSync(path.join(dir, 'workshop.yaml'), CONFIG);
    out = path.join(dir, 'out');
    const result = await runKit(['build', '--config', path.join(dir, 'workshop.yaml'), '--fast', '--out', out], {
      cwd: dir,
    });
    expect(result.code, result.stderr).toBe(0);
  }, 120_000);

  it('writes every printed PDF this test checks, and no other', () => {
    const pdfs = [...readdirSync(out), ...readdirSync(path.join(out, 'quiz')).map((name) => `quiz/${name}`)].filter(
      (name) => name.endsWith('.pdf'),
    );
    expect(pdfs.sort()).toEqual(PRINTED.map((entry) => entry.file).sort());
  });

  it.each(PRINTED)(
    'footers every page of $file with the data date, "not legal advice" and the page number',
    async ({ file, stamp, label }) => {
      const pdf = path.join(out, file);
      const size = pageCount(pdf);
      expect(size.pages).toBeGreaterThan(0);
      for (let page = 1; page <= size.pages; page++) {
        expect(await footerText(pdf, page, stamp === 'en-es' ? 3 : 1), `${file} page ${page}`).toBe(
          `${STAMP[stamp]} ${PAGE_LABEL[label](page, size.pages)}`,
        );
      }
    },
  );

  it.each(['handout-en.pdf', 'handout-es.pdf', 'handout-bilingual-en-es.pdf'])(
    "prints in %s a QR code that leads to the organization's website, and ICE's 287(g) page as a link",
    async (file) => {
      const pdf = path.join(out, file);
      const dir = tempDir();
      const codes: string[] = [];
      for (let page = 1; page <= pageCount(pdf).pages; page++) codes.push(...decodeQrCodes(pdf, page, dir));
      // The one-sheet keeps its one code for the organization; ICE's list is a short link among the sources.
      // Without white space: a half-page column breaks the address after a hyphen.
      const text = (await readPdfText(pdf)).replace(/\s+/g, '');
      expect(text).toContain('https://www.ice.gov/identify-and-arrest/287g');
      const expected = [ORG_WEBSITE];
      // The bilingual handout prints each side's codes in both languages.
      expect(codes.sort()).toEqual(file.includes('bilingual') ? [...expected, ...expected].sort() : expected.sort());
    },
  );
});

describe('the score report PDF', () => {
  // The hand-made quiz of the scoring tests, made from ICE data of 2026-11-01, with its Google Forms responses.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kit-score-stamp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [
      'en',
      'ICE data as of November 1, 2026 · This is general information, not legal advice.',
      (page: number, pages: number) => `Page ${page} of ${pages}`,
    ],
    [
      'es',
      'Datos de ICE al 1 de noviembre de 2026 · Esto es información general, no asesoría legal.',
      (page: number, pages: number) => `Página ${page} de ${pages}`,
    ],
  ] as const)(
    'footers every page with the quiz data\'s date and "not legal advice", in %s',
    async (language, stamp, label) => {
      const quizFile = path.join(dir, `quiz-${language}.json`);
      writeFileSync(quizFile, JSON.stringify({ ...preQuiz(), language }));
      const out = path.join(dir, `out-${language}`);
      const result = await runKit([
        'quiz',
        'score',
        path.join(RESPONSES, 'google-pre.csv'),
        '--quiz',
        quizFile,
        '--out',
        out,
      ]);
      expect(result.code, result.stderr).toBe(0);
      const pdf = path.join(out, `score-report-quiz-${language}.pdf`);
      const size = pageCount(pdf);
      expect(size.pages).toBeGreaterThan(0);
      for (let page = 1; page <= size.pages; page++)
        expect(await footerText(pdf, page), `page ${page}`).toBe(`${stamp} ${label(page, size.pages)}`);
    },
  );
});
