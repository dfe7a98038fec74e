// The deck as a slide PDF drawn by the kit's own typesetter, for a kit built without Slidev: one 16:9 page per slide
// (a slide that does not fit continues on the next page), the quiz's answers on a page after each question, the data's
// date and the not-legal-advice line at the foot of every page. Shown full-screen in any PDF viewer, offline.

import type { WorkshopContent } from '../content/view.ts';
import { documentSpec } from '../pdf/document-spec.ts';
import type { StateMap } from '../map/model.ts';
import { renderPdf } from '../pdf/render.ts';
import type { Block, RenderedPdf } from '../pdf/types.ts';
import { buildDeckPlan, DECK_QUIZ_PER_MODULE } from './plan.ts';
import { buildSlideBlocks } from './slide-blocks.ts';

/** Where one slide of the deck (as slides.md has it) landed in the PDF, with its speaker notes. */
export interface PlacedSlide {
  title: string;
  notes: string[]; // paragraphs, as written (sources as [n], placeholders filled)
  first: number; // 1-based page of the PDF
  last: number; // the answer page of a quiz question, or the last page of a slide that did not fit one
}

export interface SlidesPdf extends RenderedPdf {
  slides: PlacedSlide[]; // one per slide of the Slidev deck, in its order
}

/**
 * The slide PDF of one language's deck: 960 x 540 pt pages, "n / total" on each. `map` is the region's map, or
 * null when the region has none.
 */
export async function renderSlidesPdf(content: WorkshopContent, map: StateMap | null): Promise<SlidesPdf> {
  const plan = buildDeckPlan(content, { map: map !== null, quizPerModule: DECK_QUIZ_PER_MODULE });
  const slides = plan.map((slide) => ({ slide, ...buildSlideBlocks(slide, content, map) }));
  const flow: Block[] = [];
  for (const { pages } of slides) {
    for (const blocks of pages) {
      if (flow.length) flow.push({ kind: 'page-break' });
      flow.push(...blocks);
    }
  }
  const title = `${content.ui.workshopTitle ?? '287(g)'} — ${content.frame.regionName}`;
  const spec = {
    ...documentSpec(content, 'slide', content.stamp.asOfIso, title, content.ui.workshopTitle ?? ''),
    pageLabel: (page: number, pages: number) => `${page} / ${pages}`,
  };
  const pdf = await renderPdf(spec, [flow]);

  // The page each PDF slide starts on: the first on page 1, every other after its page break.
  const starts = [1, ...(pdf.breaks ?? [])];
  const placed: PlacedSlide[] = [];
  let unit = 0;
  slides.forEach(({ slide, title: slideTitle, pages }, index) => {
    const first = starts[unit] ?? pdf.pages;
    unit += pages.length;
    const next = index + 1 < slides.length ? (starts[unit] ?? pdf.pages + 1) : pdf.pages + 1;
    placed.push({ title: slideTitle, notes: slide.notes, first, last: Math.max(first, next - 1) });
  });
  return { ...pdf, slides: placed };
}
