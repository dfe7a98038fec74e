// index.html in every kit folder: a page that opens offline from file:// and says, for each file the
// build wrote, what it is for: what to print and how many, what to present, what to upload where.

import { ICE_287G_PAGE } from '../data/freshness.ts';
import { INDEX_RECORD, listRecords, OUTPUT_GROUPS, type Audience, type OutputRecord } from '../output-record.ts';
import { readChecklist, type TrainerNote } from './checklist.ts';

export interface IndexPageInput {
  region: { id: string; name: string };
  data: { asOf: string; source: string; pendingAsOf: string | null };
  checklist: readonly TrainerNote[]; // the trainer's "Before the workshop" list (checklist.ts), shown first
  kitVersion: string;
  outputs: OutputRecord[]; // every file of the folder with its record, manifest.json included; index.html is left out
}

/** The one escape for this page: text and attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}

/** A relative link that works from file:// and any web server: each path segment percent-encoded. */
function href(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

const STYLE = [
  'body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}',
  'h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}',
  'ul{padding-left:1.2rem}li{margin:.4rem 0}code,a.file{font-family:ui-monospace,monospace;font-size:.95em}',
  '.notice{border:2px solid #b00;padding:.6rem 1rem;background:#fff5f5}' +
    '.checklist{border:2px solid #c80;padding:.2rem 1rem;background:#fffbea}.checklist h2{margin-top:.6rem}' +
    '.loud{color:#b00;font-weight:bold}',
  '.muted{color:#555}',
  '.who{font-size:.85em;padding:0 .4em;border-radius:.3em;white-space:nowrap}' +
    '.who-participant{background:#e6f0ff}.who-trainer{background:#fde8e8}.who-both{background:#eee}',
  '.warn{color:#8a4b00;margin:.2rem 0 0;font-size:.95em}',
].join('\n');

/** Who a file is for, as the page says it: a participant must never be handed a trainer's file. */
const AUDIENCE_LABELS: Record<Audience, string> = {
  participant: 'for participants',
  trainer: 'trainer only',
  both: 'trainer and room',
};

/** The page as HTML: every value escaped, inline CSS, no scripts, relative links only. */
export function renderIndexHtml(input: IndexPageInput): string {
  const e = escapeHtml;
  // The page does not list itself, nor the parts of a listed file (a deck project's package.json: its slides.md).
  const listed = listRecords(input.outputs.filter((output) => output.kind !== INDEX_RECORD.kind));
  const sections = OUTPUT_GROUPS.map(({ group, title }) => {
    const items = listed.filter((entry) => entry.group === group);
    if (items.length === 0) return '';
    const lines = items.map((entry) => {
      const who = `<span class="who who-${entry.audience}">${e(AUDIENCE_LABELS[entry.audience])}</span>`;
      const notes = entry.warnings.map((warning) => `\n    <p class="warn">Note: ${e(warning)}</p>`).join('');
      const link = `<a class="file" href="${e(href(entry.listAs))}">${e(entry.listAs)}</a>`;
      return `  <li>${link} ${who} — ${e(entry.purpose)}${notes}</li>`;
    });
    return `<h2>${e(title)}</h2>\n<ul>\n${lines.join('\n')}\n</ul>`;
  }).filter(Boolean);
  const pending = input.data.pendingAsOf ? ` and its pending list as of ${input.data.pendingAsOf}` : '';
  const about =
    `Region ${input.region.id}. Built from ICE's list of 287(g) agreements as ` +
    `of ${input.data.asOf}${pending} (${input.data.source}), published at ${ICE_287G_PAGE}. Workshop ` +
    `kit ${input.kitVersion}.`;
  const checklist = input.checklist.length
    ? `<section class="checklist">\n<h2>Before the workshop</h2>\n<ul>\n${input.checklist
        .map((note) => `  <li${note.loud ? ' class="loud"' : ''}>${note.loud ? 'Warning: ' : ''}${e(note.text)}</li>`)
        .join('\n')}\n</ul>\n</section>\n`
    : '';
  const notLegalAdvice =
    'These materials give general information about 287(g) agreements, from the ICE list of the date above. ' +
    'For your own case, talk to an immigration attorney or a DOJ-accredited representative.';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`287(g) workshop kit: ${input.region.name}`)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<h1>${e(`287(g) workshop kit: ${input.region.name}`)}</h1>
<p class="muted">${e(about)}</p>
${checklist}<p class="notice"><strong>Not legal advice.</strong> ${e(notLegalAdvice)}</p>
${sections.join('\n')}
</body>
</html>
`;
}

/**
 * index.html again from a kit folder's manifest (region, data) and the records of the files the folder now holds,
 * for the commands that add to a build's folder (kit quiz, kit quiz score); null when the manifest is not a build's.
 */
export function renderIndexFromManifest(
  manifest: Record<string, unknown> | null,
  outputs: OutputRecord[],
  kitVersion: string,
): string | null {
  const build = manifest as {
    region?: { id: string; name: string };
    inputs?: { participating?: { asOf: string; file: string }; pending?: { asOf: string } | null };
    freshness?: { message: string | null };
    checklist?: unknown;
  } | null;
  const participating = build?.inputs?.participating;
  if (!build?.region || !participating) return null;
  return renderIndexHtml({
    region: build.region,
    data: {
      asOf: participating.asOf,
      source: participating.file,
      pendingAsOf: build.inputs?.pending?.asOf ?? null,
    },
    // An older kit's manifest has no checklist: its data warning is the one note it can give.
    checklist: readChecklist(build.checklist) ?? staleNote(build.freshness?.message ?? null),
    kitVersion,
    outputs,
  });
}

/** The data-age note of an older manifest, as a checklist. */
function staleNote(message: string | null): TrainerNote[] {
  return message ? [{ id: 'stale-data', field: null, text: message, loud: true }] : [];
}
