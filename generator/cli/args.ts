// Command-line parsing on node:util's parseArgs, turning its errors into usage errors that say what to type.

import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { KitError } from '../errors.ts';
import { DEFAULT_DATA_DIR } from '../paths.ts';
import type { CliIO } from './io.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;

export const DATA_DIR_OPTION: Options = { 'data-dir': { type: 'string' } };
export const HELP_OPTION: Options = { help: { type: 'boolean', short: 'h' } };

export function parse(argv: string[], options: Options, command: string) {
  try {
    return parseArgs({ args: argv, options: { ...options, ...HELP_OPTION }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new KitError('usage', `${command}: ${(error as Error).message.replace(/\. To specify.*$/s, '.')}`, {
      hint: `See \`${command} --help\`.`,
    });
  }
}

export function dataDir(values: Record<string, unknown>, io: CliIO): string {
  const dir = values['data-dir'];
  return typeof dir === 'string' ? path.resolve(io.cwd, dir) : DEFAULT_DATA_DIR;
}
