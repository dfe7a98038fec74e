// One file written whole or not at all, never through a link: for the files the kit keeps outside an output
// folder (a data folder's snapshots, a translation lock, a new workshop config, the gazetteer cache). The bytes go
// into a fresh folder of an unpredictable name (mkdtemp) beside the file, created exclusively ('wx'), then
// rename puts the file in place: rename replaces a link at that name, it never writes into the link's target.

import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { TEMPORARY_PREFIX } from './kit-folder.ts';

/**
 * Writes `bytes` to `file` (absolute), replacing what is at that name (a link is replaced, its target left as it
 * was). The folder must exist. Throws Node's error (ENOENT, EACCES...) and then leaves nothing behind.
 */
export async function replaceFile(file: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = await mkdtemp(path.join(path.dirname(file), TEMPORARY_PREFIX));
  try {
    const staged = path.join(temporary, path.basename(file));
    await writeFile(staged, bytes, { flag: 'wx' });
    await rename(staged, file);
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** replaceFile, synchronously (for a cache written during a synchronous load). */
export function replaceFileSync(file: string, bytes: Uint8Array | string): void {
  const temporary = mkdtempSync(path.join(path.dirname(file), TEMPORARY_PREFIX));
  try {
    const staged = path.join(temporary, path.basename(file));
    writeFileSync(staged, bytes, { flag: 'wx' });
    renameSync(staged, file);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}
