// The CLI's listing of the files a command wrote, from their records: the same purposes index.html shows.

import path from 'node:path';
import { listRecords, type OutputRecord } from '../output-record.ts';

/** `  DIR/FILE   purpose` lines for the listed records (not their parts), paths shown under `shown`. */
export function formatListing(records: readonly OutputRecord[], shown: string, width = 48): string[] {
  return listRecords(records, { parts: false }).map(
    (record) => `  ${path.join(shown, record.listAs).padEnd(width)} ${record.purpose}`,
  );
}
