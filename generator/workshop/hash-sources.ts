// Hashes of what a build reads, for the reuse key (reuse.ts): one file, a folder's files, and the kit's own code
// and assets, so that a build made by other code, templates or dependencies is never served as current.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../kit-folder.ts';
import { KIT_ROOT } from '../paths.ts';

/**
 * The folders and files of the kit (relative to its root) whose change can change what a build writes: the code,
 * the deck's hand-written parts, the templates and curriculum, the package (version, dependency ranges) and the
 * TypeScript settings tsx compiles with. The ICE lists, places.csv and the config are keyed by the build itself.
 */
export const KIT_SOURCE_FOLDERS = ['generator', 'slides', 'templates'] as const;
export const KIT_SOURCE_FILES = ['package.json', 'tsconfig.json'] as const;

// The dependencies as installed: npm's record of node_modules (every package's version and integrity, the fonts' among
// them), else the lock file when another tool installed them.
const INSTALLED_DEPENDENCIES = ['node_modules/.package-lock.json', 'package-lock.json'] as const;

/** sha256 (hex) of the file's bytes, or null when it cannot be read. */
export async function hashFile(file: string): Promise<string | null> {
  try {
    return sha256(await readFile(file));
  } catch {
    return null;
  }
}

/** `[relative path, sha256]` of every file under `dir` (links not followed), sorted by path (forward slashes). */
export async function hashTree(dir: string): Promise<[string, string][]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
  const hashed = await Promise.all(
    files.map(
      async (file) => [path.relative(dir, file).split(path.sep).join('/'), (await hashFile(file))!] as [string, string],
    ),
  );
  return hashed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * sha256 (hex) over the kit at `root`: every file of KIT_SOURCE_FOLDERS with its path, KIT_SOURCE_FILES, the
 * installed dependencies' record, and Node's version (its zlib compresses the PDFs, its ICU sorts and formats).
 * 20 to 50 ms for the kit's 1.3 MB of sources on a busy 2-core machine (100 ms with cold disk caches), hence
 * hashKitSourcesOnce.
 */
export async function hashKitSources(root: string): Promise<string> {
  const folders = await Promise.all(
    KIT_SOURCE_FOLDERS.map(async (folder) => [folder, await hashTree(path.join(root, folder))] as const),
  );
  const files = await Promise.all(
    KIT_SOURCE_FILES.map(async (file) => [file, await hashFile(path.join(root, file))] as const),
  );
  let dependencies: string | null = null;
  for (const file of INSTALLED_DEPENDENCIES) dependencies ??= await hashFile(path.join(root, file));
  return sha256(JSON.stringify({ folders, files, dependencies, node: process.version }));
}

let kitSources: Promise<string> | undefined;

/**
 * hashKitSources of this kit, computed once per process (and per batch worker): the code a process runs is loaded
 * once, and a batch of hundreds of regions would otherwise hash the same sources for each. A template edited while a
 * process runs is therefore seen by the next process, not by the running one.
 */
export function hashKitSourcesOnce(): Promise<string> {
  kitSources ??= hashKitSources(KIT_ROOT);
  return kitSources;
}
