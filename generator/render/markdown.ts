// Escaping for plain Markdown documents (the region summary, the workshop script, the score report): text from ICE's
// list or a config is shown as written and can never become a link, emphasis, table cell break or HTML. Values are
// always placed inline (after "- " or "| "), so line-start syntax such as # needs no escape. Web addresses the kit
// links to go through renderMarkdownAutolink, the one way a URL enters Markdown.

import MarkdownIt from 'markdown-it';

const SPECIAL = /[\\`*_[\]<>|~&]/g;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
// markdown-it's own link finder (linkify-it), set to find the most: addresses with and without a scheme, and emails.
const linkify = new MarkdownIt({ linkify: true }).linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });
// GitHub links "www." followed by any domain, even one whose ending linkify-it does not know.
const WWW = /\bwww\.[^\s]*/gi;
// In a span that looks like an address these are escaped, so that neither markdown-it's linkify nor GitHub's
// autolinks see one (an escaped character is not part of the text they scan).
const LINK_PUNCTUATION = /[.:@]/g;

/**
 * `text` (any string) as Markdown that shows exactly `text`: line breaks become spaces; nothing becomes markup or a
 * link.
 */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/\s*(\r?\n|\r)\s*/g, ' ');
  const spans = findLinkLike(flat);
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += escapeSyntax(flat.slice(from, start));
    out += escapeSyntax(flat.slice(start, end)).replace(LINK_PUNCTUATION, (char) => `\\${char}`);
    from = end;
  }
  return out + escapeSyntax(flat.slice(from));
}

function escapeSyntax(text: string): string {
  return text.replace(SPECIAL, (char) => ENTITIES[char] ?? `\\${char}`);
}

/** [start, end) ranges of `text` that a Markdown renderer could turn into a link, sorted and not overlapping. */
function findLinkLike(text: string): [number, number][] {
  const spans: [number, number][] = (linkify.match(text) ?? []).map((match) => [match.index, match.lastIndex]);
  for (const match of text.matchAll(WWW)) spans.push([match.index, match.index + match[0].length]);
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

// Characters that end or break out of an autolink or a table cell, or start a link of their own.
const URL_UNSAFE = /[\s\p{Cc}|[\]()<>`\\"]/gu;
const utf8 = new TextEncoder();

/** `url` with every character that Markdown could read as syntax percent-encoded; the address it names is unchanged. */
export function encodeMarkdownUrl(url: string): string {
  return url.replace(URL_UNSAFE, (char) =>
    Array.from(utf8.encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/**
 * An http(s) address as a Markdown autolink `<https://...>`, its syntax characters percent-encoded (encodeMarkdownUrl),
 * so that it stays one link to that address even in a table cell. '' for anything that is not an http(s) address.
 */
export function renderMarkdownAutolink(url: string): string {
  if (!/^https?:\/\/[^\s]/i.test(url)) return '';
  return `<${encodeMarkdownUrl(url)}>`;
}
