// Writes a workshop config (as written: the object validateConfig checks) as the YAML file `kit build --config`
// reads back to the same config.

import { stringify } from 'yaml';

const HEADER =
  '# A workshop config for the 287(g) Workshop Kit, saved by `kit app`.\n' +
  '# Build it with: npx kit build --config workshop.yaml, or load it in `kit app`.\n';

/** The YAML text of `config` (an object), with a header saying how to use it; strings that look like numbers, dates
 * or times stay strings. */
export function writeConfigYaml(config: Record<string, unknown>): string {
  return HEADER + stringify(config, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
}
