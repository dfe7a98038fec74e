// The page's one store: the region picked, the workshop form, the problems the server found, and the last build.
// The form is flat (one value per field); `toConfig` turns it into the config object `kit build --config` reads,
// and `applyConfig` fills it from one (a loaded YAML file).

import { reactive } from 'vue';
import { isRecord, type ApiProblem } from './api.ts';

/** One search result of GET /api/search. */
export interface RegionMatch {
  id: string;
  name: string;
  kind: string;
  state: string;
  place?: string;
  agreements: number;
  agencies: number;
  byModel: Record<string, number>;
}

/** The form's fields: each the string key of its interface label and the config field it fills. */
export const FORM_FIELDS = [
  { key: 'organization', path: 'organization.name', type: 'text', autocomplete: 'organization' },
  { key: 'organizationWebsite', path: 'organization.website', type: 'url', autocomplete: 'url' },
  { key: 'presenter', path: 'presenter', type: 'text', autocomplete: 'name' },
  { key: 'date', path: 'workshop.date', type: 'date', autocomplete: 'off' },
  { key: 'start', path: 'workshop.start', type: 'time', autocomplete: 'off' },
  { key: 'place', path: 'workshop.place', type: 'text', autocomplete: 'street-address' },
  { key: 'hotlineName', path: 'contacts.hotline.name', type: 'text', autocomplete: 'off' },
  { key: 'hotlinePhone', path: 'contacts.hotline.phone', type: 'tel', autocomplete: 'off' },
  { key: 'legalName', path: 'contacts.legal_aid.name', type: 'text', autocomplete: 'off' },
  { key: 'legalPhone', path: 'contacts.legal_aid.phone', type: 'tel', autocomplete: 'off' },
  { key: 'legalWebsite', path: 'contacts.legal_aid.website', type: 'url', autocomplete: 'off' },
] as const;

export type FormKey = (typeof FORM_FIELDS)[number]['key'];

interface Store {
  mode: 'one' | 'custom';
  region: RegionMatch | null;
  customName: string;
  customCounties: RegionMatch[];
  /** The text fields, by FormKey. */
  form: Record<string, string>;
  length: string;
  paper: string;
  languages: string[];
  /** Problems of the last check or loaded file, by config field. */
  problems: ApiProblem[];
  placeholders: ApiProblem[];
  /** Quizzes of the last build, as "FOLDER/quiz/quiz-LANG.json". */
  quizzes: string[];
}

export const store = reactive<Store>({
  mode: 'one',
  region: null,
  customName: '',
  customCounties: [],
  form: Object.fromEntries(FORM_FIELDS.map((field) => [field.key, ''])),
  length: '90',
  paper: 'letter',
  languages: ['en'],
  problems: [],
  placeholders: [],
  quizzes: [],
});

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (isRecord(next)) node = next;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  node[keys[keys.length - 1]!] = value;
}

function readPath(source: unknown, dotted: string): unknown {
  let node = source;
  for (const key of dotted.split('.')) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** A scalar from a config as the form's text ('' for anything else). */
function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** The config object of the page's choices (empty fields left out, so the kit's own defaults and rules apply). */
export function toConfig(): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  if (store.mode === 'custom')
    config.custom_region = {
      name: store.customName.trim(),
      counties: store.customCounties.map((county) => county.id),
      agencies: [],
    };
  else if (store.region) config.region = store.region.id;
  config.languages = [...store.languages];
  for (const field of FORM_FIELDS) {
    const value = (store.form[field.key] ?? '').trim();
    if (value !== '') setPath(config, field.path, value);
  }
  setPath(config, 'workshop.length', Number(store.length));
  config.paper = store.paper;
  return config;
}

function regionFromId(id: string): RegionMatch {
  return { id, name: id, kind: '', state: '', agreements: 0, agencies: 0, byModel: {} };
}

/** Fills the page from a config object (as /api/config/parse returns it); fields it lacks are emptied. */
export function applyConfig(config: Record<string, unknown>): void {
  const custom = config.custom_region;
  if (isRecord(custom)) {
    store.mode = 'custom';
    store.customName = textOf(custom.name);
    store.customCounties = Array.isArray(custom.counties) ? custom.counties.map((id) => regionFromId(textOf(id))) : [];
  } else {
    store.mode = 'one';
    store.region = typeof config.region === 'string' ? regionFromId(config.region) : null;
  }
  if (Array.isArray(config.languages)) store.languages = config.languages.map(textOf);
  for (const field of FORM_FIELDS) {
    const text = textOf(readPath(config, field.path));
    // A date read from YAML may come back as a timestamp; the form holds the day (YYYY-MM-DD).
    store.form[field.key] = field.type === 'date' && /^\d{4}-\d\d-\d\dT/.test(text) ? text.slice(0, 10) : text;
  }
  const length = textOf(readPath(config, 'workshop.length'));
  if (length) store.length = length;
  if (typeof config.paper === 'string') store.paper = config.paper;
}

/** The problems whose field is `path` or inside it ("contacts.hotline" holds "contacts.hotline.phone"). */
export function problemsAt(list: ApiProblem[], path: string): ApiProblem[] {
  return list.filter(
    (problem) =>
      problem.field === path || problem.field?.startsWith(`${path}.`) || problem.field?.startsWith(`${path}[`),
  );
}

/** Where the page keeps the trainer's unsaved choices, so that a reload or a closed tab loses nothing. */
export const DRAFT_KEY = 'kit-app-draft';
const DRAFT_VERSION = 1;

/** The storage the draft lives in (the browser's localStorage; a Map-backed one in tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Writes the page's choices (region, form, length, paper, languages) to `storage`; a refusing storage is ignored. */
export function saveDraft(storage: DraftStorage): void {
  const { mode, region, customName, customCounties, form, length, paper, languages } = store;
  try {
    storage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        version: DRAFT_VERSION,
        mode,
        region,
        customName,
        customCounties,
        form,
        length,
        paper,
        languages,
      }),
    );
  } catch {
    // Private windows and full storage refuse writes: the page works on, as before drafts.
  }
}

const isMatch = (value: unknown): value is RegionMatch =>
  isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string';
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Puts back the choices `saveDraft` wrote; true when there was a draft. Anything malformed is left out. */
export function restoreDraft(storage: DraftStorage): boolean {
  let draft: unknown;
  try {
    draft = JSON.parse(storage.getItem(DRAFT_KEY) ?? 'null');
  } catch {
    return false;
  }
  if (!isRecord(draft) || draft.version !== DRAFT_VERSION) return false;
  store.mode = draft.mode === 'custom' ? 'custom' : 'one';
  store.region = isMatch(draft.region) ? draft.region : null;
  store.customName = typeof draft.customName === 'string' ? draft.customName : '';
  store.customCounties = Array.isArray(draft.customCounties) ? draft.customCounties.filter(isMatch) : [];
  const form = isRecord(draft.form) ? draft.form : {};
  for (const field of FORM_FIELDS)
    store.form[field.key] = typeof form[field.key] === 'string' ? String(form[field.key]) : '';
  if (typeof draft.length === 'string') store.length = draft.length;
  if (typeof draft.paper === 'string') store.paper = draft.paper;
  const languages = strings(draft.languages);
  if (languages.length) store.languages = languages;
  return true;
}
