// The one record of what a file the kit writes is: its renderer decides it once, and index.html, the CLI's
// listing and manifest.json are views of it (no one guesses a file's meaning from its name later).

/** Who the file is for. Issue 16 checks that no participant output carries trainer-only text. */
export type Audience = 'participant' | 'trainer' | 'both';

/** Where index.html lists the file: its headings, in this order. */
export const OUTPUT_GROUPS = [
  { group: 'print', title: 'Print' },
  { group: 'present', title: 'Present' },
  { group: 'upload', title: 'Upload to a quiz platform' },
  { group: 'read', title: 'Read, rehearse and check' },
] as const;
export type OutputGroup = (typeof OUTPUT_GROUPS)[number]['group'];

/** What a file is, apart from where it is. */
export interface OutputAbout {
  kind: string; // an output kind (kinds.ts), or 'deck-site', 'quiz-form', 'score', 'index', 'manifest', 'batch'
  languages: string[]; // the languages it is in: two for a bilingual file, none for data without words
  audience: Audience;
  group: OutputGroup;
  purpose: string; // one sentence: what to print and how many, what to present, what to upload where
  listAs: string | null; // the path index.html and the CLI list it under (png/ for every slide image); null: not listed
  // the listed file it belongs to (a deck project's package.json: its slides.md); listings name that file only
  partOf: string | null;
  warnings: string[]; // what its renderer noted (a Kahoot export's dropped questions), shown by every command
}

/** A file's record: where it is and what it is. */
export interface OutputRecord extends OutputAbout {
  path: string; // relative to the kit folder, forward slashes
}

/** The one language a file is in, or null for none or two (what the manifest's `language` keeps for merging). */
export function singleLanguage(languages: readonly string[]): string | null {
  return languages.length === 1 ? languages[0]! : null;
}

/** ` (en)`, or for a quiz's other forms and versions ` (en, post form, version B)`. */
export function describeLanguage(code: string, quiz: { form?: 'pre' | 'post'; version?: 'A' | 'B' } = {}): string {
  const parts = [code, quiz.form === 'post' ? 'post form' : '', quiz.version === 'B' ? 'version B' : ''];
  return ` (${parts.filter(Boolean).join(', ')})`;
}

/** A record listed under its own path with no warnings: what most renderers return. */
export function recordOf(
  path: string,
  about: Pick<OutputAbout, 'kind' | 'languages' | 'audience' | 'group' | 'purpose'> & Partial<OutputAbout>,
): OutputRecord {
  return { path, listAs: path, partOf: null, warnings: [], ...about };
}

/** manifest.json, which every kit command writes beside its files. */
export const MANIFEST_RECORD: OutputRecord = recordOf('manifest.json', {
  kind: 'manifest',
  languages: [],
  audience: 'trainer',
  group: 'read',
  purpose: 'What went in (data, config) and what came out, with checksums.',
});

/** index.html, the page that lists a kit folder's files (not listed on itself). */
export const INDEX_RECORD: OutputRecord = recordOf('index.html', {
  kind: 'index',
  languages: [],
  audience: 'trainer',
  group: 'read',
  purpose: 'Start here: every file of the kit with what to print, present and upload, offline in a browser.',
});

/**
 * The lines of a listing of `records`: one per listed path (every slide image under png/), in path order. Parts
 * of a listed file (a deck project's package.json, of its slides.md) are not listed: index.html, the CLI and the
 * batch's page name the file a person opens.
 */
export function listRecords(records: readonly OutputRecord[]): (OutputRecord & { listAs: string })[] {
  const byPath = new Map<string, OutputRecord & { listAs: string }>();
  for (const record of records)
    if (record.listAs !== null && record.partOf === null && !byPath.has(record.listAs))
      byPath.set(record.listAs, { ...record, listAs: record.listAs });
  return [...byPath.values()].sort((a, b) => (a.listAs < b.listAs ? -1 : a.listAs > b.listAs ? 1 : 0));
}
