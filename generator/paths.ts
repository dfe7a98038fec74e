// Where the kit's own folders are, wherever it is run from.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { isRecord } from './json-value.ts';

export const KIT_ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
export const TEMPLATES_DIR = path.join(KIT_ROOT, 'templates');
export const DEFAULT_DATA_DIR = path.join(KIT_ROOT, 'data');
export const DEFAULT_OUTPUT_DIR = path.join(KIT_ROOT, 'output');

/** The kit's version, from its package.json; a package.json without one is a broken checkout. */
function readKitVersion(): string {
  const file = path.join(KIT_ROOT, 'package.json');
  const pkg: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isRecord(pkg) || typeof pkg.version !== 'string') throw new Error(`${file}: no "version" field.`);
  return pkg.version;
}

export const KIT_VERSION: string = readKitVersion();
export const CURRICULUM_DIR = path.join(TEMPLATES_DIR, 'curriculum');
