// Reads ICE's MOA and ADDENDUM cells: `link` / `link pending` text with the address in the hyperlink,
// which is often wrapped (Outlook SafeLinks, a PDF viewer extension) or slightly broken.

import type { Problem } from '../errors.ts';
import { cleanText } from './normalize.ts';
import type { Link } from './types.ts';

/**
 * The real document address behind a hyperlink target, or null when none can be found.
 * Unwraps SafeLinks (`...safelinks.protection.outlook.com/?url=<encoded>`), `chrome-extension://<id>/https:/...`,
 * repairs `https:/www...` and upgrades ice.gov's `http://` to https.
 */
export function cleanUrl(target: string): string | null {
  let url = cleanText(target).replace(/^<|>$/g, '');
  if (url === '') return null;
  for (let depth = 0; depth < 3; depth++) {
    const extension = /^chrome-extension:\/\/[a-z]+\/(.+)$/i.exec(url);
    if (extension) {
      url = extension[1]!;
      continue;
    }
    const parsed = tryParse(url);
    if (parsed && /(^|\.)safelinks\.protection\.outlook\.com$/i.test(parsed.hostname)) {
      const inner = parsed.searchParams.get('url');
      if (!inner) return null;
      url = inner;
      continue;
    }
    break;
  }
  url = url.replace(/^(https?):\/(?!\/)/i, '$1://');
  const parsed = tryParse(url);
  if (!parsed || !/^https?:$/.test(parsed.protocol)) return null;
  if (parsed.protocol === 'http:' && /(^|\.)ice\.gov$/i.test(parsed.hostname)) parsed.protocol = 'https:';
  return parsed.href;
}

function tryParse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** A link cell from its text and, where the file has one, its hyperlink target. */
export function parseLinkCell(text: string | undefined, hyperlink: string | undefined): Link {
  const shown = cleanText(text ?? '');
  const url = hyperlink ? cleanUrl(hyperlink) : /^(https?:|chrome-extension:)/i.test(shown) ? cleanUrl(shown) : null;
  if (url) return { status: 'linked', url };
  if (/\bpending\b/i.test(shown)) return { status: 'pending', url: null };
  if (shown === '') return { status: 'none', url: null };
  return { status: 'unlinked', url: null };
}

/**
 * True when `url` (an absolute http(s) address) is on ice.gov or one of its subdomains, or is the Internet
 * Archive's copy of such an address (web.archive.org/web/<time>/<address>, as in lists saved from ICE's page).
 */
export function isOnIceGov(url: string): boolean {
  const parsed = tryParse(url);
  if (!parsed) return false;
  if (/(^|\.)ice\.gov$/i.test(parsed.hostname)) return true;
  const archived = /^\/web\/\w+\/(https?:\/\/?.+)$/i.exec(
    parsed.hostname.toLowerCase() === 'web.archive.org' ? parsed.pathname : '',
  );
  return archived ? isOnIceGov(archived[1]!.replace(/^(https?):\/(?!\/)/i, '$1://')) : false;
}

/**
 * A note (FILE:ROW:COLUMN) for a link whose address is not on ice.gov: the link is kept, since ICE may move its
 * documents, but a trainer should look at it before printing it as an agency's agreement. None for other links.
 */
export function noteLinkOffIce(link: Link, file: string, row: number, column: string): Problem[] {
  if (!link.url || isOnIceGov(link.url)) return [];
  return [
    {
      file,
      row,
      column,
      value: link.url,
      message: 'links to an address not on ice.gov; check it before you hand it out',
    },
  ];
}
