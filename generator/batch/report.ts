// The batch's own outputs at its root: batch.json (the data) and index.html (a page that lists and
// filters every region, working offline). Pure: they return strings; the command writes them.

import type { RegionOutcome } from './messages.ts';
import { formatCountNoun } from '../plural.ts';
import { listRecords, type OutputRecord } from '../output-record.ts';

export interface BatchEntry extends RegionOutcome {
  folder: string; // the region's folder, relative to the batch root
}

export interface BatchReport {
  kit: { name: string; version: string };
  builtAt: string;
  dataAsOf: string;
  languages: string[];
  only: string[];
  counties: 'none' | 'local' | 'local-and-statewide';
  totals: { regions: number; built: number; failed: number; seconds: number };
  regions: BatchEntry[];
}

export function renderBatchJson(report: BatchReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The one escape for HTML text and double-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}

/** A relative link to a file of the batch: each path segment percent-encoded, then escaped. */
function href(...segments: string[]): string {
  return escapeHtml(
    segments
      .flatMap((segment) => segment.split('/'))
      .map(encodeURIComponent)
      .join('/'),
  );
}

/**
 * The files a region's row links, from their records: what to print and present, the summary and the scripts to
 * read (not the quiz files, which the row's quiz/ link covers, nor the parts of a deck).
 */
export function pickLinkedFiles(records: readonly OutputRecord[]): { linked: string[]; quiz: boolean } {
  const linked = listRecords(records)
    .filter((record) => record.kind !== 'quiz')
    .filter((record) =>
      record.group === 'read'
        ? (record.kind === 'summary' || record.kind === 'script') && record.languages.length > 0
        : record.group !== 'upload',
    )
    .map((record) => record.listAs);
  return { linked, quiz: records.some((record) => record.kind === 'quiz') };
}

function links(entry: BatchEntry): string {
  const shown = (entry.linked ?? []).map((file) => `<a href="${href(entry.folder, file)}">${escapeHtml(file)}</a>`);
  if (entry.quiz) shown.push(`<a href="${href(entry.folder, 'quiz')}/">quiz/</a>`);
  return shown.join(' ');
}

function row(entry: BatchEntry): string {
  const status = entry.ok ? links(entry) : `<span class="failed">failed: ${escapeHtml(entry.error ?? '')}</span>`;
  return (
    `<tr data-name="${escapeHtml(`${entry.name ?? ''} ${entry.id}`.toLowerCase())}"><td><a ` +
    `href="${href(entry.folder)}/">${escapeHtml(entry.name ?? entry.id)}</a><br><small>` +
    `${escapeHtml(entry.id)}</small></td>` +
    `<td>${escapeHtml(entry.kind ?? '')}</td><td class="n">${escapeHtml(entry.agreements ?? '')}</td><td ` +
    `class="n">${escapeHtml(entry.agencies ?? '')}</td><td>${status}</td></tr>`
  );
}

// No external requests: inline style and script only, so the page works from a USB stick.
const STYLE =
  'body{font:15px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse;width:100%}' +
  'th,td{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:left;vertical-align:top}td.n{text-align:right}' +
  'input{font:inherit;padding:.3em .5em;width:min(30em,100%);margin:.5em 0 ' +
  '1em}small{color:#666}.failed{color:#a00}a{margin-right:.6em}';
const SCRIPT =
  'const q=document.getElementById("filter"),rows=[...document.querySelectorAll("tbody ' +
  'tr")],c=document.getElementById("count");' +
  'function f(){const t=q.value.trim().toLowerCase();let n=0;for(const r of rows){const ' +
  's=!t||r.dataset.name.includes(t);r.hidden=!s;if(s)n++}c.textContent=n}' +
  'q.addEventListener("input",f);f();';

export function renderBatchIndex(report: BatchReport): string {
  const { totals } = report;
  const failed = totals.failed ? `, ${escapeHtml(totals.failed)} failed` : '';
  const summary =
    `${escapeHtml(formatCountNoun(totals.built, 'region'))} built${failed}, ` +
    `with ICE data as of ${escapeHtml(report.dataAsOf)}; languages: ${escapeHtml(report.languages.join(', '))}; ` +
    `built ${escapeHtml(report.builtAt)}. Not legal advice.`;
  const filter =
    '<label>Filter by name: <input id="filter" type="search" placeholder="e.g. harris, texas, tx/"></label> ' +
    '<span id="count"></span> shown';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>287(g) workshops: ${escapeHtml(formatCountNoun(totals.regions, 'region'))}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>287(g) know-your-rights workshops</h1>
<p>${summary}</p>
${filter}
<table>
<thead><tr><th>Region</th><th>Kind</th><th>Agreements</th><th>Agencies</th><th>Files</th></tr></thead>
<tbody>
${report.regions.map(row).join('\n')}
</tbody>
</table>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
