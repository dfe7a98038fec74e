// `kit init [FILE] [--region R]`: writes the commented example workshop config for a trainer to fill in, for region R
// when given (found as kit build finds it).

import { lstat, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KitError } from '../../errors.ts';
import { TEMPLATES_DIR } from '../../paths.ts';
import { replaceFile } from '../../replace-file.ts';
import { loadRegionData } from '../../regions/load.ts';
import { pickRegion } from '../../regions/pick.ts';
import type { Region } from '../../regions/catalog.ts';
import { DATA_DIR_OPTION, dataDir, parse } from '../args.ts';
import type { CliIO } from '../io.ts';

const HELP = `Usage: kit init [FILE] [--region R] [--force] [--data-dir DIR]

Writes a commented example workshop config to FILE (default: workshop.yaml), then edit it and run
kit build --config FILE. --force replaces an existing file.
  --region R   write the config for region R (a region id or name; kit regions QUERY finds one)
The example's organization, names, 555 numbers and example.org addresses are placeholders: put in your own.
Until you do, kit build lists each one under "Before the workshop".
`;

// The example's region line; a test checks that the template still has it.
const REGION_LINE = /^region: .*$/m;

/** The example config with its region line set to `region` (the id, quoted for YAML, and its name as a comment). */
export function setConfigRegion(example: string, region: Pick<Region, 'id' | 'name'>): string {
  if (!REGION_LINE.test(example)) throw new Error('templates/workshop.example.yaml has no "region:" line to set.');
  return example.replace(REGION_LINE, () => `region: ${JSON.stringify(region.id)}   # ${region.name}`);
}

export async function runInit(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { force: { type: 'boolean' }, region: { type: 'string' }, ...DATA_DIR_OPTION },
    'kit init',
  );
  if (values.help) return (io.stdout(HELP), 0);
  const target = path.resolve(io.cwd, positionals[0] ?? 'workshop.yaml');
  const found = await lstat(target).catch(() => null);
  // A link (even one to nothing) is never written through: its target may be anyone's file.
  if (found?.isSymbolicLink())
    throw new KitError('bad-input', `${target} is a link; the kit never writes through links.`, {
      hint: 'Choose another name, or remove the link first.',
    });
  if (found && !values.force)
    throw new KitError('bad-input', `${target} already exists.`, {
      hint: 'Choose another name, or add --force to replace it.',
    });
  if (found?.isDirectory())
    throw new KitError('bad-input', `${target} is a folder.`, {
      hint: 'Give the name of the config file to write, e.g. kit init workshop.yaml.',
    });
  let example = await readFile(path.join(TEMPLATES_DIR, 'workshop.example.yaml'));
  if (values.region !== undefined) {
    // The same lookup kit build makes: an unknown or ambiguous region is refused here, with its suggestions.
    const { catalog } = await loadRegionData(dataDir(values, io));
    const region = pickRegion(catalog, values.region, undefined, '--region');
    example = Buffer.from(setConfigRegion(example.toString('utf8'), region), 'utf8');
  }
  // A new file is created exclusively ('wx'); --force replaces the old one by renaming a complete new one over it.
  if (found) await replaceFile(target, example);
  else await writeFile(target, example, { flag: 'wx' });
  io.stdout(
    `Wrote ${path.relative(io.cwd, target) || target}. Edit it, then run: npx kit build ` +
      `--config ${path.relative(io.cwd, target)}\n`,
  );
  return 0;
}
