// The CLI's listing of the files a command wrote, from their records: the same purposes, in the same groups and
// order as index.html (print, present, upload, read).

import path from 'node:path';
import { listRecords, OUTPUT_GROUPS, type OutputRecord } from '../output-record.ts';

/** `  DIR/FILE   purpose` lines for the listed records (not their parts), paths shown under `shown`. */
export function formatListing(records: readonly OutputRecord[], shown: string, width = 48): string[] {
  const listed = listRecords(records);
  return OUTPUT_GROUPS.flatMap(({ group }) => listed.filter((record) => record.group === group)).map(
    (record) => `  ${path.join(shown, record.listAs).padEnd(width)} ${record.purpose}`,
  );
}
