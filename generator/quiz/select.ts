// Picks and orders a quiz from the bank: the same seed always gives the same quiz; versions A and B
// hold the same questions in different orders; pre and post differ only in wording.

import { KitError } from '../errors.ts';
import { shuffle } from './random.ts';
import type { BankItem, KahootForm, Quiz, QuizItem, QuizOption } from './types.ts';

export interface SelectQuizOptions {
  language: string;
  title: string;
  region: { id: string; name: string };
  dataAsOf: string; // ISO date of the ICE list the region questions come from
  seed: string;
  version: 'A' | 'B';
  form: 'pre' | 'post';
  count?: number; // how many questions; default all. Region questions are always kept, on top if need be.
}

const DIFFICULTY_ORDER = ['easy', 'medium', 'hard'] as const;

/**
 * One module's questions in the order they are taken: the difficulty levels in turn, starting at
 * `start` (so that a short quiz is not all easy questions), each level in a seeded order.
 */
function moduleQueue(items: BankItem[], seed: string, start: number): BankItem[] {
  const levels = DIFFICULTY_ORDER.map((level) =>
    shuffle(
      items.filter((item) => item.difficulty === level),
      `${seed}:${level}`,
    ),
  );
  const taken = levels.map(() => 0);
  const queue: BankItem[] = [];
  for (let turn = start; queue.length < items.length; turn++) {
    // The level whose turn it is, or the next one that still has questions.
    for (let step = 0; step < levels.length; step++) {
      const level = (turn + step) % levels.length;
      if (taken[level]! < levels[level]!.length) {
        queue.push(levels[level]![taken[level]!++]!);
        break;
      }
    }
  }
  return queue;
}

/** The curriculum questions to ask: round-robin over the modules (in a seeded order), then by difficulty. */
function pickSpread(items: BankItem[], count: number, seed: string): BankItem[] {
  const modules = [...new Set(items.map((item) => item.module))];
  const queues = shuffle(modules, `${seed}:modules`).map((module, position) =>
    moduleQueue(
      items.filter((item) => item.module === module),
      `${seed}:${module}`,
      position,
    ),
  );
  const picked = new Set<BankItem>();
  for (let round = 0; picked.size < count; round++) {
    for (const queue of queues) if (queue[round] && picked.size < count) picked.add(queue[round]!);
  }
  // Back in bank order, so the choice does not depend on the order it was made in.
  return items.filter((item) => picked.has(item));
}

/** A seeded order that, for version B, is never the same as version A's when another order exists. */
function versionOrder<T>(items: readonly T[], seed: string, version: 'A' | 'B'): T[] {
  const order = shuffle(items, `${seed}:${version}`);
  if (version === 'A' || items.length < 2) return order;
  const orderA = shuffle(items, `${seed}:A`);
  const same = order.every((item, index) => item === orderA[index]);
  return same ? [...order.slice(1), order[0]!] : order;
}

/**
 * The Kahoot form of a question, if it has one: a single question's Kahoot options follow its own
 * (shuffled) order by id; a choose-all question's one-answer options get their own seeded order.
 */
function askKahoot(
  item: BankItem,
  options: QuizOption[],
  seed: string,
  form: 'pre' | 'post',
  version: 'A' | 'B',
): KahootForm | undefined {
  if (!item.kahoot) return undefined;
  const own = item.kahoot.options;
  const kahootOptions =
    own === null
      ? options.map((option) => ({ ...option }))
      : item.type === 'multiple'
        ? versionOrder(own, `${seed}:kahoot-options:${item.id}`, version).map((option) => ({ ...option }))
        : options.map((option) => ({
            ...option,
            text: own.find((candidate) => candidate.id === option.id)?.text ?? option.text,
          }));
  return { text: form === 'pre' ? item.kahoot.question : item.kahoot.reworded, options: kahootOptions };
}

function ask(item: BankItem, seed: string, form: 'pre' | 'post', version: 'A' | 'B'): QuizItem {
  // True comes before False in every version; other options are shuffled, keeping their ids.
  const options: QuizOption[] =
    item.type === 'truefalse'
      ? item.options.map((option) => ({ ...option }))
      : versionOrder(item.options, `${seed}:options:${item.id}`, version).map((option) => ({ ...option }));
  const kahoot = askKahoot(item, options, seed, form, version);
  return {
    id: item.id,
    module: item.module,
    objective: item.objective,
    type: item.type,
    difficulty: item.difficulty,
    text: form === 'pre' ? item.question : item.reworded,
    options,
    explanation: item.explanation,
    sources: [...item.sources],
    fromData: item.fromData,
    ...(kahoot ? { kahoot } : {}),
  };
}

/** A quiz of `count` questions (default all) from the bank, ordered for its version, worded for its form. */
export function selectQuiz(bank: readonly BankItem[], options: SelectQuizOptions): Quiz {
  if (options.count !== undefined && (!Number.isInteger(options.count) || options.count < 1)) {
    throw new KitError('bad-input', `A quiz needs a whole number of questions, 1 or more; got ${options.count}.`, {
      hint: 'Leave the count out to ask every question.',
    });
  }
  const region = bank.filter((item) => item.fromData);
  const curriculum = bank.filter((item) => !item.fromData);
  const wanted =
    options.count === undefined
      ? curriculum.length
      : Math.max(0, Math.min(curriculum.length, options.count - region.length));
  const chosen = [...pickSpread(curriculum, wanted, `${options.seed}:select`), ...region];
  return {
    format: 1,
    language: options.language,
    title: options.title,
    region: { ...options.region },
    dataAsOf: options.dataAsOf,
    seed: options.seed,
    version: options.version,
    form: options.form,
    questions: versionOrder(chosen, `${options.seed}:order`, options.version).map((item) =>
      ask(item, options.seed, options.form, options.version),
    ),
  };
}
