// Finds the workbook links on ICE's 287(g) page: the newest "Participating Agencies" and "Pending Agencies" .xlsx.
// Pure: HTML text in, links out. A scan of anchors rather than a full HTML parser: the page is ICE's, its markup
// changes, and all the kit needs is each anchor's href and text.

import { asOfFromFileName } from './as-of.ts';
import type { ListKind } from './types.ts';

export interface WorkbookLink {
  kind: ListKind;
  url: string; // absolute, resolved against the page's URL
  name: string; // the file name, decoded (participatingAgencies05182026am.xlsx)
  asOf: string | undefined; // ISO date from the file name
  text: string; // the anchor's text, whitespace collapsed
}

export interface PageLinks {
  participating: WorkbookLink | undefined;
  pending: WorkbookLink | undefined;
  workbooks: number; // .xlsx links of either kind found on the page
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The value of attribute `name` in the inside of a start tag (`a class=x href="..."`), entities decoded. */
function readAttribute(tag: string, name: string): string | undefined {
  const pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');
  const match = pattern.exec(tag);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
}

/** Every anchor of `html` with an href: its href and its text (tags dropped, entities decoded, spaces collapsed). */
export function readAnchors(html: string): { href: string; text: string }[] {
  // Comments, scripts and styles hold no links a reader sees; dropped first so a commented-out link is not taken.
  const visible = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const anchors: { href: string; text: string }[] = [];
  const pattern = /<a\b([^>]*)>([\s\S]*?)(?=<\/a\s*>|<a\b)/gi;
  for (const match of visible.matchAll(pattern)) {
    const href = readAttribute(match[1]!, 'href');
    if (!href) continue;
    const text = decodeEntities(match[2]!.replace(/<[^>]*>/g, ' '))
      .replace(/\s+/g, ' ')
      .trim();
    anchors.push({ href, text });
  }
  return anchors;
}

/** The kind of list an anchor names by its text or file name, or undefined when it names neither. */
function kindOf(text: string, name: string): ListKind | undefined {
  for (const words of [name, text]) {
    if (/pending/i.test(words)) return 'pending';
    if (/participating/i.test(words)) return 'participating';
  }
  return undefined;
}

/**
 * The newest workbook of each kind linked from `html`, the page found at `pageUrl`: anchors whose href ends in
 * .xlsx (before any ?query or #fragment) and whose file name or text names pending or participating agencies,
 * relative hrefs resolved against `pageUrl`. Newest by the date in the file name (a link without one counts as
 * oldest); on a tie, the first on the page.
 */
export function findWorkbookLinks(html: string, pageUrl: string): PageLinks {
  const found: WorkbookLink[] = [];
  for (const anchor of readAnchors(html)) {
    let url: URL;
    try {
      url = new URL(anchor.href, pageUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    let name: string;
    try {
      name = decodeURIComponent(url.pathname.replace(/^.*\//, ''));
    } catch {
      name = url.pathname.replace(/^.*\//, '');
    }
    if (!/\.xlsx$/i.test(name)) continue;
    const kind = kindOf(anchor.text, name);
    if (!kind) continue;
    url.hash = '';
    found.push({ kind, url: url.href, name, asOf: asOfFromFileName(name), text: anchor.text });
  }
  const newest = (kind: ListKind) =>
    found
      .filter((link) => link.kind === kind)
      .reduce<WorkbookLink | undefined>(
        (best, link) => (!best || (link.asOf ?? '') > (best.asOf ?? '') ? link : best),
        undefined,
      );
  return { participating: newest('participating'), pending: newest('pending'), workbooks: found.length };
}
