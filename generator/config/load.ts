// Reads a workshop config file (YAML) and reports every problem in it at once.

import { parse, YAMLParseError } from 'yaml';
import { KitError, type Problem } from '../errors.ts';
import { readInputText } from '../read-input.ts';
import type { ResolvedWorkshopConfig } from './types.ts';
import { validateConfig } from './validate.ts';
import { formatCountNoun } from '../plural.ts';

/**
 * A workshop config file read and checked: the config with defaults and every problem in it (none when it is
 * valid). Throws a KitError when the file cannot be read or is not YAML, since nothing else can be checked then.
 */
export async function readConfig(file: string): Promise<{ config: ResolvedWorkshopConfig; problems: Problem[] }> {
  const text = await readInputText(file, { hint: 'Check the path, or write an example with `kit init`.' });
  return validateConfig(parseConfigText(text, file), file);
}

/**
 * A config's YAML text parsed as written (the object validateConfig checks); `file` names it in the message.
 * Throws a KitError (bad-input) naming the line when the text is not YAML.
 */
export function parseConfigText(text: string, file: string): unknown {
  try {
    return parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new KitError('bad-input', `${file}${line ? `:${line}` : ''}: this is not valid YAML (${reason}).`, {
      hint: 'Check the indentation and put text containing ":" or "#" in quotes.',
      cause: error,
    });
  }
}

/** The hint every report of a config's problems ends with. */
export const CONFIG_HINT = 'Fix the fields named above; `kit init` writes a commented example.';

/** A workshop config file read and checked (readConfig); throws every problem in it at once as one KitError. */
export async function loadConfig(file: string): Promise<ResolvedWorkshopConfig> {
  const { config, problems } = await readConfig(file);
  if (problems.length > 0) {
    throw new KitError(
      'bad-input',
      `${file}: the workshop config has ${formatCountNoun(problems.length, 'problem')}.`,
      {
        problems,
        hint: CONFIG_HINT,
      },
    );
  }
  return config;
}
