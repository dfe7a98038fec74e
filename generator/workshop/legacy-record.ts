// The one-time fallback for manifests written before outputs carried their records (format 2 and older): a
// kit folder built by the previous version that kit quiz or kit quiz score adds to is indexed from each entry's
// kind and language, never from its name. A build in that folder replaces every entry with a recorded one.

import type { OwnedEntry } from '../kit-folder.ts';
import type { OutputAbout, OutputRecord } from '../output-record.ts';
import { deckFolder } from './kinds.ts';

/** What an old manifest's kind tells, no more: a file of kind 'handout' may be the guide or the cards, so 'both'. */
const LEGACY_KINDS: Record<string, Pick<OutputAbout, 'audience' | 'group'> & { what: string }> = {
  summary: { audience: 'trainer', group: 'read', what: "The region's summary" },
  script: { audience: 'trainer', group: 'read', what: 'The workshop script' },
  deck: { audience: 'both', group: 'present', what: 'Part of the slide deck' },
  'deck-site': { audience: 'both', group: 'present', what: 'The deck as Slidev built it (website, PDF, images)' },
  handout: { audience: 'both', group: 'print', what: 'A printed material (handout, wallet cards or guide)' },
  quiz: { audience: 'both', group: 'read', what: 'A quiz file (to print, or to upload to a quiz platform)' },
  'quiz-form': { audience: 'both', group: 'read', what: 'A quiz file (to print, or to upload to a quiz platform)' },
  score: { audience: 'trainer', group: 'read', what: 'A quiz score report' },
};
const LEGACY_OTHER = { audience: 'trainer', group: 'read', what: 'A file of the kit' } as const;

/** Whether a manifest entry predates records (its folder was written by an earlier version of the kit). */
export function isLegacyEntry(entry: OwnedEntry): boolean {
  return !entry.purpose || !entry.audience || !entry.group;
}

/**
 * The record of a manifest entry: its own when it has one; for a legacy entry, what its kind and language say,
 * marked as from an earlier version. A legacy deck's Slidev files (its site's many assets) are listed once, as
 * the deck's folder.
 */
export function readRecord(entry: OwnedEntry): OutputRecord {
  const languages = entry.languages ?? (entry.language ? [entry.language] : []);
  if (!isLegacyEntry(entry))
    return {
      path: entry.path,
      kind: entry.kind,
      languages,
      audience: entry.audience!,
      group: entry.group!,
      purpose: entry.purpose!,
      listAs: entry.listAs === undefined ? entry.path : entry.listAs,
      partOf: entry.partOf ?? null,
      warnings: entry.warnings ?? [],
    };
  const legacy = LEGACY_KINDS[entry.kind] ?? LEGACY_OTHER;
  const site = entry.kind === 'deck-site' && entry.language !== null;
  return {
    path: entry.path,
    kind: entry.kind,
    languages,
    audience: legacy.audience,
    group: legacy.group,
    purpose:
      `${legacy.what}${entry.language ? ` (${entry.language})` : ''}, written by an earlier version of the ` +
      `kit: build again (kit build) to see what it is for.`,
    listAs: site ? `${deckFolder(entry.language!)}/` : entry.path,
    partOf: null,
    warnings: [],
  };
}
