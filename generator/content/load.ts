// Reads the curriculum folder: modules.yaml, sources.yaml, and one folder per language with
// language.yaml, the module files and translation.lock.yaml (which English text each unit was made from).

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { KitError, type Problem } from '../errors.ts';
import { LENGTHS, type WorkshopLength } from '../config/types.ts';
import { parseModule } from './parse-module.ts';
import type { BreakMeta, Curriculum, LanguageContent, LanguageMeta, Module, ModuleMeta, Source } from './types.ts';
import { formatCountNoun } from '../plural.ts';

export const SOURCE_LANGUAGE = 'en';
export const LOCK_FILE = 'translation.lock.yaml';

async function readYaml(file: string, problems: Problem[]): Promise<unknown> {
  try {
    return parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    problems.push({
      file,
      message:
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'is missing'
          : `cannot be read: ${(error as Error).message.split('\n')[0]}`,
    });
    return undefined;
  }
}

/** A YAML value as text, as String() writes it (a mapping the schema does not expect shows as '[object Object]'). */
function scalarText(value: unknown): string {
  return String(value);
}

function minutesOf(value: unknown, file: string, column: string, problems: Problem[]): Record<WorkshopLength, number> {
  const record = (value ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    LENGTHS.map((length) => {
      const minutes = Number(record[length]);
      if (!Number.isInteger(minutes) || minutes < 0)
        problems.push({
          file,
          column: `${column}.${length}`,
          message: 'must be a whole number of minutes',
          value: String(record[length]),
        });
      return [length, Number.isInteger(minutes) ? minutes : 0];
    }),
  ) as Record<WorkshopLength, number>;
}

/** Reads everything; structural problems (unreadable files, bad YAML) are thrown together as one error. */
export async function loadCurriculum(dir: string): Promise<Curriculum> {
  const problems: Problem[] = [];
  const plan = (await readYaml(path.join(dir, 'modules.yaml'), problems)) as
    { modules?: unknown[]; breaks?: unknown[] } | undefined;
  const planFile = path.join(dir, 'modules.yaml');
  const modules: ModuleMeta[] = (plan?.modules ?? []).map((raw, index) => {
    const entry = raw as Record<string, unknown>;
    return {
      key: String(entry.key),
      file: String(entry.file),
      minutes: minutesOf(entry.minutes, planFile, `modules[${index}].minutes`, problems),
    };
  });
  const breaks: BreakMeta[] = (plan?.breaks ?? []).map((raw, index) => {
    const entry = raw as Record<string, unknown>;
    return {
      after: String(entry.after),
      minutes: minutesOf(entry.minutes, planFile, `breaks[${index}].minutes`, problems),
    };
  });

  const sourcesFile = path.join(dir, 'sources.yaml');
  const rawSources = ((await readYaml(sourcesFile, problems)) ?? {}) as Record<string, Record<string, unknown>>;
  const sources = new Map<string, Source>(
    Object.entries(rawSources).map(([id, entry]) => [
      id,
      {
        id,
        title: scalarText(entry?.title ?? ''),
        publisher: entry?.publisher ? scalarText(entry.publisher) : null,
        url: entry?.url ? scalarText(entry.url) : null,
        facts: entry?.facts ? scalarText(entry.facts) : null,
      },
    ]),
  );

  const languages = new Map<string, LanguageContent>();
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries
    .filter((candidate) => candidate.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const languageDir = path.join(dir, entry.name);
    const metaRaw = (await readYaml(path.join(languageDir, 'language.yaml'), problems)) as
      Record<string, unknown> | undefined;
    if (!metaRaw) continue;
    const review = (metaRaw.review ?? {}) as Record<string, unknown>;
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
        Object.entries((metaRaw.ui ?? {}) as Record<string, unknown>).map(([key, value]) => [key, String(value)]),
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
    const lockRaw = files.has(LOCK_FILE)
      ? (((await readYaml(path.join(languageDir, LOCK_FILE), problems)) ?? {}) as Record<string, unknown>)
      : {};
    const lock = new Map(Object.entries(lockRaw).map(([key, value]) => [key, String(value)]));
    languages.set(meta.code, { meta, modules: moduleMap, lock });
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
