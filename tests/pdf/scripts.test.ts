// Names in any script: Chinese, Japanese and Korean text from the config and the ICE data prints in every PDF in
// embedded subset Noto Sans SC/KR, and a character no font has (an emoji) prints as U+FFFD with a build warning.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkshop, type BuildResult } from '../../generator/workshop/build.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { importList } from '../../generator/data/import.ts';
import { writeSnapshot } from '../../generator/data/store.ts';
import { renderPdf } from '../../generator/pdf/render.ts';
import type { DocumentSpec } from '../../generator/pdf/types.ts';
import { SHIPPED_DATA } from '../helpers.ts';
import { AGENCY, CHINESE, EMOJI_AGENCY, JAPANESE, KOREAN, writeIceWorkbook } from './cjk.ts';
import { pdffonts, squash, writeTemp } from './tools.ts';
import { readPdfText } from './text.ts';

/** The fonts of a PDF as "name type emb sub uni" lines, the name without its subset tag when it has one. */
function fontsOf(file: string): string[] {
  return pdffonts(file).map(
    (row) => `${row.name.replace(/^[A-Z]{6}\+/, 'TAG+')} ${row.type} ${row.emb} ${row.sub} ${row.uni}`,
  );
}

const spec: DocumentSpec = {
  paper: 'letter',
  language: 'en',
  title: 'Scripts',
  subject: 'test',
  creator: 'test',
  date: '2026-11-30',
  header: null,
  footer: `${KOREAN} footer`,
  pageLabel: (page, pages) => `Page ${page} of ${pages}`,
};

describe('a PDF with Chinese, Japanese and Korean text', () => {
  it('prints it exactly, in embedded subset Noto Sans SC and KR beside Noto Sans', async () => {
    const pdf = await renderPdf(spec, [
      [
        { kind: 'heading', level: 1, text: `${CHINESE} and Harris County` },
        {
          kind: 'paragraph',
          runs: [
            { text: 'Presenter: ' },
            { text: JAPANESE, bold: true },
            { text: ` from ${KOREAN}. Trần Văn Ánh, Ελληνικά, Русский.` },
          ],
        },
      ],
    ]);
    const file = writeTemp(pdf.bytes, 'cjk');
    const text = await readPdfText(file);
    for (const expected of [
      `${CHINESE} and Harris County`,
      `Presenter: ${JAPANESE} from ${KOREAN}.`,
      'Trần Văn Ánh, Ελληνικά, Русский.',
      `${KOREAN} footer`,
    ]) {
      expect(text).toContain(expected);
    }
    expect(pdf.unprinted).toEqual([]);
    // Every font embedded, a subset (tagged), with a ToUnicode map; the Korean text is regular only, so no KR Bold is
    // used but both styles of a family are embedded together.
    expect(fontsOf(file)).toEqual(
      ['NotoSans', 'NotoSansSC', 'NotoSansKR'].flatMap((name) => [
        `TAG+${name}-Regular CID TrueType yes yes yes`,
        `TAG+${name}-Bold CID TrueType yes yes yes`,
      ]),
    );
  });

  it('embeds no CJK font when the text has no CJK characters', async () => {
    const pdf = await renderPdf({ ...spec, footer: 'footer' }, [
      [{ kind: 'paragraph', runs: [{ text: 'Trần Văn Ánh' }] }],
    ]);
    expect(fontsOf(writeTemp(pdf.bytes, 'latin'))).toEqual([
      'TAG+NotoSans-Regular CID TrueType yes yes yes',
      'TAG+NotoSans-Bold CID TrueType yes yes yes',
    ]);
  });

  it('prints a character no font has as U+FFFD and lists the line it was in', async () => {
    const pdf = await renderPdf({ ...spec, footer: 'footer' }, [
      [
        {
          kind: 'table',
          columns: [
            { header: 'Agency', width: 0.7 },
            { header: 'Model', width: 0.3 },
          ],
          rows: [
            [EMOJI_AGENCY, 'Task Force'],
            [AGENCY, 'Jail'],
          ],
        },
      ],
    ]);
    expect(pdf.unprinted).toEqual([{ text: EMOJI_AGENCY, characters: ['🚓'] }]);
    const text = await readPdfText(writeTemp(pdf.bytes, 'emoji'));
    expect(text).toContain('Franklin \uFFFD Police Department');
    expect(text).toContain(AGENCY);
  });
});

describe('a build with a CJK organization, presenter and agency, and an emoji in an agency name', () => {
  // One build for every check below, in a folder of its own (tempDir's are removed after each test).
  const root = mkdtempSync(path.join(os.tmpdir(), 'kit-scripts-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const dataDir = path.join(root, 'data');
  const out = path.join(root, 'out');
  let result: BuildResult;
  let pdfs: string[];
  beforeAll(async () => {
    cpSync(SHIPPED_DATA, dataDir, { recursive: true });
    await build();
  }, 300_000);

  async function build(): Promise<void> {
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
        languages: ['en', 'es'],
        data: { snapshot: '2026-11-29' },
        organization: { name: CHINESE },
        presenter: JAPANESE,
        workshop: { place: KOREAN },
      },
      null,
    );
    expect(problems).toEqual([]);
    result = await buildWorkshop({
      dataDir,
      config,
      outDir: out,
      outputRoot: out,
      today: '2026-11-30',
      builtAt: '2026-11-30T00:00:00Z',
      deck: 'markdown',
      browser: null,
      fallbackToEnglish: true,
    });
    pdfs = result.files.map((file) => file.path).filter((file) => file.endsWith('.pdf'));
  }

  it('prints the CJK agency name in the handout, and the organization, presenter and place in the PDFs', async () => {
    expect(pdfs).toEqual(
      expect.arrayContaining([
        'handout-en.pdf',
        'handout-es.pdf',
        'handout-bilingual-en-es.pdf',
        'facilitator-guide-en.pdf',
        'cards-en-es.pdf',
        'quiz/quiz-en.pdf',
        'quiz/answer-key-en.pdf',
        'slides-en.pdf',
        'speaker-notes-en.pdf',
      ]),
    );
    const handout = await readPdfText(path.join(out, 'handout-en.pdf'));
    expect(handout).toContain(AGENCY);
    const printed = (await Promise.all(pdfs.map((file) => readPdfText(path.join(out, file))))).join('\n');
    for (const text of [CHINESE, JAPANESE, KOREAN]) expect(printed).toContain(text);
    const shows = async (file: string, texts: string[]) => {
      const text = await readPdfText(path.join(out, file));
      for (const expected of texts) expect(text, `${file} shows ${expected}`).toContain(expected);
    };
    await shows('slides-en.pdf', [AGENCY, CHINESE, JAPANESE, KOREAN]);
    await shows('facilitator-guide-es.pdf', [CHINESE, JAPANESE, KOREAN]);
    await shows('speaker-notes-en.pdf', [CHINESE]);
    for (const file of ['handout-es.pdf', 'quiz/quiz-en.pdf']) await shows(file, [AGENCY]);
    // The answer key's explanations are paragraphs: the name may wrap between its two words.
    expect(squash(await readPdfText(path.join(out, 'quiz/answer-key-en.pdf')))).toContain(AGENCY);
    // Two columns side by side: the name is one cell of a narrow table, so it is looked for without line breaks.
    expect(squash(await readPdfText(path.join(out, 'handout-bilingual-en-es.pdf'))).replace(/ /g, '')).toContain(
      '東京都警視庁Sheriff',
    );
    expect(fontsOf(path.join(out, 'handout-en.pdf'))).toContain('TAG+NotoSansSC-Regular CID TrueType yes yes yes');
  });

  it('prints the emoji as a replacement mark and warns with the text, its field and the output', async () => {
    expect(await readPdfText(path.join(out, 'handout-en.pdf'))).toContain('Franklin \uFFFD Police Department');
    // One note for the name, naming every PDF that printed it with the mark.
    const warnings = result.warnings.filter((line) => line.includes(EMOJI_AGENCY));
    expect(warnings).toHaveLength(1);
    const [, outputs] =
      /printed as a replacement mark \(\uFFFD\) in (.*)\. The Slidev deck shows it as written\.$/.exec(warnings[0]!) ??
      [];
    expect(
      warnings[0]!.startsWith(
        `agency name (LAW ENFORCEMENT AGENCY, ICE's AR list): "${EMOJI_AGENCY}" has "🚓" (U+1F693), ` +
          'which no font of the kit has;',
      ),
    ).toBe(true);
    expect(outputs?.split(/, | and /)).toEqual(
      expect.arrayContaining(['slides-en.pdf', 'handout-en.pdf', 'handout-es.pdf', 'quiz/quiz-en.pdf']),
    );
    expect(result.warnings.every((line) => !line.includes(CHINESE) && !line.includes(AGENCY))).toBe(true);
  });

  it("keeps every name as written in the deck's slides.md", () => {
    const slides = readFileSync(path.join(out, 'deck-en', 'slides.md'), 'utf8');
    for (const text of [AGENCY, EMOJI_AGENCY, CHINESE]) expect(slides).toContain(text);
  });

  it('reports the handout size with CJK text', () => {
    // The page renders (poppler reads the embedded fonts); the PNG was looked at while writing this test.
    execFileSync('pdftoppm', [
      '-r',
      '70',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      path.join(out, 'handout-en.pdf'),
      path.join(root, 'handout'),
    ]);
    expect(statSync(path.join(root, 'handout-1.png')).size).toBeGreaterThan(10_000);
    const bytes = statSync(path.join(out, 'handout-en.pdf')).size;
    console.log(`handout-en.pdf with CJK text: ${(bytes / 1024).toFixed(1)} KB`);
    expect(bytes).toBeLessThan(400 * 1024);
  });
});
