// Reads ICE's MOA and ADDENDUM cells: `link` / `link pending` text with the address in the hyperlink,
// which is often wrapped (Outlook SafeLinks, a PDF viewer extension) or slightly broken.

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
