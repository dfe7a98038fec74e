// Where the kit's own folders are, wherever it is run from.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const KIT_ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
export const TEMPLATES_DIR = path.join(KIT_ROOT, 'templates');
export const DEFAULT_DATA_DIR = path.join(KIT_ROOT, 'data');
export const DEFAULT_OUTPUT_DIR = path.join(KIT_ROOT, 'output');

export const KIT_VERSION: string = (
  JSON.parse(readFileSync(path.join(KIT_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
export const CURRICULUM_DIR = path.join(TEMPLATES_DIR, 'curriculum');
