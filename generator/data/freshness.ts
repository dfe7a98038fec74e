// ICE changes its list every week: a snapshot older than 30 days is flagged in every build, with
// how to import the newest list.

import { daysBetween } from './as-of.ts';

export const STALE_AFTER_DAYS = 30;
export const ICE_287G_PAGE = 'https://www.ice.gov/identify-and-arrest/287g';

export interface Freshness {
  ageDays: number;
  stale: boolean;
  message: string | null; // English; the curriculum's languages carry their own wording
}

export function checkFreshness(asOf: string, today: string): Freshness {
  const ageDays = daysBetween(asOf, today);
  const stale = ageDays > STALE_AFTER_DAYS;
  return {
    ageDays,
    stale,
    message: stale
      ? `The ICE list used here is from ${asOf}, ${ageDays} days ago, and ICE changes it every week. ` +
        `Download the newest "Participating Agencies" (and "Pending Agencies") workbook from ${ICE_287G_PAGE}, ` +
        'then run: npx kit data import FILE (add --pending for the pending list) and build again.'
      : null,
  };
}
