// The metadata and page furniture of every printed document of a workshop (handouts, guide, cards, quiz, answer key,
// slide PDF and its notes): title, creator, the data's date, the stamp line at the foot and the page label.

import { stampLine } from '../content/stamp.ts';
import type { WorkshopContent } from '../content/view.ts';
import { KIT_VERSION } from '../paths.ts';
import { uiText } from './curriculum.ts';
import type { DocumentSpec } from './types.ts';

/**
 * The spec of one printed document of `content`: `date` is the ISO date in its metadata (the data's as-of date, so the
 * same inputs give the same bytes), `language` its language code (the content's; a bilingual handout names its first).
 */
export function documentSpec(
  content: WorkshopContent,
  paper: DocumentSpec['paper'],
  date: string,
  title: string,
  subject: string,
  language = content.language.code,
): DocumentSpec {
  return {
    paper,
    language,
    title,
    subject,
    creator: `287(g) Workshop Kit ${KIT_VERSION}`,
    date,
    header: null,
    footer: stampLine(content),
    pageLabel: (page, pages) => uiText(content, 'page', { page: String(page), pages: String(pages) }),
  };
}

/**
 * The spec of a document in two languages (the bilingual handout, the cards): `spec` is the first language's, and the
 * stamp line and page label are given in both, so that a reader of either language finds them in theirs.
 */
export function bilingualDocumentSpec(
  spec: DocumentSpec,
  first: WorkshopContent,
  second: WorkshopContent,
): DocumentSpec {
  const label = (content: WorkshopContent, page: number, pages: number) =>
    uiText(content, 'page', { page: String(page), pages: String(pages) });
  return {
    ...spec,
    footer: `${stampLine(first)} / ${stampLine(second)}`,
    pageLabel: (page, pages) => `${label(first, page, pages)} / ${label(second, page, pages)}`,
  };
}
