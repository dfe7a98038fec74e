// A config the page sent, checked by the CLI's rules: the resolved config, or the CLI's error with every problem.

import { CONFIG_HINT } from '../config/load.ts';
import type { ResolvedWorkshopConfig } from '../config/types.ts';
import { validateConfig } from '../config/validate.ts';
import { KitError } from '../errors.ts';
import { formatCountNoun } from '../plural.ts';

/** The file name the page's config is checked and saved under (problems name it, as the CLI names the file). */
export const CONFIG_FILE_NAME = 'workshop.yaml';

/**
 * `raw` (the object a config file holds) validated; throws the KitError `kit build --config` throws for a config
 * with problems (bad-input: 400 with each problem's field).
 */
export function checkConfigOrThrow(raw: Record<string, unknown>): ResolvedWorkshopConfig {
  const { config, problems } = validateConfig(raw, CONFIG_FILE_NAME);
  if (problems.length > 0)
    throw new KitError(
      'bad-input',
      `${CONFIG_FILE_NAME}: the workshop config has ${formatCountNoun(problems.length, 'problem')}.`,
      { problems, hint: CONFIG_HINT },
    );
  // Built from the app, a config has no file of its own: the build records no config bytes.
  return { ...config, file: null };
}
