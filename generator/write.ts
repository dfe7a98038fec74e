// The one place that puts build outputs on disk: everything goes into a temporary folder beside the
// target, which replaces the target only when all files are written, so a failed build leaves the
// previous output untouched. Paths come from the kit, never from data, and must stay inside.

import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KitError } from './errors.ts';

export interface OutputFile {
  path: string; // relative, with forward slashes
  bytes: Uint8Array | string;
}

/** Rejects absolute paths, `..` and anything else that could land outside the output folder. */
export function assertInside(relative: string): void {
  const normalized = path.posix.normalize(relative);
  if (relative === '' || path.posix.isAbsolute(relative) || path.win32.isAbsolute(relative) || normalized.startsWith('..') || normalized !== relative || /[\0\\]/.test(relative)) {
    throw new KitError('failure', `refusing to write outside the output folder: ${JSON.stringify(relative)}`);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `files` into a temporary folder, lets `finish` add to it (a deck's Slidev build), then puts the
 * folder in place of `outDir`. If anything fails, the previous `outDir` is left as it was.
 */
export async function writeOutputs(outDir: string, files: OutputFile[], finish?: (temporaryDir: string) => Promise<void>): Promise<void> {
  for (const file of files) assertInside(file.path);
  const target = path.resolve(outDir);
  const suffix = `${process.pid}-${Date.now().toString(36)}`;
  const temporary = `${target}.tmp-${suffix}`;
  const previous = `${target}.old-${suffix}`;
  await mkdir(path.dirname(target), { recursive: true });
  try {
    for (const file of files) {
      const destination = path.join(temporary, file.path);
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, file.bytes);
    }
    if (finish) await finish(temporary);
    const hadPrevious = await exists(target);
    if (hadPrevious) await rename(target, previous);
    await rename(temporary, target);
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    if (!(await exists(target)) && (await exists(previous))) await rename(previous, target);
    if (error instanceof KitError) throw error;
    throw new KitError('failure', `could not write the outputs to ${target}: ${(error as Error).message}`, { cause: error });
  }
}
