// Reads the curriculum folder: modules.yaml, sources.yaml, and one folder per language with
// language.yaml, the module files and translation.lock.yaml (which English text each unit was made from).

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { errorCode, firstLineOf, KitError, type Problem } from '../errors.ts';
import type { WorkshopLength } from '../config/types.ts';
import { parseModule } from './parse-module.ts';
import type {
  BreakMeta,
  Curriculum,
  LanguageContent,
  LanguageMeta,
  Module,
  ModuleMeta,
  Source,
  SourceNote,
} from './types.ts';
import { formatCountNoun } from '../plural.ts';
import { isRecord } from '../json-value.ts';
import { findUiLines, GLOSSARY_FILE, loadGlossary } from './glossary.ts';

export const SOURCE_LANGUAGE = 'en';
export const LOCK_FILE = 'translation.lock.yaml';
/** In a language's folder: the kit's own words in sources.yaml (notes such as "via Justia"), in that language. */
export const SOURCE_NOTES_FILE = 'sources.yaml';

async function readYaml(file: string, problems: Problem[]): Promise<unknown> {
  try {
    return parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    problems.push({
      file,
      message: errorCode(error) === 'ENOENT' ? 'is missing' : `cannot be read: ${firstLineOf(error)}`,
    });
    return undefined;
  }
}

/** A YAML value as text, as String() writes it (a mapping the schema does not expect shows as '[object Object]'). */
function scalarText(value: unknown): string {
  return String(value);
}

/**
 * A YAML value that must be a mapping (in `file`, at `column` or the whole file), or {} when absent. Anything else is
 * a problem (the value shown as String() writes it) and reads as an empty mapping, so that the other checks go on.
 */
function mappingOf(
  value: unknown,
  file: string,
  column: string | undefined,
  problems: Problem[],
): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (isRecord(value)) return value;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the message shows what the author wrote
  problems.push({ file, column, message: 'must be a block of `name: value` lines', value: String(value) });
  return {};
}

/** A list in YAML (`file`, at `column`), or [] when absent; anything else is a problem. */
function listOf(value: unknown, file: string, column: string, problems: Problem[]): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the message shows what the author wrote
  problems.push({ file, column, message: 'must be a list', value: String(value) });
  return [];
}

function minutesOf(value: unknown, file: string, column: string, problems: Problem[]): Record<WorkshopLength, number> {
  const record = isRecord(value) ? value : {};
  const minutesFor = (length: WorkshopLength): number => {
    const minutes = Number(record[length]);
    if (!Number.isInteger(minutes) || minutes < 0)
      problems.push({
        file,
        column: `${column}.${length}`,
        message: 'must be a whole number of minutes',
        value: String(record[length]),
      });
    return Number.isInteger(minutes) ? minutes : 0;
  };
  // One key per workshop length, in the order of LENGTHS (the compiler checks that none is missing).
  const minutes: Record<WorkshopLength, number> = { 60: minutesFor(60), 90: minutesFor(90), 120: minutesFor(120) };
  return minutes;
}

/** Reads everything; structural problems (unreadable files, bad YAML) are thrown together as one error. */
export async function loadCurriculum(dir: string): Promise<Curriculum> {
  const problems: Problem[] = [];
  const planFile = path.join(dir, 'modules.yaml');
  const plan = mappingOf(await readYaml(planFile, problems), planFile, undefined, problems);
  const modules: ModuleMeta[] = listOf(plan.modules, planFile, 'modules', problems).map((raw, index) => {
    const entry = mappingOf(raw, planFile, `modules[${index}]`, problems);
    return {
      key: String(entry.key),
      file: String(entry.file),
      minutes: minutesOf(entry.minutes, planFile, `modules[${index}].minutes`, problems),
    };
  });
  const breaks: BreakMeta[] = listOf(plan.breaks, planFile, 'breaks', problems).map((raw, index) => {
    const entry = mappingOf(raw, planFile, `breaks[${index}]`, problems);
    return {
      after: String(entry.after),
      minutes: minutesOf(entry.minutes, planFile, `breaks[${index}].minutes`, problems),
    };
  });

  const sourcesFile = path.join(dir, 'sources.yaml');
  const rawSources = mappingOf(await readYaml(sourcesFile, problems), sourcesFile, undefined, problems);
  const sources = new Map<string, Source>(
    Object.entries(rawSources).map(([id, raw]) => {
      const entry = mappingOf(raw, sourcesFile, id, problems);
      return [
        id,
        {
          id,
          title: scalarText(entry.title ?? ''),
          publisher: entry.publisher ? scalarText(entry.publisher) : null,
          url: entry.url ? scalarText(entry.url) : null,
          facts: entry.facts ? scalarText(entry.facts) : null,
        },
      ];
    }),
  );

  const languages = new Map<string, LanguageContent>();
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries
    .filter((candidate) => candidate.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const languageDir = path.join(dir, entry.name);
    const metaFile = path.join(languageDir, 'language.yaml');
    const metaYaml = await readYaml(metaFile, problems);
    if (!metaYaml) continue;
    const metaRaw = mappingOf(metaYaml, metaFile, undefined, problems);
    const review = mappingOf(metaRaw.review, metaFile, 'review', problems);
    const meta: LanguageMeta = {
      code: scalarText(metaRaw.code ?? entry.name),
      name: scalarText(metaRaw.name ?? entry.name),
      englishName: scalarText(metaRaw.englishName ?? metaRaw.name ?? entry.name),
      review: {
        fluentReviewer: review.fluentReviewer === true,
        reviewedBy: review.reviewedBy ? scalarText(review.reviewedBy) : null,
        date: review.date ? scalarText(review.date) : null,
      },
      ui: Object.fromEntries(
        Object.entries(mappingOf(metaRaw.ui, metaFile, 'ui', problems)).map(([key, value]) => [key, String(value)]),
      ),
      app: Object.fromEntries(
        Object.entries(mappingOf(metaRaw.app, metaFile, 'app', problems)).map(([key, value]) => [key, String(value)]),
      ),
    };
    if (meta.code !== entry.name)
      problems.push({
        file: path.join(languageDir, 'language.yaml'),
        column: 'code',
        message: `must be the folder's name, ${entry.name}`,
        value: meta.code,
      });
    const moduleMap = new Map<string, Module>();
    const files = new Set(await readdir(languageDir));
    for (const planned of modules) {
      if (!files.has(planned.file)) continue; // a missing translation, reported by the completeness check
      const file = path.join(languageDir, planned.file);
      const parsed = parseModule(await readFile(file, 'utf8'), file, meta.code);
      problems.push(...parsed.problems);
      if (parsed.module) {
        if (parsed.module.key !== planned.key)
          problems.push({
            file,
            column: 'key',
            message: `must be ${planned.key}, as in modules.yaml`,
            value: parsed.module.key,
          });
        moduleMap.set(planned.key, parsed.module);
      }
    }
    const lockFile = path.join(languageDir, LOCK_FILE);
    const lockRaw = files.has(LOCK_FILE)
      ? mappingOf(await readYaml(lockFile, problems), lockFile, undefined, problems)
      : {};
    const lock = new Map(Object.entries(lockRaw).map(([key, value]) => [key, String(value)]));
    const glossary = files.has(GLOSSARY_FILE)
      ? await loadGlossary(path.join(languageDir, GLOSSARY_FILE), problems)
      : null;
    const uiLines = findUiLines(await readFile(metaFile, 'utf8'));
    const notesFile = path.join(languageDir, SOURCE_NOTES_FILE);
    const sourceNotes = new Map<string, SourceNote>();
    if (files.has(SOURCE_NOTES_FILE))
      for (const [id, raw] of Object.entries(
        mappingOf(await readYaml(notesFile, problems), notesFile, undefined, problems),
      )) {
        const entry = mappingOf(raw, notesFile, id, problems);
        sourceNotes.set(id, {
          ...(entry.title ? { title: scalarText(entry.title) } : {}),
          ...(entry.publisher ? { publisher: scalarText(entry.publisher) } : {}),
        });
      }
    languages.set(meta.code, { meta, modules: moduleMap, lock, metaFile, uiLines, glossary, sourceNotes });
  }
  if (!languages.has(SOURCE_LANGUAGE))
    problems.push({ file: path.join(dir, SOURCE_LANGUAGE), message: 'the English curriculum is missing' });

  if (problems.length > 0) {
    throw new KitError('bad-input', `The curriculum in ${dir} has ${formatCountNoun(problems.length, 'problem')}.`, {
      problems,
      hint: 'See templates/curriculum/README.md for the format of each file.',
    });
  }
  return { dir, sourceLanguage: SOURCE_LANGUAGE, modules, breaks, sources, languages };
}
