// Makes text from ICE's files and from configs safe to keep: terminal escape sequences and other control
// characters removed, and every string held to a length that no real value reaches.

import { formatCountNoun } from './plural.ts';

/**
 * Length limits in characters (UTF-16 code units). The longest agency name in ICE's lists (2025-02 to 2026-05) is 83
 * characters ("Florida Department of Highway Safety and Motor Vehicles, Division of Highway Patrol"); the longest
 * link target is 500 (an Outlook SafeLinks wrapper).
 */
export const TEXT_LIMITS = {
  text: 200, // a name, county, state, model, date, phone or place
  url: 2048, // a web address
} as const;

// A terminal control sequence started by ESC: CSI (ESC [ ... final byte), OSC and the other string sequences
// (ESC ] ... BEL or ESC \, only when ended), and two-character escapes (ESC c, ESC 7). A lone C1 code such as
// U+009B is removed alone: it is more often a Windows-1252 character read wrongly than an escape, so the letters
// after it are kept.
const ESCAPE_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u001b[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)|\u001b[ -~]?/g;
// C0 controls except tab and line breaks (which cleanText turns into spaces), DEL, the C1 controls, and the
// bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which can make a slide or a
// note show text in an order other than the one stored. The marks U+200E/U+200F that right-to-left text needs stay.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export interface StrippedText {
  text: string;
  removed: number; // control characters removed, escape sequences counted by their characters
}

/**
 * `text` without terminal escape sequences, control characters (tab, line feed and carriage return are kept) and
 * bidirectional override characters.
 */
export function stripControls(text: string): StrippedText {
  const stripped = text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
  return { text: stripped, removed: text.length - stripped.length };
}

/** `text` cut to at most `limit` characters, never between the two halves of a surrogate pair. */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const end = /[\uD800-\uDBFF]/.test(text[limit - 1]!) ? limit - 1 : limit;
  return text.slice(0, end);
}

/** A note's wording for a cut value: "is 300000 characters long; cut to the first 200". */
export function describeCut(length: number, limit: number): string {
  return `is ${length} characters long; cut to the first ${limit}`;
}

/**
 * A note's wording for removed control characters, read after the field's name: "had 2 control characters (…) removed".
 */
export function describeStripped(removed: number): string {
  return (
    `had ${formatCountNoun(removed, 'control character')} (terminal escape codes, bidirectional overrides ` +
    `and the like) removed`
  );
}
