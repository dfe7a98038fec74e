// The CLI's listing of the files a command wrote, from their records: the same purposes, in the same groups and
// order as index.html (print, present, upload, read).

import path from 'node:path';
import { listRecords, OUTPUT_GROUPS, type OutputRecord } from '../output-record.ts';

/**
 * `  DIR/FILE   purpose` lines for the listed records (not their parts), paths shown under `shown`, in a column at
 * least `width` characters wide and as wide as the longest path, so that every purpose starts in the same place.
 */
export function formatListing(records: readonly OutputRecord[], shown: string, width = 48): string[] {
  const listed = listRecords(records);
  const rows = OUTPUT_GROUPS.flatMap(({ group }) => listed.filter((record) => record.group === group)).map(
    (record) => [path.join(shown, record.listAs), record.purpose] as const,
  );
  const column = Math.max(width, ...rows.map(([file]) => file.length));
  return rows.map(([file, purpose]) => `  ${file.padEnd(column)} ${purpose}`);
}
