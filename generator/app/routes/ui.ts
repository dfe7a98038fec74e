// GET /api/ui?lang=en|es: the app's own interface strings, from the `app:` section of the kit's locale files
// (templates/curriculum/LANG/language.yaml, read by the kit's loadCurriculum); a key a language lacks is English's.

import { Hono } from 'hono';
import { loadCurriculum } from '../../content/load.ts';
import type { Curriculum } from '../../content/types.ts';
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

/**
 * The strings of `lang` over English's, from the curriculum's language files as the kit loads them (the `app:`
 * section): every English key, in `lang` where it has it. The curriculum is read once per folder.
 */
export async function loadAppStrings(
  lang: AppLanguage,
  curriculumDir = CURRICULUM_DIR,
): Promise<Record<string, string>> {
  let loading = curricula.get(curriculumDir);
  if (!loading) {
    loading = loadCurriculum(curriculumDir);
    curricula.set(curriculumDir, loading);
    loading.catch(() => curricula.delete(curriculumDir));
  }
  const { languages } = await loading;
  return { ...languages.get('en')?.meta.app, ...languages.get(lang)?.meta.app };
}

const curricula = new Map<string, Promise<Curriculum>>();

export function uiRoutes(curriculumDir = CURRICULUM_DIR): Hono {
  return new Hono().get('/api/ui', async (c) => {
    const lang = pickAppLanguage(c.req.query('lang'));
    return c.json({ lang, strings: await loadAppStrings(lang, curriculumDir) });
  });
}
