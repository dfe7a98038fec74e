// Reads one answer cell as option ids. Google Forms joins a multiple-select answer with ", " and
// Microsoft Forms with ";" (and a trailing ";"), while option texts may hold commas and semicolons
// themselves, so a cell is cut only where the pieces between the cuts are each an option.

import type { QuizItem } from '../types.ts';
import { normalizeText } from './normalize.ts';

const TRUE_WORDS = ['true', 'verdadero', 'cierto', 'v', 't'];
const FALSE_WORDS = ['false', 'falso', 'f'];

/** Every text that names an option of `question`: its texts in each wording, then its letter. */
export interface OptionMatcher {
  match(text: string): string | null; // the option id, or null
}

/**
 * A matcher for the options of `question` as displayed (letter A is the first option shown), also
 * accepting the option texts of the same question in `wordings` (matched by option id).
 */
export function buildOptionMatcher(question: QuizItem, wordings: readonly QuizItem[]): OptionMatcher {
  const byText = new Map<string, string>();
  for (const item of [question, ...wordings]) {
    for (const option of item.options) {
      const key = normalizeText(option.text);
      if (key && !byText.has(key) && question.options.some((own) => own.id === option.id)) byText.set(key, option.id);
    }
  }
  const letters = new Map(question.options.map((option, index) => [String.fromCharCode(97 + index), option.id]));
  const truth = question.type === 'truefalse' && question.options.length === 2;
  const direct = (key: string): string | null => {
    const found = byText.get(key);
    if (found) return found;
    if (truth && TRUE_WORDS.includes(key)) return question.options[0]!.id; // True is always shown first
    if (truth && FALSE_WORDS.includes(key)) return question.options[1]!.id;
    const letter = /^([a-z])[.):]?$/.exec(key);
    return letter ? (letters.get(letter[1]!) ?? null) : null;
  };
  return {
    match(text) {
      const key = normalizeText(text);
      if (!key) return null;
      const found = direct(key);
      if (found) return found;
      // "B. Ask to see a warrant" or "B) ...": a letter and the text; both must agree when both are known.
      const lettered = /^([a-z])[.):]\s+(.+)$/.exec(key);
      if (lettered) {
        const byLetter = letters.get(lettered[1]!);
        const byWords = byText.get(lettered[2]!);
        if (byWords && (!byLetter || byLetter === byWords)) return byWords;
      }
      return null;
    },
  };
}

export interface ReadAnswer {
  options: string[]; // option ids found, sorted, without repeats
  unmatched: string[]; // parts of the cell that name no option
}

/**
 * The options a cell names. A single-choice cell must be one option; a multiple-select cell is cut at
 * commas and semicolons into the fewest pieces that are all options, leaving the fewest unmatched.
 */
export function readAnswer(cell: string, multiple: boolean, matcher: OptionMatcher): ReadAnswer {
  const whole = matcher.match(cell);
  if (whole) return { options: [whole], unmatched: [] };
  if (!multiple) return { options: [], unmatched: [cell.trim()] };

  const parts = cell.split(/([;,])/); // pieces at even indexes, separators at odd ones
  const pieces = parts.filter((_, index) => index % 2 === 0);
  const segment = (from: number, to: number) =>
    parts
      .slice(2 * from, 2 * to - 1)
      .join('')
      .trim();
  interface Step {
    cost: number;
    count: number;
    from: number;
    option: string | null;
  }
  const best: (Step | null)[] = [{ cost: 0, count: 0, from: -1, option: null }];
  for (let to = 1; to <= pieces.length; to++) {
    let chosen: Step | null = null;
    for (let from = 0; from < to; from++) {
      const before = best[from];
      if (!before) continue;
      const text = segment(from, to);
      const option = text ? matcher.match(text) : null;
      // An empty piece (the trailing ";") costs nothing; one unknown piece costs 1; longer unknown runs are not tried.
      const cost = text === '' ? 0 : option ? 0 : to - from === 1 ? 1 : Infinity;
      if (cost === Infinity) continue;
      const step = { cost: before.cost + cost, count: before.count + 1, from, option };
      if (!chosen || step.cost < chosen.cost || (step.cost === chosen.cost && step.count < chosen.count)) chosen = step;
    }
    best.push(chosen);
  }
  const options = new Set<string>();
  const unmatched: string[] = [];
  for (let to = pieces.length; to > 0;) {
    const step = best[to]!;
    const text = segment(step.from, to);
    if (step.option) options.add(step.option);
    else if (text) unmatched.unshift(text);
    to = step.from;
  }
  return { options: [...options].sort(), unmatched };
}

/**
 * Whether `chosen` (sorted option ids) is exactly the set of right options: a multiple select needs all and only those.
 */
export function isRight(question: QuizItem, chosen: readonly string[] | undefined): boolean {
  if (!chosen) return false;
  const right = question.options
    .filter((option) => option.correct)
    .map((option) => option.id)
    .sort();
  return right.length === chosen.length && right.every((id, index) => id === chosen[index]);
}
