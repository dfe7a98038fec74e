// Command-line parsing on node:util's parseArgs, turning its errors into usage errors that say what to type.

import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { KitError } from '../errors.ts';
import { DEFAULT_DATA_DIR } from '../paths.ts';
import { checkFolder } from '../read-input.ts';
import type { CliIO } from './io.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;

export const DATA_DIR_OPTION = { 'data-dir': { type: 'string' } } as const satisfies Options;
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;

function parseOrExplain<const O extends Options>(argv: string[], options: O, command: string) {
  try {
    return parseArgs({ args: argv, options: { ...options, ...HELP_OPTION }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new KitError('usage', `${command}: ${message.replace(/\. To specify.*$/s, '.')}`, {
      hint: `See \`${command} --help\`.`,
    });
  }
}

/**
 * `argv` parsed against `options`; unknown options and an empty folder or file name (`--out ""`) are usage errors.
 * The values are typed from `options`: a string option gives `string | undefined`, a boolean `boolean | undefined`.
 */
export function parse<const O extends Options>(argv: string[], options: O, command: string) {
  const parsed = parseOrExplain(argv, options, command);
  const values: Record<string, unknown> = parsed.values;
  for (const name of ['out', 'data-dir', 'config', 'quiz', 'post', 'post-quiz']) {
    if (values[name] === '') {
      throw new KitError('usage', `${command}: --${name} "" names no folder or file.`, {
        hint: `Give --${name} a name, or omit the option. See \`${command} --help\`.`,
      });
    }
  }
  return parsed;
}

/**
 * The data folder: --data-dir resolved against the working folder, else the kit's own data/. A --data-dir that
 * does not exist is refused ("no such file: DIR", exit 2) unless `mayCreate` (kit data import makes it).
 */
export function dataDir(values: Record<string, unknown>, io: CliIO, options: { mayCreate?: boolean } = {}): string {
  const dir = values['data-dir'];
  if (typeof dir !== 'string') return DEFAULT_DATA_DIR;
  const resolved = path.resolve(io.cwd, dir);
  if (!options.mayCreate) {
    checkFolder(
      resolved,
      dir,
      '--data-dir names the folder that holds the imported lists; `kit data import FILE --data-dir DIR` makes one.',
    );
  }
  return resolved;
}
