// Checks a parsed workshop config and applies defaults, collecting every problem with the field's
// path, the value found and what is allowed, instead of stopping at the first.

import { isIsoDate } from '../data/as-of.ts';
import type { Problem } from '../errors.ts';
import { cutText, describeCut, describeStripped, stripControls, TEXT_LIMITS } from '../input-text.ts';
import {
  LENGTHS,
  PAPERS,
  type Contact,
  type CustomRegionOptions,
  type Paper,
  type ResolvedWorkshopConfig,
} from './types.ts';
import { didYouMean } from '../suggest.ts';

type Json = Record<string, unknown>;

const FIELDS: Record<string, string[] | null> = {
  region: null,
  custom_region: ['name', 'counties', 'agencies'],
  languages: null,
  organization: ['name', 'website'],
  presenter: null,
  workshop: ['date', 'start', 'place', 'length'],
  contacts: ['hotline', 'legal_aid', 'website'],
  paper: null,
  data: ['snapshot', 'compare_to'],
};
const CONTACT_FIELDS = ['name', 'phone', 'website'];

/**
 * Whether `code` is written as a language code: en, es, zh-Hans (2-3 lowercase letters, then an optional script or
 * region).
 */
export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(code);
}

/** The paper size `written` names in any case (`letter`, `A4`), or undefined when it names none of PAPERS. */
export function findPaper(written: string): Paper | undefined {
  return PAPERS.find((allowed) => allowed === written.toLowerCase());
}

/**
 * " Did you mean …?" for a field name a typo away (suggest.ts decides, as for commands and region ids), else the
 * allowed names.
 */
function suggest(word: string, allowed: string[]): string {
  return didYouMean(word, allowed) || ` Allowed: ${allowed.join(', ')}.`;
}

/**
 * Checks a parsed config (`input`, from `file` or null for command-line options). `problems` are mistakes that stop
 * the build; `config.notes` says what was changed to keep it: control characters removed from a text field, a text
 * cut to TEXT_LIMITS.text characters. A web address over TEXT_LIMITS.url characters is a problem, since cutting it
 * would point it elsewhere.
 */
export function validateConfig(
  input: unknown,
  file: string | null,
): { config: ResolvedWorkshopConfig; problems: Problem[] } {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const shown = (value: unknown) => {
    const written = typeof value === 'string' ? value : JSON.stringify(value);
    return written.length > TEXT_LIMITS.text ? `${cutText(written, TEXT_LIMITS.text)}…` : written;
  };
  const at = (column: string, message: string, value?: unknown) =>
    problems.push({ file: file ?? undefined, column, message, value: value === undefined ? undefined : shown(value) });
  /** `written` without control characters and cut to `limit` (null: not cut), each change noted under `path`. */
  const keep = (path: string, written: string, limit: number | null): string => {
    const { text: clean, removed } = stripControls(written);
    if (removed > 0)
      notes.push({ file: file ?? undefined, column: path, message: describeStripped(removed), value: shown(clean) });
    if (limit === null || clean.length <= limit) return clean;
    const cut = cutText(clean, limit).trim();
    notes.push({ file: file ?? undefined, column: path, message: describeCut(clean.length, limit), value: cut });
    return cut;
  };
  const root: Json = isObject(input) ? input : {};
  if (!isObject(input))
    at('(top)', 'the config must be a YAML mapping of fields such as region:, languages:, organization:');

  for (const key of Object.keys(root)) {
    if (!(key in FIELDS)) at(key, `unknown field.${suggest(key, Object.keys(FIELDS))}`);
    const allowed = FIELDS[key];
    const value = root[key];
    if (allowed && isObject(value)) {
      for (const inner of Object.keys(value)) {
        if (!allowed.includes(inner)) at(`${key}.${inner}`, `unknown field.${suggest(inner, allowed)}`);
      }
    }
  }

  const text = (
    path: string,
    value: unknown,
    required = false,
    limit: number | null = TEXT_LIMITS.text,
  ): string | null => {
    if (value === undefined || value === null || value === '') {
      if (required) at(path, 'is required');
      return null;
    }
    if (typeof value === 'number' || typeof value === 'boolean') return keep(path, String(value), limit);
    if (typeof value !== 'string') {
      at(path, 'must be text', value);
      return null;
    }
    return keep(path, value.trim(), limit).trim();
  };
  const section = (name: string): Json => {
    const value = root[name];
    if (value === undefined || value === null) return {};
    if (!isObject(value)) {
      at(name, 'must be a group of fields (indented lines under it)', value);
      return {};
    }
    return value;
  };
  const list = (path: string, value: unknown): string[] => {
    if (value === undefined || value === null) return [];
    const items = typeof value === 'string' ? value.split(',') : value;
    if (!Array.isArray(items)) {
      at(path, 'must be a list, e.g. [en, es]', value);
      return [];
    }
    return items.map((item, index) => text(`${path}[${index}]`, item) ?? '').filter(Boolean);
  };
  const url = (path: string, value: unknown): string | null => {
    const written = text(path, value, false, null); // checked below: an address is refused, not cut
    if (written && written.length > TEXT_LIMITS.url) {
      at(path, `is ${written.length} characters long; a web address here may have at most ${TEXT_LIMITS.url}`, written);
      return null;
    }
    if (written && !/^https?:\/\/[^\s]+\.[^\s]+$/i.test(written)) {
      at(path, 'must be a web address starting with https://', written);
      return null;
    }
    return written;
  };
  // A phone the room will dial: at least three digits ("211", "(817) 555-0123"), so that words put in the wrong field
  // ("call us") are caught before they are printed in the hotline's box.
  const phone = (path: string, value: unknown): string | null => {
    const written = text(path, value);
    if (written && (written.match(/\d/g) ?? []).length < 3) {
      at(path, 'must be a phone number with its digits, e.g. (817) 555-0123', written);
      return null;
    }
    return written;
  };
  const contact = (path: string, value: unknown): Contact | null => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return { name: null, phone: text(path, value), website: null };
    if (!isObject(value)) {
      at(path, 'must be a group with name, phone and website', value);
      return null;
    }
    for (const inner of Object.keys(value))
      if (!CONTACT_FIELDS.includes(inner)) at(`${path}.${inner}`, `unknown field.${suggest(inner, CONTACT_FIELDS)}`);
    return {
      name: text(`${path}.name`, value.name),
      phone: phone(`${path}.phone`, value.phone),
      website: url(`${path}.website`, value.website),
    };
  };

  const region = text('region', root.region);
  let customRegion: CustomRegionOptions | null = null;
  if (root.custom_region !== undefined) {
    const custom = section('custom_region');
    customRegion = {
      name: text('custom_region.name', custom.name, true) ?? '',
      counties: list('custom_region.counties', custom.counties),
      agencies: list('custom_region.agencies', custom.agencies),
    };
    if (customRegion.counties.length + customRegion.agencies.length === 0)
      at('custom_region', 'needs at least one entry under counties: or agencies:');
  }
  if (region && customRegion) at('region', 'give either region: or custom_region:, not both');
  if (!region && !customRegion)
    at('region', 'is required: a state, county or agency (see `kit regions QUERY`), or a custom_region: group');

  const languages = list('languages', root.languages ?? ['en']);
  languages.forEach((language, index) => {
    if (!isLanguageCode(language)) at(`languages[${index}]`, 'must be a language code such as en or es', language);
  });
  if (languages.length === 0) at('languages', 'needs at least one language, e.g. [en, es]');

  const organization = section('organization');
  const workshop = section('workshop');
  const contacts = section('contacts');
  const data = section('data');

  const dateValue = workshop.date instanceof Date ? workshop.date.toISOString().slice(0, 10) : workshop.date;
  const date = text('workshop.date', dateValue);
  if (date && !isIsoDate(date)) at('workshop.date', 'must be a date written YYYY-MM-DD, e.g. 2026-12-05', date);
  const start = text('workshop.start', workshop.start);
  if (start && !/^([01]?\d|2[0-3]):[0-5]\d$/.test(start))
    at('workshop.start', 'must be a 24-hour time in quotes, e.g. "18:30"', start);
  const lengthValue = workshop.length ?? 90;
  const length = LENGTHS.find((allowed) => allowed === Number(lengthValue));
  if (!length) at('workshop.length', `must be one of ${LENGTHS.join(', ')} (minutes)`, lengthValue);
  const paperValue = root.paper ?? 'letter';
  const paper = typeof paperValue === 'string' ? findPaper(paperValue) : undefined;
  if (!paper) at('paper', `must be one of ${PAPERS.join(', ')}`, root.paper);

  const snapshotValue = data.snapshot instanceof Date ? data.snapshot.toISOString().slice(0, 10) : data.snapshot;
  const compareValue = data.compare_to instanceof Date ? data.compare_to.toISOString().slice(0, 10) : data.compare_to;
  const snapshot = text('data.snapshot', snapshotValue);
  const compareTo = text('data.compare_to', compareValue);
  for (const [path, value] of [
    ['data.snapshot', snapshot],
    ['data.compare_to', compareTo],
  ] as const) {
    if (value && !isIsoDate(value))
      at(path, 'must be the as-of date of an imported list, YYYY-MM-DD (see `kit data list`)', value);
  }

  const config: ResolvedWorkshopConfig = {
    file,
    region,
    customRegion,
    languages: [...new Set(languages)],
    organization: {
      name: text('organization.name', organization.name) ?? '',
      website: url('organization.website', organization.website),
    },
    presenter: text('presenter', root.presenter),
    date,
    start,
    place: text('workshop.place', workshop.place),
    length: length ?? 90,
    contacts: {
      hotline: contact('contacts.hotline', contacts.hotline),
      legalAid: contact('contacts.legal_aid', contacts.legal_aid),
      website: url('contacts.website', contacts.website),
    },
    paper: paper ?? 'letter',
    snapshot,
    compareTo,
    notes,
  };
  return { config, problems };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
