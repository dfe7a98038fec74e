// Reads a STATE or SUPPORT TYPE cell that is a letter or two off a known full name ("TEXSA",
// "Task Force Modle") as that name. Codes are never guessed: "TZ" may be a typo of TX or TN.

import { STATES, type State } from './states.ts';
import { normalizeKey } from './normalize.ts';
import { MODEL_NAMES, MODELS, type Model } from './types.ts';

export interface NearName<T> {
  value: T;
  name: string; // the known name it was read as, e.g. "Texas"
}

interface Candidate<T> {
  key: string; // normalized, as normalizeKey gives
  name: string;
  value: T;
}

// Shorter texts are codes or too short to tell a typo from another word.
const MIN_LENGTH = 4;

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbouring letters
 * each cost one edit ("texsa" is one edit from "texas"; plain Levenshtein counts a swap as two). No npm package in
 * the kit has it; fastest-levenshtein has no swaps.
 */
export function measureEdits(a: string, b: string): number {
  // rows[i][j] = edits between the first i letters of a and the first j of b; only three rows are kept.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits a text of this length may be off: one for short names, two from six letters on. */
function allowedEdits(key: string): number {
  return key.length < 6 ? 1 : 2;
}

/**
 * The one candidate within `allowedEdits` of `text` (measureEdits on normalized keys, a swap of neighbours being one
 * edit), or undefined when none is that close, when two different values are, or when the text is short or not a name.
 */
function findNear<T>(text: string, candidates: Candidate<T>[]): NearName<T> | undefined {
  const key = normalizeKey(text);
  if (key.length < MIN_LENGTH || !/^[a-z .'-]+$/.test(key)) return undefined;
  const limit = allowedEdits(key);
  const close = candidates.filter(
    (candidate) => Math.abs(candidate.key.length - key.length) <= limit && measureEdits(key, candidate.key) <= limit,
  );
  const values = new Set(close.map((candidate) => candidate.value));
  if (values.size !== 1) return undefined;
  const best = close.sort((a, b) => measureEdits(key, a.key) - measureEdits(key, b.key))[0]!;
  return { value: best.value, name: best.name };
}

const STATE_NAMES: Candidate<State>[] = STATES.map((state) => ({
  key: normalizeKey(state.name),
  name: state.name,
  value: state,
}));

/** A state whose full name is a letter or two from `text` ("Tennesee", "NEW JERSY"); never for codes. */
export function findNearState(text: string): NearName<State> | undefined {
  return findNear(text, STATE_NAMES);
}

const MODEL_CANDIDATES: Candidate<Model>[] = MODELS.flatMap((model) => {
  const name = MODEL_NAMES[model];
  const short = name.replace(/ Model$/, '');
  return [...new Set([name, short, `${short} Model`])].map((variant) => ({
    key: normalizeKey(variant),
    name,
    value: model,
  }));
});

/** A 287(g) model whose name is a letter or two from `text` ("Jail Enforcment Model"); never for JEM/WSO/TFM. */
export function findNearModel(text: string): NearName<Model> | undefined {
  return findNear(text, MODEL_CANDIDATES);
}
