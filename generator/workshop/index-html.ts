// index.html in every kit folder: a page that opens offline from file:// and says, for each file the
// build wrote, what it is for: what to print and how many, what to present, what to upload where.

import { ICE_287G_PAGE } from '../data/freshness.ts';
import type { RenderedOutput } from './render.ts';

/** index.html among the build's files: not one of the output kinds, since it only points at them. */
export interface IndexOutput extends Omit<RenderedOutput, 'kind'> {
  kind: 'index';
}

export interface IndexPageInput {
  region: { id: string; name: string };
  data: { asOf: string; source: string; pendingAsOf: string | null; staleMessage: string | null };
  kitVersion: string;
  files: string[]; // every file the build wrote, relative with forward slashes (png/ folders end in /)
}

type Group = 'print' | 'present' | 'upload' | 'read';

const GROUPS: { group: Group; title: string }[] = [
  { group: 'print', title: 'Print' },
  { group: 'present', title: 'Present' },
  { group: 'upload', title: 'Upload to a quiz platform' },
  { group: 'read', title: 'Read, rehearse and check' },
];

/** The one escape for this page: text and attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}

/** ` (en)`, or for a quiz's other forms and versions ` (en, post form, version B)`. */
const language = (code: string) => {
  const [, lang, post, version] = /^(.*?)(-post)?(-B)?$/.exec(code)!;
  return ` (${[lang, post ? 'post form' : '', version ? 'version B' : ''].filter(Boolean).join(', ')})`;
};

/** What a file is for, in one plain line, and where it goes on the page; null for a file not to list. */
export function describeOutput(file: string): { group: Group; text: string } | null {
  let match: RegExpExecArray | null;
  if (file === 'index.html') return null;
  if (file === 'region-summary.md')
    return { group: 'read', text: "The region's answers and agreements, to read before the workshop." };
  if (file === 'region-summary.json') return { group: 'read', text: 'The same summary as data, for other tools.' };
  if (file === 'manifest.json')
    return { group: 'read', text: 'What went in (data, config) and what came out, with checksums.' };
  if ((match = /^workshop-([^/]+)\.md$/.exec(file)))
    return {
      group: 'read',
      text: `The workshop script${language(match[1]!)}: agenda, slides, speaker notes, quiz and sources, to rehearse from.`,
    };
  if ((match = /^deck-([^/]+)\/slides\.md$/.exec(file)))
    return {
      group: 'present',
      text: `The slide deck${language(match[1]!)} as a Slidev project: present it with kit present.`,
    };
  if ((match = /^deck-([^/]+)\/dist\/index\.html$/.exec(file)))
    return {
      group: 'present',
      text: `The deck${language(match[1]!)} as a website: serve the folder deck-${match[1]}/dist with any web server (or kit present). A built deck does not open from file://.`,
    };
  if ((match = /^deck-([^/]+)\/deck\.pdf$/.exec(file)))
    return {
      group: 'present',
      text: `The deck${language(match[1]!)} as PDF, one page per slide: works anywhere, to present, share or print.`,
    };
  if ((match = /^slides-([^/]+)\.pdf$/.exec(file)))
    return {
      group: 'present',
      text: `The slides${language(match[1]!)} as a PDF the kit drew, one slide per page: present it full-screen in any PDF viewer, with no network and no Slidev. Quiz answers are on the page after each question.`,
    };
  if ((match = /^speaker-notes-([^/]+)\.pdf$/.exec(file)))
    return {
      group: 'present',
      text: `The speaker notes for slides-${match[1]}.pdf, each headed by its slide's page number: print one for the presenter.`,
    };
  if ((match = /^deck-([^/]+)\/png\/$/.exec(file)))
    return { group: 'present', text: `Every slide${language(match[1]!)} as a PNG image.` };
  if (/^deck-[^/]+\//.test(file))
    return { group: 'present', text: 'Part of the Slidev project that kit present builds from.' };
  if ((match = /^handout-bilingual-(.+)\.pdf$/.exec(file)))
    return {
      group: 'print',
      text: `The handout in two languages (${match[1]}) side by side: print double-sided, one per person in mixed groups.`,
    };
  if ((match = /^handout-([^/]+)\.pdf$/.exec(file)))
    return { group: 'print', text: `The handout${language(match[1]!)}: print double-sided, one per person.` };
  if (/^cards-[^/]+\.pdf$/.test(file))
    return {
      group: 'print',
      text: 'Wallet cards, 8 per sheet: print one sheet per 8 people, double-sided (flip on the long edge), and cut on the crop marks.',
    };
  if ((match = /^facilitator-guide-([^/]+)\.pdf$/.exec(file)))
    return { group: 'print', text: `The facilitator guide${language(match[1]!)}: print one for the trainer.` };
  if ((match = /^(?:quiz\/)?answer-key-([^/]+)\.pdf$/.exec(file)))
    return { group: 'print', text: `The quiz's answer key${language(match[1]!)}: print one for the trainer.` };
  if ((match = /^(?:quiz\/)?quiz-([^/]+)\.pdf$/.exec(file)))
    return { group: 'print', text: `The quiz on paper${language(match[1]!)}: print one per person.` };
  if ((match = /^(?:quiz\/)?quiz-([^/]+)\.gift\.txt$/.exec(file)))
    return {
      group: 'upload',
      text: `The quiz${language(match[1]!)} in GIFT format: import into Moodle (Question bank, Import, GIFT) or into Google Forms with the GIFT Quiz Importer add-on.`,
    };
  if ((match = /^(?:quiz\/)?quiz-([^/]+)\.moodle\.xml$/.exec(file)))
    return {
      group: 'upload',
      text: `The quiz${language(match[1]!)} as Moodle XML: import into Moodle (Question bank, Import, Moodle XML).`,
    };
  if ((match = /^(?:quiz\/)?quiz-([^/]+)\.qti\.zip$/.exec(file)))
    return {
      group: 'upload',
      text: `The quiz${language(match[1]!)} as a QTI package: import into Canvas (Settings, Import course content, QTI .zip file).`,
    };
  if ((match = /^(?:quiz\/)?quiz-([^/]+)\.kahoot\.xlsx$/.exec(file)))
    return {
      group: 'upload',
      text: `The quiz${language(match[1]!)} as a Kahoot spreadsheet: upload to Kahoot (Create, Import spreadsheet).`,
    };
  if ((match = /^(?:quiz\/)?quiz-([^/]+)\.csv$/.exec(file)))
    return { group: 'upload', text: `The quiz${language(match[1]!)} as CSV, for spreadsheets and review.` };
  if ((match = /^(?:[^/]+\/)?score-report-([^/]+)\.(md|pdf|csv)$/.exec(file)))
    return {
      group: 'read',
      text: `The results of ${match[1]}.json as ${match[2] === 'md' ? 'text' : match[2] === 'pdf' ? 'PDF with a chart' : 'CSV'}: percent correct per question, the most-missed questions, the scores (kit quiz score).`,
    };
  if ((match = /^(?:quiz\/)?quiz-([^/]+)\.json$/.exec(file)))
    return {
      group: 'read',
      text: `The quiz${language(match[1]!)} as data: the questions, answers and order every other quiz file was made from.`,
    };
  return { group: 'read', text: 'Part of this kit.' };
}

/** A relative link that works from file:// and any web server: each path segment percent-encoded. */
function href(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
ul{padding-left:1.2rem}li{margin:.4rem 0}code,a.file{font-family:ui-monospace,monospace;font-size:.95em}
.notice{border:2px solid #b00;padding:.6rem 1rem;background:#fff5f5}.stale{border:2px solid #c80;padding:.6rem 1rem;background:#fffbea}
.muted{color:#555}`;

/** The page as HTML: every value escaped, inline CSS, no scripts, relative links only. */
export function renderIndexHtml(input: IndexPageInput): string {
  const e = escapeHtml;
  const described = input.files
    .map((file) => ({ file, about: describeOutput(file) }))
    .filter((entry) => entry.about !== null);
  const sections = GROUPS.map(({ group, title }) => {
    const items = described.filter((entry) => entry.about!.group === group);
    if (items.length === 0) return '';
    const lines = items.map(
      (entry) =>
        `  <li><a class="file" href="${e(href(entry.file))}">${e(entry.file)}</a> — ${e(entry.about!.text)}</li>`,
    );
    return `<h2>${e(title)}</h2>\n<ul>\n${lines.join('\n')}\n</ul>`;
  }).filter(Boolean);
  const pending = input.data.pendingAsOf ? ` and its pending list as of ${input.data.pendingAsOf}` : '';
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
<p class="muted">${e(`Region ${input.region.id}. Built from ICE's list of 287(g) agreements as of ${input.data.asOf}${pending} (${input.data.source}), published at ${ICE_287G_PAGE}. Workshop kit ${input.kitVersion}.`)}</p>
<p class="notice"><strong>Not legal advice.</strong> ${e('These materials give general information about 287(g) agreements, from the ICE list of the date above. For your own case, talk to an immigration attorney or a DOJ-accredited representative.')}</p>
${input.data.staleMessage ? `<p class="stale">${e(input.data.staleMessage)}</p>\n` : ''}${sections.join('\n')}
</body>
</html>
`;
}

/**
 * index.html again from a kit folder's manifest (region, data) and the paths the folder now holds, for the
 * commands that add to a build's folder (kit quiz, kit quiz score); null when the manifest is not a build's.
 */
export function renderIndexFromManifest(
  manifest: Record<string, unknown> | null,
  files: string[],
  kitVersion: string,
): string | null {
  const build = manifest as {
    region?: { id: string; name: string };
    inputs?: { participating?: { asOf: string; file: string }; pending?: { asOf: string } | null };
    freshness?: { message: string | null };
  } | null;
  const participating = build?.inputs?.participating;
  if (!build?.region || !participating) return null;
  return renderIndexHtml({
    region: build.region,
    data: {
      asOf: participating.asOf,
      source: participating.file,
      pendingAsOf: build.inputs?.pending?.asOf ?? null,
      staleMessage: build.freshness?.message ?? null,
    },
    kitVersion,
    files,
  });
}
