// One resolution of the options that choose and shape a workshop, shared by kit build, quiz, present and batch:
// --config or --region, --lang, --paper, --only and --data-dir become the same resolved options, every mistake in
// them found in one pass and worded the same whichever command was typed (as Slidev's resolveOptions does).
// It lives in cli/, the top layer, because it speaks in flags and needs workshop/'s output kinds: config/ sits below
// workshop/ (which reads the resolved config) and must not import it.

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_HINT, readConfig } from '../config/load.ts';
import { PAPERS, type Paper, type ResolvedWorkshopConfig } from '../config/types.ts';
import { findPaper, isLanguageCode, validateConfig } from '../config/validate.ts';
import { formatProblem, KitError, type ErrorCode, type Problem } from '../errors.ts';
import { CURRICULUM_DIR } from '../paths.ts';
import { formatCountNoun } from '../plural.ts';
import { OUTPUT_KINDS, type OutputKind } from '../workshop/kinds.ts';
import { dataDir } from './args.ts';
import type { CliIO } from './io.ts';

/** Option values as args.ts's parse returns them: a string or boolean per flag given. */
export type OptionValues = Record<string, unknown>;

/** What kit build, quiz and present run on, once flags and config are resolved. */
export interface ResolvedWorkshopOptions {
  config: ResolvedWorkshopConfig; // read from --config FILE, or the config of --region R alone (English, letter)
  languages: string[]; // --lang, else the config's: language codes, each with a curriculum, without repeats
  paper: Paper; // --paper, else the config's
  only: OutputKind[]; // --only, else every output kind
  dataDir: string; // --data-dir resolved against the working folder, else the kit's data/
}

/** What kit batch runs on: there is no config, so English and every output kind unless the flags say otherwise. */
export interface ResolvedBatchOptions {
  languages: string[];
  only: OutputKind[];
  dataDir: string;
}

export interface ResolveRules {
  oneLanguage?: boolean; // --lang names one language (kit present shows one deck)
  problems?: Problem[]; // mistakes in the command's own flags, reported together with these
}

/** A mistake in one flag, worded `--FLAG VALUE: what to do.`; a value with spaces or nothing in it is quoted. */
export function flagProblem(flag: string, value: unknown, message: string): Problem {
  const written = String(value);
  const shown = /^[^\s\p{Cc}"]+$/u.test(written) ? written : JSON.stringify(written);
  return { message: `--${flag} ${shown}: ${message}` };
}

/** --region R as written, before any data is read: a problem in `problems` when it names nothing (empty, spaces). */
export function checkRegionFlag(value: string, problems: Problem[]): void {
  if (value.trim() === '')
    problems.push(flagProblem('region', value, 'give a region id or name; kit regions QUERY finds one.'));
}

/**
 * The one of `choices` that `value` names in any case (`--version b` is B), undefined when the flag is not given; a
 * value that names none goes to `problems` as `--FLAG VALUE: use A or B.` and gives undefined too.
 */
export function pickChoice<T extends string>(
  flag: string,
  value: unknown,
  choices: readonly T[],
  problems: Problem[],
): T | undefined {
  if (typeof value !== 'string') return undefined;
  const choice = choices.find((allowed) => allowed.toLowerCase() === value.trim().toLowerCase());
  if (!choice) problems.push(flagProblem(flag, value, `use ${choices.join(' or ')}.`));
  return choice;
}

/**
 * Throws `problems` as one error (exit 2), a usage error unless `code` says: one problem as the message, several as a
 * list.
 */
export function throwProblems(problems: Problem[], code: ErrorCode = 'usage'): void {
  if (problems.length === 1) throw new KitError(code, formatProblem(problems[0]!));
  if (problems.length > 1)
    throw new KitError(code, `the command line has ${formatCountNoun(problems.length, 'problem')}:`, { problems });
}

/**
 * Flags plus config for kit build, quiz and present: exactly one of --config FILE and --region R, --lang (a list, or
 * one code with `rules.oneLanguage`), --paper, --only and --data-dir. Every flag's mistake, with `rules.problems`,
 * is thrown at once as a usage error (exit 2) before any file is read; then --data-dir is checked, the config read
 * (its own problems thrown as loadConfig words them), and its languages checked against the curriculum (exit 2).
 */
export async function resolveWorkshopOptions(
  values: OptionValues,
  io: CliIO,
  rules: ResolveRules = {},
): Promise<ResolvedWorkshopOptions> {
  const problems: Problem[] = [];
  const file = typeof values.config === 'string' ? values.config : undefined;
  const region = typeof values.region === 'string' ? values.region : undefined;
  if (file !== undefined && region !== undefined)
    problems.push({
      message: '--config and --region: give one of them, not both; a workshop config names its region.',
    });
  else if (file === undefined && region === undefined)
    problems.push({
      message:
        'give --config FILE (a workshop config; kit init writes one) or --region R (a region id or name; ' +
        'kit regions QUERY finds one).',
    });
  else if (region !== undefined) checkRegionFlag(region, problems);
  const languages = checkLanguages(values.lang, problems, rules.oneLanguage ?? false);
  const paper = checkPaper(values.paper, problems);
  const only = checkOnly(values.only, problems);
  problems.push(...(rules.problems ?? []));

  // The config's problems join the command line's, so that one run names every mistake. A file that cannot be read
  // or is not YAML stops here, as nothing in it can be checked.
  const configFile = file !== undefined && region === undefined ? path.resolve(io.cwd, file) : null;
  const read = configFile ? await readConfigOrProblem(configFile, problems) : null;
  const configProblems = read ? [...read.problems] : [];
  // A config's languages are checked even under --lang: kit present builds them beside the one it shows.
  const missing = read ? listMissingCurricula(read.config.languages) : null;
  if (missing) configProblems.push({ file: read?.config.file ?? undefined, column: 'languages', message: missing });
  if (configProblems.length === 0) throwProblems(problems);
  else if (problems.length === 0)
    throw new KitError(
      'bad-input',
      `${configFile}: the workshop config has ${formatCountNoun(configProblems.length, 'problem')}.`,
      { problems: configProblems, hint: CONFIG_HINT },
    );
  else
    throw new KitError(
      'usage',
      `the command line and ${configFile} have ${formatCountNoun(problems.length + configProblems.length, 'problem')}:`,
      { problems: [...problems, ...configProblems], hint: CONFIG_HINT },
    );

  const dir = dataDir(values, io);
  const config = read ? read.config : validateConfig({ region }, null).config;
  return {
    config,
    languages: languages ?? config.languages,
    paper: paper ?? config.paper,
    only: only ?? [...OUTPUT_KINDS],
    dataDir: dir,
  };
}

/**
 * readConfig, but with the command line's `problems` waiting: a config that cannot be read then joins them as one
 * more problem instead of hiding them; alone it is thrown as it is.
 */
async function readConfigOrProblem(
  file: string,
  problems: Problem[],
): Promise<Awaited<ReturnType<typeof readConfig>> | null> {
  try {
    return await readConfig(file);
  } catch (error) {
    if (problems.length === 0 || !(error instanceof KitError)) throw error;
    problems.push({ message: error.message });
    return null;
  }
}

/** --lang, --only and --data-dir for kit batch (English and every kind by default), checked as for the others. */
export function resolveBatchOptions(values: OptionValues, io: CliIO, rules: ResolveRules = {}): ResolvedBatchOptions {
  const problems: Problem[] = [];
  const languages = checkLanguages(values.lang, problems, false);
  const only = checkOnly(values.only, problems);
  throwProblems([...problems, ...(rules.problems ?? [])]);
  return { languages: languages ?? ['en'], only: only ?? [...OUTPUT_KINDS], dataDir: dataDir(values, io) };
}

/** --paper for a command without a config (kit quiz score): the size named, `fallback` when not given. */
export function resolvePaperOption(value: unknown, fallback: Paper): Paper {
  const problems: Problem[] = [];
  const paper = checkPaper(value, problems);
  throwProblems(problems);
  return paper ?? fallback;
}

function checkLanguages(value: unknown, problems: Problem[], one: boolean): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  const codes = [
    ...new Set(
      value
        .split(',')
        .map((code) => code.trim())
        .filter(Boolean),
    ),
  ];
  const how = 'language codes are written like en, es or zh-Hans.';
  const unwritten = codes.filter((code) => !isLanguageCode(code));
  if (codes.length === 0) problems.push(flagProblem('lang', value, `names no language; ${how}`));
  else if (unwritten.length)
    problems.push(
      flagProblem(
        'lang',
        value,
        `${quote(unwritten)} ${unwritten.length === 1 ? 'is not a language code' : 'are not language codes'}; ${how}`,
      ),
    );
  else if (one && codes.length > 1)
    problems.push(
      flagProblem('lang', value, 'the deck is presented in one language at a time; give one, e.g. --lang es.'),
    );
  else {
    const missing = listMissingCurricula(codes);
    if (missing) problems.push(flagProblem('lang', value, missing));
  }
  return codes.length && !unwritten.length ? codes : undefined;
}

/** Which of `codes` have no curriculum, as a sentence that names the languages there are; null when all have one. */
function listMissingCurricula(codes: string[]): string | null {
  const present = readdirSync(CURRICULUM_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(CURRICULUM_DIR, entry.name, 'language.yaml')))
    .map((entry) => entry.name)
    .sort();
  const missing = codes.filter((code) => !present.includes(code));
  if (missing.length === 0) return null;
  return (
    `there is no curriculum in ${quote(missing)} (there is ${present.join(', ')}); adding a language means ` +
    `adding templates/curriculum/${missing[0]}/.`
  );
}

function checkPaper(value: unknown, problems: Problem[]): Paper | undefined {
  if (typeof value !== 'string') return undefined;
  const paper = findPaper(value.trim());
  if (!paper) problems.push(flagProblem('paper', value, `use ${PAPERS.join(' or ')}.`));
  return paper;
}

function checkOnly(value: unknown, problems: Problem[]): OutputKind[] | undefined {
  if (typeof value !== 'string') return undefined;
  const kinds = [
    ...new Set(
      value
        .split(',')
        .map((kind) => kind.trim())
        .filter(Boolean),
    ),
  ];
  const known = (kind: string): kind is OutputKind => (OUTPUT_KINDS as readonly string[]).includes(kind);
  if (kinds.length > 0 && kinds.every(known)) return kinds;
  problems.push(flagProblem('only', value, `use one or more of ${OUTPUT_KINDS.join(', ')}, separated by commas.`));
  return undefined;
}

/** `"a", "b" and "c"`. */
function quote(words: string[]): string {
  const quoted = words.map((word) => JSON.stringify(word));
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
