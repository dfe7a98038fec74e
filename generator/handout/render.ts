// Renders the printed materials for a workshop: a handout per language, the bilingual handout, wallet
// cards and a facilitator guide per language, as PDF bytes in memory.

import type { Paper } from '../config/types.ts';
import type { WorkshopContent } from '../content/view.ts';
import type { StateMap } from '../map/model.ts';
import { renderCards } from '../pdf/cards.ts';
import { renderPdf } from '../pdf/render.ts';
import { bilingualDocumentSpec, documentSpec } from '../pdf/document-spec.ts';
import type { RenderedPdf } from '../pdf/types.ts';
import type { RecordedFile } from '../write.ts';
import { describeLanguage, recordOf, singleLanguage, type OutputAbout } from '../output-record.ts';
import { buildCards } from './cards.ts';
import { buildGuideBlocks } from './guide.ts';
import { buildBilingualHandout } from './bilingual.ts';
import { buildHandoutBlocks } from './handout.ts';

export interface PrintInput {
  contents: WorkshopContent[]; // in the config's language order
  maps: Record<string, StateMap | null>; // the region map per language
  paper: Paper;
  // ISO date stamped into the PDFs' metadata: the data's as-of date, so the same inputs give the same bytes
  date: string;
}

export interface PrintedFile extends RecordedFile {
  pages: number;
  boxes: RenderedPdf['boxes']; // where each text was drawn, for checks
  pageSize: RenderedPdf['pageSize'];
  unprinted: RenderedPdf['unprinted']; // text printed with U+FFFD for characters no font has
}

type PrintedAbout = Pick<OutputAbout, 'languages' | 'audience' | 'purpose'>;

/** A printed file with its record: every printed file is listed under Print. */
const printed = (path: string, about: PrintedAbout, pdf: RenderedPdf): PrintedFile => ({
  ...recordOf(path, { kind: 'handout', group: 'print', ...about }),
  bytes: pdf.bytes,
  language: singleLanguage(about.languages),
  pages: pdf.pages,
  boxes: pdf.boxes,
  pageSize: pdf.pageSize,
  unprinted: pdf.unprinted,
});

export async function renderPrintables(input: PrintInput): Promise<PrintedFile[]> {
  const { contents, paper, date } = input;
  const files: PrintedFile[] = [];
  for (const content of contents) {
    const code = content.language.code;
    const title = `${content.ui.handoutTitle ?? '287(g)'} — ${content.frame.regionName}`;
    const handout = await renderPdf(
      { ...documentSpec(content, paper, date, title, content.ui.workshopTitle ?? ''), dense: true },
      [buildHandoutBlocks({ content, map: input.maps[code] ?? null })],
    );
    files.push(
      printed(
        `handout-${code}.pdf`,
        {
          languages: [code],
          audience: 'participant',
          purpose: `The handout${describeLanguage(code)}: print double-sided, one per person.`,
        },
        handout,
      ),
    );
    const guide = await renderPdf(
      documentSpec(
        content,
        paper,
        date,
        `${content.ui.facilitatorGuide ?? 'Facilitator guide'} — ${content.frame.regionName}`,
        content.ui.workshopTitle ?? '',
      ),
      [buildGuideBlocks(content)],
    );
    files.push(
      printed(
        `facilitator-guide-${code}.pdf`,
        {
          languages: [code],
          audience: 'trainer',
          purpose: `The facilitator guide${describeLanguage(code)}: print one for the trainer.`,
        },
        guide,
      ),
    );
  }
  const [first, second] = contents;
  if (first && second) {
    const pair = `${first.language.code}-${second.language.code}`;
    const bilingual = await renderPdf(
      {
        ...bilingualDocumentSpec(
          documentSpec(
            first,
            paper,
            date,
            `${first.ui.bilingualTitle ?? first.ui.workshopTitle} — ${first.frame.regionName}`,
            `${first.ui.workshopTitle} / ${second.ui.workshopTitle}`,
            `${first.language.code}`,
          ),
          first,
          second,
        ),
        dense: true,
      },
      [
        buildBilingualHandout(
          { content: first, map: input.maps[first.language.code] ?? null },
          { content: second, map: input.maps[second.language.code] ?? null },
        ),
      ],
    );
    files.push(
      printed(
        `handout-bilingual-${pair}.pdf`,
        {
          languages: [first.language.code, second.language.code],
          audience: 'participant',
          purpose:
            `The handout in two languages (${pair}) side by side: print double-sided, one per person in ` +
            `mixed groups.`,
        },
        bilingual,
      ),
    );
  }
  if (first) {
    // Cards pair two languages; a one-language workshop gets its language on both sides, named for it alone.
    const back = second ?? first;
    const name = second ? `${first.language.code}-${second.language.code}` : first.language.code;
    const cardSpec = documentSpec(
      first,
      paper,
      date,
      `${first.ui.cardTitle ?? 'Wallet cards'} — ${first.frame.regionName}`,
      first.ui.cardTitle ?? '',
    );
    const cards = await renderCards(
      second ? bilingualDocumentSpec(cardSpec, first, second) : cardSpec,
      buildCards(first, back),
    );
    files.push(
      printed(
        `cards-${name}.pdf`,
        {
          languages: second ? [first.language.code, second.language.code] : [first.language.code],
          audience: 'participant',
          purpose:
            'Wallet cards, 8 per sheet: print one sheet per 8 people, double-sided (flip on the long ' +
            'edge), and cut on the crop marks.',
        },
        cards,
      ),
    );
  }
  return files;
}
