// The page's script for the browser: main.ts and its modules bundled by esbuild into one ES module whose `vue`
// imports point at /vendor/vue.js (Vue's full browser build, served by the app from node_modules). Run by the
// app's server, in Node, when /app/main.js is first asked for; the page's own files never run in Node.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The folder of the page's files (index.html, style.css, main.ts). */
export const WEB_DIR = path.dirname(fileURLToPath(import.meta.url));

/** The URL the page imports Vue from. */
export const VUE_URL = '/vendor/vue.js';

/**
 * Bundles `webDir`/main.ts for the browser (ES2020 module, Vue left as an import of VUE_URL) and returns its text.
 * Throws esbuild's error (with file and line) when the page's TypeScript does not compile.
 */
export async function bundlePage(webDir: string = WEB_DIR): Promise<string> {
  const result = await build({
    entryPoints: [path.join(webDir, 'main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    alias: { vue: VUE_URL },
    external: [VUE_URL],
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote no bundle for the app page');
  return output.text;
}
