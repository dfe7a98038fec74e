// The app's page: GET / (index.html, its <html lang> set from ?lang=), GET /app/* (its styles, from
// generator/app/web/; /app/main.js is web/main.ts bundled by bundle.ts) and GET /vendor/vue.js (Vue's browser build
// from node_modules: no CDN, works offline).

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Hono } from 'hono';
import { contentTypeOf } from '../../content-type.ts';
import { rawPathAfter, type AppEnv } from '../raw-path.ts';
import { resolveInside } from '../resolve-path.ts';
import { APP_CSP } from '../safety.ts';
import { pickAppLanguage } from './ui.ts';
import { bundlePage } from '../web/bundle.ts';

/** Vue's full ES module browser build (with its template compiler) as the kit's node_modules holds it. */
export function findVueBrowserBuild(): string {
  const vuePackage = createRequire(import.meta.url).resolve('vue/package.json');
  return path.join(path.dirname(vuePackage), 'dist', 'vue.esm-browser.prod.js');
}

/** index.html with its `<html lang="…">` set to `lang`. */
export function setPageLanguage(html: string, lang: string): string {
  return html.replace(/<html(\s[^>]*)?>/i, (tag) =>
    /\slang="[^"]*"/i.test(tag)
      ? tag.replace(/\slang="[^"]*"/i, ` lang="${lang}"`)
      : tag.replace(/^<html/i, `<html lang="${lang}"`),
  );
}

export function staticRoutes(webDir: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const lang = pickAppLanguage(c.req.query('lang'));
    const html = await readFile(await resolveInside(webDir, 'index.html'), 'utf8');
    c.header('Content-Security-Policy', APP_CSP);
    c.header('Cache-Control', 'no-store');
    return c.html(setPageLanguage(html, lang));
  });
  // The page's script: web/main.ts bundled for the browser on first request (bundle.ts), then kept.
  let bundled: Promise<string> | null = null;
  app.get('/app/main.js', async (c, next) => {
    if (!existsSync(path.join(webDir, 'main.ts'))) return next();
    bundled ??= bundlePage(webDir).catch((error: unknown) => {
      bundled = null;
      throw error;
    });
    const text = await bundled;
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Content-Security-Policy', APP_CSP);
    c.header('Cache-Control', 'no-cache');
    return c.body(text);
  });
  app.get('/app/*', async (c) => {
    const file = await resolveInside(webDir, rawPathAfter(c, '/app/') ?? '');
    c.header('Content-Type', contentTypeOf(file));
    c.header('Content-Security-Policy', APP_CSP);
    c.header('Cache-Control', 'no-cache');
    return c.body(await readFile(file));
  });
  app.get('/vendor/vue.js', async (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'max-age=3600');
    return c.body(await readFile(findVueBrowserBuild()));
  });
  return app;
}
