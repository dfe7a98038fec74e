// Reads a quiz.json that kit build or kit quiz wrote, checking its shape field by field, so that kit quiz score
// works on a checked Quiz and a wrong or hand-edited file is refused with the fields at fault named.

import { KitError, type Problem } from '../errors.ts';
import { isRecord } from '../json-value.ts';
import type { KahootForm, Quiz, QuizItem, QuizOption } from './types.ts';

const HINT = 'Give the quiz-LANG.json that kit build or kit quiz wrote.';
const QUESTION_TYPES = ['single', 'truefalse', 'multiple'] as const;
const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isOneOf =
  <T extends string>(choices: readonly T[]) =>
  (value: unknown): value is T =>
    choices.some((choice) => choice === value);
const isListOf =
  <T>(isItem: (value: unknown) => value is T) =>
  (value: unknown): value is T[] =>
    Array.isArray(value) && value.every(isItem);

const isOption = (value: unknown): value is QuizOption =>
  isRecord(value) && isString(value.id) && isString(value.text) && isBoolean(value.correct);
const isOptions = isListOf(isOption);
const isRegion = (value: unknown): value is Quiz['region'] =>
  isRecord(value) && isString(value.id) && isString(value.name);
const isKahootForm = (value: unknown): value is KahootForm =>
  isRecord(value) && isString(value.text) && isOptions(value.options);

/** Each field of a question with the check its value must pass; `kahoot` may be left out. */
const QUESTION_FIELDS: [keyof QuizItem, (value: unknown) => boolean][] = [
  ['id', isString],
  ['module', isString],
  ['objective', isString],
  ['type', isOneOf(QUESTION_TYPES)],
  ['difficulty', isOneOf(DIFFICULTIES)],
  ['text', isString],
  ['options', isOptions],
  ['explanation', isString],
  ['sources', isListOf(isString)],
  ['fromData', isBoolean],
  ['kahoot', (value) => value === undefined || isKahootForm(value)],
];

function isQuestion(value: unknown, index: number, problems: Problem[]): value is QuizItem {
  if (!isRecord(value)) {
    problems.push({ column: `questions[${index}]`, message: 'is not an object' });
    return false;
  }
  const wrong = QUESTION_FIELDS.filter(([field, check]) => !check(value[field]));
  for (const [field] of wrong)
    problems.push({ column: `questions[${index}].${field}`, message: 'is missing or wrong' });
  return wrong.length === 0;
}

/**
 * The quiz in `text`, the content of `file` (as the user typed it, for messages). Throws a KitError (bad-input,
 * exit 2) when the text is not JSON, or not a quiz.json of format 1: then each field at fault is a problem
 * (`FILE:FIELD is missing or wrong`, `questions[2].options` for a question's).
 */
export function parseQuizJson(text: string, file: string): Quiz {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new KitError('bad-input', `${file}: not JSON (${message}).`, { hint: HINT, cause: error });
  }
  if (!isRecord(value) || value.format !== 1 || !Array.isArray(value.questions))
    throw new KitError('bad-input', `${file}: not a quiz.json written by the kit.`, { hint: HINT });
  const fields = value;
  const problems: Problem[] = [];
  function read<T>(field: keyof Quiz, is: (item: unknown) => item is T): T | undefined {
    if (is(fields[field])) return fields[field];
    problems.push({ column: field, message: 'is missing or wrong' });
    return undefined;
  }
  const language = read('language', isString);
  const title = read('title', isString);
  const region = read('region', isRegion);
  const dataAsOf = read('dataAsOf', isString);
  const seed = read('seed', isString);
  const version = read('version', isOneOf(['A', 'B'] as const));
  const form = read('form', isOneOf(['pre', 'post'] as const));
  const questions = value.questions.filter((question, index) => isQuestion(question, index, problems));
  if (
    problems.length > 0 ||
    language === undefined ||
    title === undefined ||
    region === undefined ||
    dataAsOf === undefined ||
    seed === undefined ||
    version === undefined ||
    form === undefined
  ) {
    for (const problem of problems) problem.file = file;
    throw new KitError('bad-input', `${file}: not a quiz.json written by the kit.`, { hint: HINT, problems });
  }
  return {
    format: 1,
    language,
    title,
    region,
    dataAsOf,
    seed,
    version,
    form,
    questions,
  };
}
