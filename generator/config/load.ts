// Reads a workshop config file (YAML) and reports every problem in it at once.

import { parse, YAMLParseError } from 'yaml';
import { KitError } from '../errors.ts';
import { readInputText } from '../read-input.ts';
import type { ResolvedWorkshopConfig } from './types.ts';
import { validateConfig } from './validate.ts';
import { formatCountNoun } from '../plural.ts';

export async function loadConfig(file: string): Promise<ResolvedWorkshopConfig> {
  const text = await readInputText(file, { hint: 'Check the path, or write an example with `kit init`.' });
  let parsed: unknown;
  try {
    parsed = parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new KitError('bad-input', `${file}${line ? `:${line}` : ''}: this is not valid YAML (${reason}).`, {
      hint: 'Check the indentation and put text containing ":" or "#" in quotes.',
      cause: error,
    });
  }
  const { config, problems } = validateConfig(parsed, file);
  if (problems.length > 0) {
    throw new KitError(
      'bad-input',
      `${file}: the workshop config has ${formatCountNoun(problems.length, 'problem')}.`,
      {
        problems,
        hint: 'Fix the fields named above; `kit init` writes a commented example.',
      },
    );
  }
  return config;
}
