// What a command may touch of the outside world, passed in so tests can run commands in-process.

import path from 'node:path';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  now(): Date;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
  };
}

/** Today's date (ISO); KIT_TODAY overrides it so that tests and reproducible builds can fix the clock. */
export function today(io: CliIO): string {
  const fixed = io.env.KIT_TODAY;
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : io.now().toISOString().slice(0, 10);
}

/**
 * A path as the user should read it: relative to the working folder when it is inside it ('.' for the folder
 * itself), else absolute, so that `--out /tmp/kit` is not shown as `../../tmp/kit`.
 */
export function showPath(io: CliIO, target: string): string {
  const relative = path.relative(io.cwd, target);
  if (relative === '') return '.';
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return outside ? path.resolve(target) : relative;
}

/** Tells the user which files of theirs the kit found in its folder and left as they were (up to 10 named). */
export function reportLeftInPlace(files: string[], dir: string, io: CliIO): void {
  if (files.length === 0) return;
  const shown = files
    .slice(0, 10)
    .map((file) => `  ${file}`)
    .join('\n');
  const more = files.length > 10 ? `\n  ... and ${files.length - 10} more` : '';
  io.stderr(`Left in place (not written by the kit, untouched) ` + `in ${showPath(io, dir)}/:\n${shown}${more}\n`);
}
