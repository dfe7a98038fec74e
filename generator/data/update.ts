// `kit data update` and the app's "Get the newest list from ICE": reads ICE's 287(g) page, downloads the newest
// "Participating Agencies" and "Pending Agencies" workbooks, checks both, and only then imports them, so that a
// failure on the way leaves every list already imported as it was.

import { errorMessage, KitError, type ErrorCode } from '../errors.ts';
import { diffSincePrevious } from './diff-lines.ts';
import { downloadBytes } from './download.ts';
import { ICE_287G_PAGE } from './freshness.ts';
import { findWorkbookLinks, type WorkbookLink } from './ice-page.ts';
import { readIceFile, saveIceList } from './import-file.ts';
import { listSnapshots } from './store.ts';
import type { ListKind, Snapshot } from './types.ts';

export const UPDATE_TIMEOUT_MS = 30_000;
const MAX_PAGE_BYTES = 5 * 1_048_576;
const MAX_WORKBOOK_BYTES = 20 * 1_048_576; // ICE's participating workbook was 0.3 MB in 2026
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": an .xlsx is a zip file

export interface UpdateOptions {
  dataDir: string; // absolute; made when missing
  pageUrl?: string; // default ICE_287G_PAGE; tests and mirrors give another
  timeoutMs?: number; // for each request; default UPDATE_TIMEOUT_MS
  today: string; // ISO date; a list dated later is refused
  now: Date; // recorded as the time of import
  showPath?: (file: string) => string; // how a saved file's absolute path is shown (default: as is)
}

export interface ImportedList {
  kind: ListKind;
  asOf: string;
  file: string; // ICE's file name
  agreements: number;
}

export interface UpdateResult {
  imported: ImportedList[]; // in the order participating, pending
  // Lists ICE links that were imported before (same kind and date): not downloaded or imported again.
  alreadyHad: { kind: ListKind; asOf: string; file: string }[];
  lines: string[]; // what was found and what each import read and saved (`kit data update` prints them on stdout)
  notes: string[]; // rejected rows and notes on kept rows of the imported lists (stderr); may be empty
  diff: string[]; // what changed since the list of the same kind imported before, per imported list; may be empty
}

const BY_HAND =
  `To import by hand: download the "Participating Agencies" (and "Pending Agencies") workbook from ` +
  `${ICE_287G_PAGE}, then run \`npx kit data import FILE\` (add --pending for the pending list).`;

/**
 * A KitError saying what went wrong, that nothing changed (or what did), and how to do it by hand; the code and
 * problems of `cause` when it is a KitError, else `code` (default 'not-found': the list could not be found).
 */
function failUpdate(what: string, options: { cause?: unknown; code?: ErrorCode; changed?: string } = {}): KitError {
  const { cause, changed = 'Nothing already imported changed.' } = options;
  const code = cause instanceof KitError ? cause.code : (options.code ?? 'not-found');
  return new KitError(code, `${what} ${changed} ${BY_HAND}`, {
    problems: cause instanceof KitError ? cause.problems : [],
    cause,
  });
}

function startsWithZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** What the start of a download that is not a workbook looks like, for the message: `"<!DOCTYPE html>"`. */
function describeStart(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.subarray(0, 40)).toString('latin1');
  const shown = text.replace(/[\u0000-\u001f\u007f-\u00ff]/g, '.').trim();
  return bytes.length === 0 ? 'it is empty' : `it starts with ${JSON.stringify(shown)}`;
}

/** Downloads one workbook link and checks it: a zip by its bytes, then read and checked as `kit data import` does. */
async function readLinkedList(link: WorkbookLink, options: UpdateOptions, timeoutMs: number): Promise<Snapshot> {
  let bytes: Uint8Array;
  try {
    bytes = await downloadBytes(link.url, {
      timeoutMs,
      maxBytes: MAX_WORKBOOK_BYTES,
      what: link.name,
      accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,*/*',
    });
  } catch (error) {
    throw failUpdate(`Could not download ICE's ${link.kind} list: ${errorMessage(error)}`, { cause: error });
  }
  if (!startsWithZip(bytes)) {
    throw failUpdate(
      `${link.name} (${link.url}) is not an Excel workbook: ${describeStart(bytes)}. ICE's site may have sent an ` +
        'error page instead.',
      { code: 'bad-input' },
    );
  }
  try {
    return await readIceFile({ name: link.name, bytes, kind: link.kind, today: options.today, now: options.now });
  } catch (error) {
    throw failUpdate(`${link.url}: ${errorMessage(error)}`, { cause: error });
  }
}

/**
 * Brings in ICE's newest lists: reads the page at `pageUrl`, finds the newest participating and pending workbook
 * links (a page without a pending link leaves the pending list as it was), downloads those not imported yet, checks
 * them all, then saves them and says what changed since the lists imported before.
 * Throws KitError (exit 2), its message saying what happened and how to import by hand, for: no network, a timeout,
 * an HTTP error status, a page without a participating workbook link or whose link has no date, a download that is
 * not a workbook or not an ICE list. Nothing is written unless every download was read and checked.
 */
export async function updateFromIce(options: UpdateOptions): Promise<UpdateResult> {
  const pageUrl = options.pageUrl ?? ICE_287G_PAGE;
  const timeoutMs = options.timeoutMs ?? UPDATE_TIMEOUT_MS;
  let page: Uint8Array;
  try {
    page = await downloadBytes(pageUrl, {
      timeoutMs,
      maxBytes: MAX_PAGE_BYTES,
      what: "ICE's 287(g) page",
      accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
    });
  } catch (error) {
    throw failUpdate(errorMessage(error), { cause: error });
  }
  const found = findWorkbookLinks(new TextDecoder().decode(page), pageUrl);
  const { participating, pending } = found;
  if (!participating) {
    throw failUpdate(
      `ICE's 287(g) page (${pageUrl}) has no link to a "Participating Agencies" workbook (.xlsx); ` +
        `${pending ? 'it links only a "Pending Agencies" one' : 'it links no workbook of either list'}, so ` +
        'ICE may have changed the page.',
    );
  }
  const links = pending ? [participating, pending] : [participating];
  for (const link of links) {
    if (!link.asOf)
      throw failUpdate(
        `The ${link.kind} workbook ICE links, ${link.name}, does not say in its name when it was published.`,
      );
  }

  const stored = await listSnapshots(options.dataDir);
  const have = (link: WorkbookLink) => stored.some((entry) => entry.kind === link.kind && entry.asOf === link.asOf);
  const lines = [
    `Read ICE's 287(g) page (${pageUrl}): ` +
      links.map((link) => `${link.kind} list ${link.name} (${link.asOf})`).join(', ') +
      (pending ? '.' : '; it links no "Pending Agencies" workbook, so the pending list stays as it was.'),
  ];
  const alreadyHad: UpdateResult['alreadyHad'] = [];
  const checked: Snapshot[] = [];
  for (const link of links) {
    if (have(link)) {
      lines.push(`Already have the ${link.kind} list of ${link.asOf}; not imported again.`);
      alreadyHad.push({ kind: link.kind, asOf: link.asOf!, file: link.name });
      continue;
    }
    checked.push(await readLinkedList(link, options, timeoutMs));
  }

  const imported: ImportedList[] = [];
  const notes: string[] = [];
  const diff: string[] = [];
  for (const snapshot of checked) {
    try {
      const saved = await saveIceList(options.dataDir, snapshot, options.showPath);
      lines.push(...saved.lines);
      notes.push(...saved.notes);
    } catch (error) {
      const changed = imported.length
        ? `The ${imported[0]!.kind} list of ${imported[0]!.asOf} was imported; the ${snapshot.kind} list was not.`
        : 'Nothing was imported.';
      throw failUpdate(`Could not save the ${snapshot.kind} list of ${snapshot.asOf}: ${errorMessage(error)}`, {
        cause: error,
        changed,
      });
    }
    imported.push({
      kind: snapshot.kind,
      asOf: snapshot.asOf,
      file: snapshot.source.file,
      agreements: snapshot.rows.agreements,
    });
    // The list is saved by now: an earlier snapshot that cannot be read costs the comparison, not the import.
    const changes = await diffSincePrevious(options.dataDir, snapshot).catch((error: unknown) => {
      notes.push(`Could not compare the ${snapshot.kind} list with the one before: ${errorMessage(error)}`);
      return undefined;
    });
    if (changes?.length) diff.push(...(diff.length ? [''] : []), `The ${snapshot.kind} list:`, ...changes);
    else if (changes) lines.push(`No earlier ${snapshot.kind} list to compare the one of ${snapshot.asOf} with.`);
  }
  return { imported, alreadyHad, lines, notes, diff };
}
