// A region with agreements on ICE's pending list: every pending row of ICE's own file for the county reaches
// the region summary (Markdown and JSON). The expected rows are read from ICE's CSV here, not from the kit.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { iceFile, runKit, tempDir } from '../helpers.ts';

// The pending list the shipped 2026-05-18 data uses (see data/snapshots/pending-2026-02-27.json).
const rows = Papa.parse<Record<string, string>>(readFileSync(iceFile('pending-2026-02-27.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const franklin = rows.filter((row) => row.STATE === 'ARKANSAS' && row.COUNTY === 'Franklin County');

describe('the pending agreements of Franklin County, Arkansas', () => {
  let markdown: string;
  let json: { answers: { pending: { name: string; pending: { modelName: string }[] }[] } };
  beforeAll(async () => {
    const out = path.join(tempDir(), 'out');
    const result = await runKit(['build', '--region', 'ar/franklin-county', '--only', 'summary', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    markdown = readFileSync(path.join(out, 'region-summary.md'), 'utf8');
    json = JSON.parse(readFileSync(path.join(out, 'region-summary.json'), 'utf8'));
  }, 60_000);

  it("are on ICE's pending list, so this test has something to check", () => {
    expect(franklin.length).toBeGreaterThan(0);
  });

  it("are each a row of the summary's agreement table, marked pending", () => {
    for (const row of franklin) {
      expect(markdown, `${row['LAW ENFORCEMENT AGENCY']} ${row['SUPPORT TYPE']}`).toContain(
        `| ${row['LAW ENFORCEMENT AGENCY']} | ${row.COUNTY} | ${row['SUPPORT TYPE']} | pending |`,
      );
    }
    expect(markdown.match(/\| pending \|/g)).toHaveLength(franklin.length);
  });

  it('are all in the summary JSON\'s answer to "which are pending?"', () => {
    const listed = json.answers.pending.flatMap((agency) =>
      agency.pending.map((entry) => `${agency.name} / ${entry.modelName}`),
    );
    expect(listed.sort()).toEqual(
      franklin.map((row) => `${row['LAW ENFORCEMENT AGENCY']} / ${row['SUPPORT TYPE']}`).sort(),
    );
  });
});
