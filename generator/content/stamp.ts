// The stamp every output carries: the date of ICE's list it was built from, its source, and whether that list is old
// enough for the trainer's warning; and the line printed at the foot of every page and slide. Kept apart from the
// view model so that mutation testing (npm run mutate -- regions) covers exactly this decision.

import type { RegionSummary } from '../regions/summary.ts';
import { fillTemplate } from './markup.ts';

/** A sentence of the language's ui strings with its values (raw, escaped by the renderer). */
export interface Phrase {
  key: string; // a key of the language's ui strings
  vars: Record<string, string>; // raw values, escaped by the renderer
}

/** The data's date (formatted for the language and ISO), its sources, and the old-data warning when it applies. */
export interface Stamp {
  asOf: string;
  asOfIso: string;
  source: string;
  pendingSource: string | null;
  stale: Phrase | null;
}

/** The stamp of a workshop from its summary's data, with the language's date and number formats. */
export function buildStamp(
  data: RegionSummary['data'],
  formatDate: (iso: string) => string,
  formatNumber: (value: number) => string,
): Stamp {
  return {
    asOf: formatDate(data.asOf),
    asOfIso: data.asOf,
    source: data.source,
    pendingSource: data.pendingSource,
    stale: data.freshness.stale
      ? { key: 'staleData', vars: { date: formatDate(data.asOf), days: formatNumber(data.freshness.ageDays) } }
      : null,
  };
}

/** The line every page and slide carries: the data's date and the first sentence of the not-legal-advice notice. */
export function stampLine(content: { ui: Record<string, string>; stamp: Pick<Stamp, 'asOf'> }): string {
  const notice = (content.ui.notLegalAdvice ?? '').split(/(?<=\.)\s/)[0];
  return `${fillTemplate(content.ui.asOf ?? '{{date}}', { date: content.stamp.asOf })} · ${notice}`;
}
