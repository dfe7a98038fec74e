// Turns ICE's published cell text into display text and matching keys, handling the quirks in
// shared/data/ice-287g/README.md (stray spaces, curly apostrophes, #N/A, TYPE and model variants).

import { createHash } from 'node:crypto';
import type { AgencyType, Model } from './types.ts';

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u00B4`]/g;

/** The published text as a reader should see it: outer whitespace trimmed, line breaks and NBSP as spaces. */
export function cleanText(value: string): string {
  return value
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();
}

/** A key for matching: case, whitespace runs, apostrophe style and accents' composition ignored. */
export function normalizeKey(value: string): string {
  return cleanText(value).replace(APOSTROPHES, "'").normalize('NFKC').replace(/\s+/g, ' ').toLowerCase();
}

// A letter of a script other than Latin (Chinese, Korean, Cyrillic…), which a slug of a-z0-9 cannot keep.
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

/**
 * A file-name- and URL-safe slug of a-z, 0-9 and "-": "St. Mary's Parish" -> "st-marys-parish". A text with letters
 * of another script, which the slug cannot hold, gets 6 hex digits of its SHA-256 appended, so that two such names
 * never share a slug: "東京都警視庁 Police Department" -> "police-department-" + 6 hex digits;
 * all-CJK "東京都警視庁" -> "name-" + 6 hex digits. Latin-only text keeps the slug it always had.
 */
export function slugify(value: string): string {
  const slug = normalizeKey(value)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  if (!NON_LATIN_LETTER.test(value)) return slug || 'unnamed';
  const hash = createHash('sha256').update(normalizeKey(value)).digest('hex').slice(0, 6);
  return `${slug || 'name'}-${hash}`;
}

const MODEL_KEYS: Record<string, Model> = {
  'jail enforcement model': 'JEM',
  'jail enforcement': 'JEM',
  jem: 'JEM',
  'warrant service officer': 'WSO',
  'warrant service officer model': 'WSO',
  'warrant service': 'WSO',
  wso: 'WSO',
  'task force model': 'TFM',
  'task force': 'TFM',
  tfm: 'TFM',
};

export function parseModel(value: string): Model | undefined {
  return MODEL_KEYS[normalizeKey(value)];
}

const TYPE_KEYS: Record<string, AgencyType> = {
  county: 'county',
  municipality: 'municipal',
  municipal: 'municipal',
  city: 'municipal',
  'state agency': 'state',
  state: 'state',
};

export function parseAgencyType(value: string): AgencyType | undefined {
  return TYPE_KEYS[normalizeKey(value)];
}

/** For lists without a TYPE column (early 2025): the kind of agency its name suggests. */
export function inferAgencyType(agency: string): AgencyType {
  const key = normalizeKey(agency);
  if (/\b(sheriff|county|parish|borough)\b/.test(key)) return 'county';
  if (/\b(police|marshal|city|town|village|township|public safety)\b/.test(key)) return 'municipal';
  if (/\b(state|highway patrol|department of|corrections|bureau|division|commission)\b/.test(key)) return 'state';
  return 'other';
}

/** ICE's COUNTY cell: `#N/A`, `#NA`, `N/A` and blanks mean "not given". */
export function parseCountyCell(value: string): string | null {
  const text = cleanText(value);
  if (text === '' || /^#?n\/?a$/i.test(text) || /^#/.test(text)) return null;
  return text;
}

const MONTHS_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > MONTHS_DAYS[month - 1]!)
    return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined; // 29 February outside leap years
  return date.toISOString().slice(0, 10);
}

/** An Excel serial day number (1900 system) as an ISO date. */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000); // the fraction is the time of day
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export interface ParsedDate {
  iso: string;
  exact: boolean; // false when the text was malformed and read by its digits (e.g. `05/082025`)
}

/**
 * Reads a SIGNED cell written as text: ISO `2025-05-08`, US `05/08/2025`, `5-8-25`, or the malformed
 * `05/082025` that ICE once typed (read by its eight digits as MMDDYYYY).
 */
export function parseDateText(value: string): ParsedDate | undefined {
  const text = cleanText(value);
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) {
    const iso = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return iso ? { iso, exact: true } : undefined;
  }
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (match) {
    const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    const iso = isoDate(year, Number(match[1]), Number(match[2]));
    return iso ? { iso, exact: true } : undefined;
  }
  if (/^[\d/.\- ]+$/.test(text)) {
    const digits = text.replace(/\D/g, '');
    if (digits.length === 8) {
      const iso = isoDate(Number(digits.slice(4)), Number(digits.slice(0, 2)), Number(digits.slice(2, 4)));
      return iso ? { iso, exact: false } : undefined;
    }
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const iso = excelSerialToIso(Number(text));
    return iso ? { iso, exact: false } : undefined;
  }
  return undefined;
}
