// @ts-check
// The kit's compiled JavaScript (dist/, made by compile.mjs at install and by `npm run build`): where it is, and
// whether it was built from the sources as they are now, so that `kit` starts without compiling TypeScript yet never
// runs stale code. The tests do not use it: they run the sources.

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The kit's root folder (the one holding package.json). */
export const KIT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The compiled files' folder: git-ignored, apart from the kit's outputs. */
export const COMPILED_DIR = 'dist';
/** The record of what the compiled files were built from: `{ sources: sha256 hex }`. */
export const COMPILED_MANIFEST = 'manifest.json';
/** The compiled CLI (exports run and processIO) and batch worker (exports startWorker), in COMPILED_DIR. */
export const COMPILED_CLI = 'kit.js';
export const COMPILED_WORKER = 'worker.js';

/**
 * sha256 (hex) over every file under `root`/generator (paths and bytes, sorted by path): what the bundle is built from.
 * About 10-30 ms for the kit's sources.
 * @param {string} root
 * @returns {Promise<string>}
 */
export async function hashCompiledSources(root) {
  const dir = path.join(root, 'generator');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  const contents = await Promise.all(files.map((file) => readFile(path.join(dir, file))));
  const hash = createHash('sha256');
  files.forEach((file, index) => {
    const bytes = /** @type {Buffer} */ (contents[index]);
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  });
  return hash.digest('hex');
}

/**
 * The folder of the compiled kit under `root` when it exists and was built from the current sources, else null (no
 * build, a build of other sources, an unreadable manifest): the caller then runs the TypeScript sources.
 * @param {string} [root]
 * @returns {Promise<string | null>}
 */
export async function findFreshCompiled(root = KIT_ROOT) {
  const dir = path.join(root, COMPILED_DIR);
  let recorded;
  try {
    recorded = JSON.parse(await readFile(path.join(dir, COMPILED_MANIFEST), 'utf8')).sources;
  } catch {
    return null;
  }
  return recorded === (await hashCompiledSources(root)) ? dir : null;
}
