// What changed between two snapshots, agency by agency: added and removed agencies, models added
// or dropped, corrected signing dates, and likely renames (same state, near-identical name) shown as
// renames rather than as a removal plus an addition.

import { distance } from 'fastest-levenshtein';
import type { Agreement, Model } from './types.ts';

interface AgencyModels {
  key: string; // state:agencyKey
  state: string;
  name: string;
  county: string | null;
  models: Map<Model, Agreement>;
}

export interface AgencyRef {
  state: string;
  name: string;
  models: Model[];
}

export interface Diff {
  from: string; // as-of dates
  to: string;
  added: AgencyRef[];
  removed: AgencyRef[];
  renamed: { state: string; from: string; to: string; models: Model[] }[];
  modelsAdded: { state: string; name: string; models: Model[] }[];
  modelsDropped: { state: string; name: string; models: Model[] }[];
  dateChanges: { state: string; name: string; model: Model; from: string | null; to: string | null }[];
  summary: {
    agreementsBefore: number;
    agreementsAfter: number;
    agenciesAdded: number;
    agenciesRemoved: number;
    renamed: number;
  };
}

function group(agreements: Agreement[]): Map<string, AgencyModels> {
  const agencies = new Map<string, AgencyModels>();
  for (const agreement of agreements) {
    const key = `${agreement.state}:${agreement.agencyKey}`;
    const agency = agencies.get(key) ?? {
      key,
      state: agreement.state,
      name: agreement.agency,
      county: agreement.county,
      models: new Map(),
    };
    agency.models.set(agreement.model, agreement);
    agencies.set(key, agency);
  }
  return agencies;
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bft\b/g, 'fort'],
  [/\bst\b/g, 'saint'],
  [/\bmt\b/g, 'mount'],
  [/\bco\b/g, 'county'],
  [/\bdept\b/g, 'department'],
  [/\bpd\b/g, 'police department'],
  [/\bso\b/g, 'sheriffs office'],
  [/^city of /, ''],
  [/^town of /, ''],
  [/^village of /, ''],
];

/** A name reduced for rename detection: abbreviations spelled out, "City of" dropped, punctuation gone. */
export function renameKey(name: string): string {
  let key = name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (const [pattern, replacement] of ABBREVIATIONS) key = key.replace(pattern, replacement);
  return key.replace(/\s+/g, ' ').trim();
}

// Words every agency name shares; two names are alike only if what is left is alike.
const GENERIC = new Set([
  'county',
  'sheriffs',
  'sheriff',
  'office',
  'police',
  'department',
  'services',
  'township',
  'twp',
  'borough',
  'city',
  'town',
  'village',
  'constable',
  'constables',
  'state',
  'of',
  'the',
  'and',
  'for',
  'public',
  'safety',
  'division',
]);

function distinctive(key: string): string[] {
  return key.split(' ').filter((word) => word !== '' && !GENERIC.has(word));
}

// What kind of agency a name says it is; a sheriff renamed is still a sheriff.
const KINDS: [string, RegExp][] = [
  ['sheriff', /\bsheriff/],
  ['constable', /\bconstable/],
  ['marshal', /\bmarshal/],
  ['police', /\bpolice\b/],
  ['jail', /\b(jail|detention|corrections?|correctional)\b/],
  ['patrol', /\bpatrol\b/],
  ['commissioners', /\bcommissioners?\b/],
];

function kindsOf(key: string): Set<string> {
  return new Set(KINDS.filter(([, pattern]) => pattern.test(key)).map(([kind]) => kind));
}

/** How alike two agency names are, 0 to 1, judged on the words that tell agencies apart. */
export function nameSimilarity(a: string, b: string): number {
  const x = renameKey(a);
  const y = renameKey(b);
  if (x === y) return 1;
  const kindsA = kindsOf(x);
  const kindsB = kindsOf(y);
  if (kindsA.size > 0 && kindsB.size > 0 && ![...kindsA].some((kind) => kindsB.has(kind))) return 0;
  const wordsA = distinctive(x);
  const wordsB = distinctive(y);
  if (wordsA.length === 0 || wordsB.length === 0) return 1 - distance(x, y) / Math.max(x.length, y.length);
  const [fewer, more] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  if (fewer.every((word) => more.includes(word))) return 0.9;
  const p = wordsA.join(' ');
  const q = wordsB.join(' ');
  return 1 - distance(p, q) / Math.max(p.length, q.length);
}

const RENAME_THRESHOLD = 0.8;

export function diffAgreements(before: Agreement[], after: Agreement[], dates: { from: string; to: string }): Diff {
  const old = group(before);
  const now = group(after);
  const removed = [...old.values()].filter((agency) => !now.has(agency.key));
  const added = [...now.values()].filter((agency) => !old.has(agency.key));

  // Pair removed and added agencies of a state that look like the same agency renamed, best pairs first.
  const candidates: { from: AgencyModels; to: AgencyModels; score: number }[] = [];
  for (const from of removed) {
    for (const to of added) {
      if (from.state !== to.state) continue;
      const score = nameSimilarity(from.name, to.name);
      const sameModels = [...from.models.keys()].some((model) => to.models.has(model));
      if (score >= RENAME_THRESHOLD && sameModels) candidates.push({ from, to, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const paired = new Set<string>();
  const renames: { from: AgencyModels; to: AgencyModels }[] = [];
  for (const candidate of candidates) {
    if (paired.has(candidate.from.key) || paired.has(candidate.to.key)) continue;
    paired.add(candidate.from.key).add(candidate.to.key);
    renames.push(candidate);
  }

  const result: Diff = {
    from: dates.from,
    to: dates.to,
    added: added.filter((agency) => !paired.has(agency.key)).map(reference),
    removed: removed.filter((agency) => !paired.has(agency.key)).map(reference),
    renamed: renames.map(({ from, to }) => ({
      state: to.state,
      from: from.name,
      to: to.name,
      models: [...to.models.keys()].sort(),
    })),
    modelsAdded: [],
    modelsDropped: [],
    dateChanges: [],
    summary: {
      agreementsBefore: before.length,
      agreementsAfter: after.length,
      agenciesAdded: 0,
      agenciesRemoved: 0,
      renamed: renames.length,
    },
  };
  const pairs: [AgencyModels, AgencyModels][] = [
    ...[...now.values()]
      .filter((agency) => old.has(agency.key))
      .map((agency) => [old.get(agency.key)!, agency] as [AgencyModels, AgencyModels]),
    ...renames.map(({ from, to }) => [from, to] as [AgencyModels, AgencyModels]),
  ];
  for (const [was, is] of pairs) {
    const gained = [...is.models.keys()].filter((model) => !was.models.has(model)).sort();
    const lost = [...was.models.keys()].filter((model) => !is.models.has(model)).sort();
    if (gained.length) result.modelsAdded.push({ state: is.state, name: is.name, models: gained });
    if (lost.length) result.modelsDropped.push({ state: is.state, name: is.name, models: lost });
    for (const [model, agreement] of is.models) {
      const previous = was.models.get(model);
      if (previous && previous.signed !== agreement.signed) {
        result.dateChanges.push({ state: is.state, name: is.name, model, from: previous.signed, to: agreement.signed });
      }
    }
  }
  const order = (a: { state: string; name: string }, b: { state: string; name: string }) =>
    a.state.localeCompare(b.state) || a.name.localeCompare(b.name);
  for (const list of [result.added, result.removed, result.modelsAdded, result.modelsDropped, result.dateChanges])
    list.sort(order);
  result.renamed.sort((a, b) => a.state.localeCompare(b.state) || a.to.localeCompare(b.to));
  result.summary.agenciesAdded = result.added.length;
  result.summary.agenciesRemoved = result.removed.length;
  return result;
}

function reference(agency: AgencyModels): AgencyRef {
  return { state: agency.state, name: agency.name, models: [...agency.models.keys()].sort() };
}
