// What changed between two lists, as the lines `kit data diff` prints, and since the list imported before a new one.

import { formatCountNoun } from '../plural.ts';
import { diffAgreements, type Diff } from './diff.ts';
import { listSnapshots, readSnapshot } from './store.ts';
import type { Snapshot } from './types.ts';

/** The lines of `kit data diff`: the count before and after, then each section with its items (no newlines). */
export function formatDiffLines(diff: Diff): string[] {
  const lines = [
    `From ${diff.from} to ${diff.to}: ${diff.summary.agreementsBefore} ` +
      `-> ${formatCountNoun(diff.summary.agreementsAfter, 'agreement')}.`,
  ];
  const section = (title: string, items: string[]) => {
    lines.push('', `${title}: ${items.length}`);
    for (const item of items) lines.push(`  ${item}`);
  };
  section(
    'Agencies added',
    diff.added.map((agency) => `${agency.state}  ${agency.name} (${agency.models.join(', ')})`),
  );
  section(
    'Agencies removed',
    diff.removed.map((agency) => `${agency.state}  ${agency.name} (${agency.models.join(', ')})`),
  );
  section(
    'Renamed (likely the same agency)',
    diff.renamed.map((rename) => `${rename.state}  ${rename.from} -> ${rename.to}`),
  );
  section(
    'Models added',
    diff.modelsAdded.map((change) => `${change.state}  ${change.name}: ${change.models.join(', ')}`),
  );
  section(
    'Models dropped',
    diff.modelsDropped.map((change) => `${change.state}  ${change.name}: ${change.models.join(', ')}`),
  );
  section(
    'Signing dates corrected',
    diff.dateChanges.map(
      (change) => `${change.state}  ${change.name} ${change.model}: ${change.from ?? '?'} -> ${change.to ?? '?'}`,
    ),
  );
  return lines;
}

/**
 * What changed from the list of the same kind imported into `dataDir` just before `snapshot` (the newest one dated
 * earlier than it) to `snapshot`, as formatDiffLines gives it; [] when there is no earlier list of that kind.
 * Throws KitError('bad-input') when that earlier snapshot file cannot be read.
 */
export async function diffSincePrevious(dataDir: string, snapshot: Snapshot): Promise<string[]> {
  const previous = (await listSnapshots(dataDir))
    .filter((entry) => entry.kind === snapshot.kind && entry.asOf < snapshot.asOf)
    .at(-1);
  if (!previous) return [];
  const before = await readSnapshot(previous.file);
  return formatDiffLines(
    diffAgreements(before.agreements, snapshot.agreements, { from: before.asOf, to: snapshot.asOf }),
  );
}
