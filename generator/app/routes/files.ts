// GET /files/:folder/PATH: a file of a build folder, as a download, except the deck's offline site and the folder's
// index.html, which open in the browser under their own Content-Security-Policy. GET /zip/:folder: the kit's files
// of a build folder (those its manifest lists) as one zip. Every path is resolved strictly inside the app's output
// folder (resolve-path.ts): 403 otherwise.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import { Hono, type Context } from 'hono';
import { inspectOutputFolder } from '../../kit-folder.ts';
import { contentTypeOf } from '../../content-type.ts';
import { HttpError } from '../errors.ts';
import { rawPathAfter, type AppEnv } from '../raw-path.ts';
import { checkRelativePath, resolveInside } from '../resolve-path.ts';
import { DECK_CSP, FILE_CSP } from '../safety.ts';

/** How a build folder's file is shown: the deck site and index.html in the browser, anything else downloaded. */
export function chooseDisposition(relative: string): 'deck' | 'index' | 'attachment' {
  const [folder, ...rest] = relative.split('/');
  if (rest.length === 0 && folder === 'index.html') return 'index';
  if (/^deck-[a-z]{2,3}(-[a-z0-9]+)?$/i.test(folder ?? '') && rest[0] === 'dist' && rest.length > 1) return 'deck';
  return 'attachment';
}

/** `attachment; filename="…"` with the name's non-ASCII letters kept in filename*. */
export function attachmentHeader(file: string): string {
  const name = path.basename(file);
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The index page of a build folder: its own links and styles, no scripts. */
const INDEX_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'none'";

async function sendFile(c: Context<AppEnv>, outDir: string, raw: string) {
  const file = await resolveInside(outDir, raw);
  const relative = checkRelativePath(raw).split('/').slice(1).join('/');
  const how = chooseDisposition(relative);
  c.header('Content-Type', contentTypeOf(file));
  c.header('Cache-Control', 'no-cache');
  if (how === 'deck') c.header('Content-Security-Policy', DECK_CSP);
  else if (how === 'index') c.header('Content-Security-Policy', INDEX_CSP);
  else {
    c.header('Content-Security-Policy', FILE_CSP);
    c.header('Content-Disposition', attachmentHeader(file));
  }
  return c.body(await readFile(file));
}

/** The paths (relative, forward slashes) of the kit's files in a build folder: its manifest's, with itself. */
export async function listKitFiles(folderDir: string): Promise<string[]> {
  const { manifest, owned } = await inspectOutputFolder(folderDir, { option: 'the build folder' });
  if (!manifest) throw new HttpError(404, 'That folder holds no build of the kit.');
  return [...new Set(['manifest.json', ...owned.map((entry) => entry.path)])].sort();
}

/**
 * `outDir`'s files and zips; `lastBuild(folder)` names the files of the app's last build of a folder, so that its zip
 * leaves out older files kept there (without it, or for a folder not built since the app started: the manifest's).
 */
export function fileRoutes(
  outDir: string,
  lastBuild: (folder: string) => string[] | undefined = () => undefined,
): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/files/*', (c) => sendFile(c, outDir, rawPathAfter(c, '/files/') ?? ''));
  app.get('/zip/:folder', async (c) => {
    const raw = rawPathAfter(c, '/zip/') ?? '';
    const folder = checkRelativePath(raw);
    if (folder.includes('/')) throw new HttpError(403, "That path is outside the app's output folder.");
    const files = lastBuild(folder) ?? (await listKitFiles(path.join(outDir, folder)));
    const entries: Record<string, Uint8Array> = {};
    for (const file of files) {
      const real = await resolveInside(outDir, `${raw}/${file.split('/').map(encodeURIComponent).join('/')}`).catch(
        (error: unknown) => {
          if (error instanceof HttpError && error.status === 404) return null; // listed but gone: left out
          throw error;
        },
      );
      if (real) entries[`${folder}/${file}`] = await readFile(real);
    }
    c.header('Content-Type', 'application/zip');
    c.header('Content-Disposition', attachmentHeader(`${folder}.zip`));
    return c.body(zipSync(entries, { level: 6 }));
  });
  return app;
}
