// GET /api/ui?lang=en|es: the app's own interface strings, from the `app:` section of the kit's locale files
// (templates/curriculum/LANG/language.yaml); a key a language lacks is taken from English.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { parse as parseYaml } from 'yaml';
import { CURRICULUM_DIR } from '../../paths.ts';
import { HttpError } from '../errors.ts';

export const APP_LANGUAGES = ['en', 'es'] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];

/** The page's language from `?lang=`: en or es (en when absent); anything else is a 400. */
export function pickAppLanguage(lang: string | undefined): AppLanguage {
  if (lang === undefined || lang === '') return 'en';
  const found = APP_LANGUAGES.find((code) => code === lang);
  if (!found) throw new HttpError(400, `lang=${lang}: the app speaks ${APP_LANGUAGES.join(' and ')}.`);
  return found;
}

/** The `app:` strings of one language file (an empty record when the file has no such section). */
export async function readAppStrings(curriculumDir: string, lang: string): Promise<Record<string, string>> {
  const text = await readFile(path.join(curriculumDir, lang, 'language.yaml'), 'utf8');
  const parsed: unknown = parseYaml(text);
  const section = parsed && typeof parsed === 'object' && 'app' in parsed ? parsed.app : undefined;
  const strings: Record<string, string> = {};
  if (section && typeof section === 'object')
    for (const [key, value] of Object.entries(section)) if (typeof value === 'string') strings[key] = value;
  return strings;
}

/** The strings of `lang` over English's: every English key, in `lang` where it has it. */
export async function loadAppStrings(
  lang: AppLanguage,
  curriculumDir = CURRICULUM_DIR,
): Promise<Record<string, string>> {
  const english = await readAppStrings(curriculumDir, 'en');
  return lang === 'en' ? english : { ...english, ...(await readAppStrings(curriculumDir, lang)) };
}

export function uiRoutes(curriculumDir = CURRICULUM_DIR): Hono {
  return new Hono().get('/api/ui', async (c) => {
    const lang = pickAppLanguage(c.req.query('lang'));
    return c.json({ lang, strings: await loadAppStrings(lang, curriculumDir) });
  });
}
