// The page's one store: the region picked, the workshop form, the problems the server found, and the last build.
// The form is flat (one value per field); `toConfig` turns it into the config object `kit build --config` reads,
// and `applyConfig` fills it from one (a loaded YAML file).

import { reactive } from 'vue';
import type { ApiProblem } from './api.ts';

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

export const store = reactive({
  mode: 'one' as 'one' | 'custom',
  region: null as RegionMatch | null,
  customName: '',
  customCounties: [] as RegionMatch[],
  form: Object.fromEntries(FORM_FIELDS.map((field) => [field.key, ''])) as Record<FormKey, string>,
  length: '90',
  paper: 'letter',
  languages: ['en'] as string[],
  /** Problems of the last check or loaded file, by config field. */
  problems: [] as ApiProblem[],
  placeholders: [] as ApiProblem[],
  /** Quizzes of the last build, as "FOLDER/quiz/quiz-LANG.json". */
  quizzes: [] as string[],
});

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

function readPath(source: unknown, dotted: string): unknown {
  let node = source;
  for (const key of dotted.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
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
    const value = store.form[field.key].trim();
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
  const custom = config.custom_region as { name?: unknown; counties?: unknown } | undefined;
  if (custom && typeof custom === 'object') {
    store.mode = 'custom';
    store.customName = typeof custom.name === 'string' ? custom.name : '';
    store.customCounties = Array.isArray(custom.counties) ? custom.counties.map((id) => regionFromId(String(id))) : [];
  } else {
    store.mode = 'one';
    store.region = typeof config.region === 'string' ? regionFromId(config.region) : null;
  }
  if (Array.isArray(config.languages)) store.languages = config.languages.map(String);
  for (const field of FORM_FIELDS) {
    const value = readPath(config, field.path);
    const text = value === undefined || value === null ? '' : String(value);
    // A date read from YAML may come back as a timestamp; the form holds the day (YYYY-MM-DD).
    store.form[field.key] = field.type === 'date' && /^\d{4}-\d\d-\d\dT/.test(text) ? text.slice(0, 10) : text;
  }
  const length = readPath(config, 'workshop.length');
  if (length !== undefined) store.length = String(length);
  if (typeof config.paper === 'string') store.paper = config.paper;
}

/** The problems whose field is `path` or inside it ("contacts.hotline" holds "contacts.hotline.phone"). */
export function problemsAt(list: ApiProblem[], path: string): ApiProblem[] {
  return list.filter((problem) => problem.field === path || problem.field?.startsWith(`${path}.`));
}
