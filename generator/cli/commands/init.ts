// `kit init [FILE] [--region R]`: writes the commented example workshop config for a trainer to fill in, for the
// region R when it is given (checked against the ICE data as kit build checks it).

import { lstat, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setExampleRegion } from '../../config/init-config.ts';
import { KitError, type Problem } from '../../errors.ts';
import { TEMPLATES_DIR } from '../../paths.ts';
import { loadRegionData } from '../../regions/load.ts';
import { pickRegion } from '../../regions/pick.ts';
import { replaceFile } from '../../replace-file.ts';
import { DATA_DIR_OPTION, dataDir, parse } from '../args.ts';
import type { CliIO } from '../io.ts';
import { checkRegionFlag, throwProblems } from '../options.ts';

const HELP = `Usage: kit init [FILE] [--region R] [--data-dir DIR] [--force]

Writes a commented example workshop config to FILE (default: workshop.yaml), then edit it and run
kit build --config FILE. --region R writes it for that region (an id or a name, as kit regions QUERY
finds it; checked against the newest ICE list in --data-dir). --force replaces an existing file.
`;

export async function runInit(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { force: { type: 'boolean' }, region: { type: 'string' }, ...DATA_DIR_OPTION },
    'kit init',
  );
  if (values.help) return (io.stdout(HELP), 0);
  const problems: Problem[] = [];
  if (values.region !== undefined) checkRegionFlag(values.region, problems);
  throwProblems(problems);
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
  const template = await readFile(path.join(TEMPLATES_DIR, 'workshop.example.yaml'), 'utf8');
  // The region as kit build would pick it from the config: a name that fits several, or none, stops here (exit 2).
  const region =
    values.region === undefined ? null : pickRegion((await loadRegionData(dataDir(values, io))).catalog, values.region);
  const example = region ? setExampleRegion(template, region) : template;
  // A new file is created exclusively ('wx'); --force replaces the old one by renaming a complete new one over it.
  if (found) await replaceFile(target, example);
  else await writeFile(target, example, { flag: 'wx' });
  const forRegion = region ? ` for ${region.name} (${region.id})` : '';
  io.stdout(
    `Wrote ${path.relative(io.cwd, target) || target}${forRegion}. Edit it, then run: npx kit build ` +
      `--config ${path.relative(io.cwd, target)}\n`,
  );
  return 0;
}
