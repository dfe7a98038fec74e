// @ts-check
// The kit's compiled JavaScript (dist/<hash of the sources>/, made by compile.mjs): where the build of the sources as
// they are now is, so that `kit` starts without compiling TypeScript yet never runs stale code: an edited source has
// another hash, hence no build until one is made. The tests do not use it: they run the sources.

import { createHash } from 'node:crypto';
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The kit's root folder (the one holding package.json). */
export const KIT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The compiled builds' folder (relative to the kit's root): git-ignored, apart from the kit's outputs. */
export const COMPILED_DIR = 'dist';
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
 * The folder, under `root`/dist, of the build of the sources whose hashCompiledSources is `sources`.
 * @param {string} root
 * @param {string} sources
 */
export function locateCompiled(root, sources) {
  return path.join(root, COMPILED_DIR, sources.slice(0, 20));
}

/**
 * The folder of the compiled kit built from the current sources under `root` (with `sources`, their hash), or null
 * when there is none: the caller then compiles (compile.mjs) or runs the TypeScript sources.
 * @param {string} [root]
 * @returns {Promise<{ dir: string | null, sources: string }>}
 */
export async function findFreshCompiled(root = KIT_ROOT) {
  const sources = await hashCompiledSources(root);
  const dir = locateCompiled(root, sources);
  try {
    await access(path.join(dir, COMPILED_CLI));
    return { dir, sources };
  } catch {
    return { dir: null, sources };
  }
}
