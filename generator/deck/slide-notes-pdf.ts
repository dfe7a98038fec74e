// The speaker notes of the slide PDF as a document of their own, on paper: one entry per slide of the deck, headed by
// the page label the slide shows at its foot ("7 / 88") and its title, so a presenter holding the notes finds the
// slide on screen. Apart from the slides, so that a room never sees them when the trainer pages past the last slide.

import type { WorkshopContent } from '../content/view.ts';
import type { Paper } from '../config/types.ts';
import { documentSpec } from '../pdf/document-spec.ts';
import { renderPdf } from '../pdf/render.ts';
import type { Block, RenderedPdf, Run } from '../pdf/types.ts';
import type { SlidesPdf } from './slides-pdf.ts';

/** "7 / 88", or "63–64 / 88" for a slide on two pages (a quiz question and its answer). */
export function slideLabel(first: number, last: number, pages: number): string {
  return `${first === last ? first : `${first}–${last}`} / ${pages}`;
}

// "Say:", "Ask the room:", "Timing:": the short label a note starts with, in bold so that a presenter can scan for it.
const LABEL = /^([^:.[\]"“]{1,24}:)(\s)/;

function noteRuns(text: string): Run[] {
  const label = LABEL.exec(text);
  return label ? [{ text: label[1]!, bold: true }, { text: text.slice(label[1]!.length) }] : [{ text }];
}

export function buildSlideNotesBlocks(content: WorkshopContent, slides: Pick<SlidesPdf, 'slides' | 'pages'>): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `${content.ui.speakerNotes ?? 'Speaker notes'} — ${content.frame.regionName}` },
  ];
  for (const slide of slides.slides) {
    blocks.push({
      kind: 'heading',
      level: 3,
      text: `${slideLabel(slide.first, slide.last, slides.pages)} · ${slide.title}`,
    });
    blocks.push(...slide.notes.map((text): Block => ({ kind: 'paragraph', runs: noteRuns(text) })));
  }
  return blocks;
}

/** The notes of `slides` (what renderSlidesPdf returned for `content`) on `paper`, "Page 1 of n" at each foot. */
export async function renderSlideNotesPdf(
  content: WorkshopContent,
  slides: Pick<SlidesPdf, 'slides' | 'pages'>,
  paper: Paper,
): Promise<RenderedPdf> {
  const title = `${content.ui.speakerNotes ?? 'Speaker notes'} — ${content.frame.regionName}`;
  return renderPdf(documentSpec(content, paper, content.stamp.asOfIso, title, content.ui.workshopTitle ?? ''), [
    buildSlideNotesBlocks(content, slides),
  ]);
}
