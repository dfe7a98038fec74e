// `kit init [FILE]`: writes the commented example workshop config for a trainer to fill in.

import { lstat, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KitError } from '../../errors.ts';
import { TEMPLATES_DIR } from '../../paths.ts';
import { replaceFile } from '../../replace-file.ts';
import { parse } from '../args.ts';
import type { CliIO } from '../io.ts';

const HELP = `Usage: kit init [FILE] [--force]

Writes a commented example workshop config to FILE (default: workshop.yaml), then edit it and run
kit build --config FILE. --force replaces an existing file.
`;

export async function runInit(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv, { force: { type: 'boolean' } }, 'kit init');
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
  const example = await readFile(path.join(TEMPLATES_DIR, 'workshop.example.yaml'));
  // A new file is created exclusively ('wx'); --force replaces the old one by renaming a complete new one over it.
  if (found) await replaceFile(target, example);
  else await writeFile(target, example, { flag: 'wx' });
  io.stdout(
    `Wrote ${path.relative(io.cwd, target) || target}. Edit it, then run: npx kit build ` +
      `--config ${path.relative(io.cwd, target)}\n`,
  );
  return 0;
}
