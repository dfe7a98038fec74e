// The typesetter's rules on every PDF a build writes, for a county, a state with a long table and a custom region, in
// English and Spanish: no heading last on a page, no line of a paragraph or list item alone at a page's top or
// bottom, no table split leaving one row, every text inside its page and none under the minimum size. The PDFs are
// rendered again from the build's own view models, with their layout, and must be the very bytes the build wrote.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkshopContent } from '../../generator/content/view.ts';
import { renderSlideNotesPdf } from '../../generator/deck/slide-notes-pdf.ts';
import { renderSlidesPdf } from '../../generator/deck/slides-pdf.ts';
import { renderPrintables } from '../../generator/handout/render.ts';
import type { StateMap } from '../../generator/map/model.ts';
import { MIN_SIZE, SLIDE_LAYOUT, SLIDE_TYPOGRAPHY } from '../../generator/pdf/style.ts';
import type { RenderedPdf } from '../../generator/pdf/types.ts';
import { makeQuiz, quizFileSuffix, renderPrintedQuiz } from '../../generator/quiz/outputs.ts';
import { DEFAULT_QUIZ_QUESTIONS } from '../../generator/workshop/prepare.ts';
import { buildTestKit, tempDir } from '../helpers.ts';
import { layoutProblems } from '../pdf/layout-rules.ts';
import { readManifestJson } from './manifest-json.ts';

/** The smallest text a slide may show: its footer and page number. */
const SLIDE_MIN_SIZE = Math.min(SLIDE_LAYOUT.furniture, SLIDE_TYPOGRAPHY.small);

type Checked = Pick<RenderedPdf, 'boxes' | 'pageSize' | 'layout' | 'pages'> & { bytes: Uint8Array | string };

/** Builds `config` (en and es) and renders each of its PDFs again: file path (in the kit) to PDF and minimum size. */
async function buildAndRender(
  config: Record<string, unknown>,
  paper: 'letter' | 'a4',
): Promise<{ out: string; pdfs: Map<string, { pdf: Checked; minSize: number }> }> {
  const out = path.join(tempDir(), 'out');
  let captured: { contents: WorkshopContent[]; maps: Record<string, StateMap | null> } | undefined;
  const result = await buildTestKit({ languages: ['en', 'es'], paper, ...config }, out, {
    onContents: (value) => {
      captured = value;
    },
  });
  const { contents, maps } = captured!;
  const pdfs = new Map<string, { pdf: Checked; minSize: number }>();
  for (const file of await renderPrintables({ contents, maps, paper, date: result.summary.data.asOf }))
    pdfs.set(file.path, { pdf: file, minSize: MIN_SIZE });
  for (const content of contents) {
    const code = content.language.code;
    const quiz = makeQuiz(content, result.summary, { seed: result.summary.region.id, count: DEFAULT_QUIZ_QUESTIONS });
    const { printed, key } = await renderPrintedQuiz(quiz, content, paper);
    pdfs.set(`quiz/quiz-${code}${quizFileSuffix(quiz)}.pdf`, { pdf: printed, minSize: MIN_SIZE });
    pdfs.set(`quiz/answer-key-${code}${quizFileSuffix(quiz)}.pdf`, { pdf: key, minSize: MIN_SIZE });
    const slides = await renderSlidesPdf(content, maps[code] ?? null);
    pdfs.set(`slides-${code}.pdf`, { pdf: slides, minSize: SLIDE_MIN_SIZE });
    pdfs.set(`speaker-notes-${code}.pdf`, {
      pdf: await renderSlideNotesPdf(content, slides, paper),
      minSize: MIN_SIZE,
    });
  }
  return { out, pdfs };
}

/** Checks that `pdfs` are every PDF the build wrote, byte for byte, and that each keeps the rules. */
function expectRulesKept(out: string, pdfs: Map<string, { pdf: Checked; minSize: number }>, written: string[]): void {
  expect([...pdfs.keys()].sort()).toEqual([...written].sort());
  for (const [file, { pdf, minSize }] of pdfs) {
    expect(
      Buffer.from(pdf.bytes).equals(readFileSync(path.join(out, file))),
      `${file}: the bytes the build wrote`,
    ).toBe(true);
    expect(layoutProblems(pdf, minSize), file).toEqual([]);
    // Every page of every renderPdf document reports its layout (cards are one frame a side and report none).
    if (!file.startsWith('cards-'))
      expect(new Set(pdf.layout?.map((frame) => frame.page)), file).toEqual(
        new Set(Array.from({ length: pdf.pages }, (_, index) => index + 1)),
      );
  }
}

/** The PDFs of a kit folder (the quiz's in quiz/), as its manifest lists them. */
function writtenPdfs(out: string): string[] {
  return readManifestJson(out)
    .outputs.map((output) => output.path)
    .filter((file) => file.endsWith('.pdf'));
}

describe('the layout rules on every PDF of a build', () => {
  it('holds for a county (Tarrant County, Texas), on Letter', async () => {
    const { out, pdfs } = await buildAndRender(
      {
        region: 'tx/tarrant-county',
        organization: { name: 'Example Rapid Response Network', website: 'https://example.org' },
        contacts: { hotline: { name: 'Hotline', phone: '(555) 010-0100' } },
      },
      'letter',
    );
    expectRulesKept(out, pdfs, writtenPdfs(out));
  }, 240_000);

  it('holds for a state with a long agreement table (Florida), on A4', async () => {
    const { out, pdfs } = await buildAndRender({ region: 'fl', workshop: { start: '09:00', length: 120 } }, 'a4');
    expect(pdfs.get('handout-en.pdf')!.pdf.pages).toBeGreaterThan(4);
    expectRulesKept(out, pdfs, writtenPdfs(out));
  }, 240_000);

  it('holds for a custom region of three counties, on Letter', async () => {
    const { out, pdfs } = await buildAndRender(
      {
        custom_region: {
          name: 'North Texas network',
          counties: ['tx/tarrant-county', 'tx/dallas-county', 'tx/denton-county'],
        },
      },
      'letter',
    );
    expectRulesKept(out, pdfs, writtenPdfs(out));
  }, 240_000);
});
