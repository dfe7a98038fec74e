// The config `kit init --region R` writes: the commented example, with its `region:` line naming the trainer's
// region. The example is edited as text, line for line, so that every comment in it stays where it is.

import { KitError } from '../errors.ts';

// The example's one top-level `region:` line (the custom_region example below it is commented out).
const REGION_LINE = /^region:[^\n]*$/gm;

// An id as the catalog writes them (tx, tx/harris-county, tx/agency/keller-police-department): plain YAML.
const PLAIN_ID = /^[a-z0-9][a-z0-9/-]*$/;

/**
 * `example` (the text of templates/workshop.example.yaml) with its `region:` line set to `region.id`, followed by
 * the region's name as a comment (`region: tx/harris-county  # Harris County, Texas`). An id that is not plain
 * YAML is written quoted. Throws a failure (not the user's mistake) when the example has no top-level `region:`
 * line, or more than one.
 */
export function setExampleRegion(example: string, region: { id: string; name: string }): string {
  const lines = example.match(REGION_LINE) ?? [];
  if (lines.length !== 1)
    throw new KitError(
      'failure',
      `the example config has ${lines.length} top-level region: lines; kit init --region needs exactly one.`,
      { hint: 'Restore templates/workshop.example.yaml from the kit.' },
    );
  const value = PLAIN_ID.test(region.id) ? region.id : JSON.stringify(region.id);
  // A comment runs to the end of its line: a name never carries a line break into the YAML.
  const name = region.name.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').trim();
  return example.replace(REGION_LINE, () => `region: ${value}${name ? `  # ${name}` : ''}`);
}
