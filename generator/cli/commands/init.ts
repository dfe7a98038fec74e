// `kit init [FILE]`: writes the commented example workshop config for a trainer to fill in.

import { copyFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { KitError } from '../../errors.ts';
import { TEMPLATES_DIR } from '../../paths.ts';
import { parse } from '../args.ts';
import type { CliIO } from '../io.ts';

const HELP = `Usage: kit init [FILE] [--force]

Writes a commented example workshop config to FILE (default: workshop.yaml), then edit it and run
kit build --config FILE. --force replaces an existing file.
`;

export async function runInit(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv, { force: { type: 'boolean' } }, 'kit init');
  if (values.help) return io.stdout(HELP), 0;
  const target = path.resolve(io.cwd, positionals[0] ?? 'workshop.yaml');
  const exists = await stat(target).then(() => true, () => false);
  if (exists && !values.force) throw new KitError('bad-input', `${target} already exists.`, { hint: 'Choose another name, or add --force to replace it.' });
  await copyFile(path.join(TEMPLATES_DIR, 'workshop.example.yaml'), target);
  io.stdout(`Wrote ${path.relative(io.cwd, target) || target}. Edit it, then run: npx kit build --config ${path.relative(io.cwd, target)}\n`);
  return 0;
}
