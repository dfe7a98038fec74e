// Whether the kit can write into a folder at all (it, or the folder it would be made in, exists as a folder
// and takes new files), checked before any rendering; and the file system's errors while writing, told as
// the user's folder problem they are (exit 2) instead of a failure of the kit.

import { constants } from 'node:fs';
import { access, lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { isSystemError, KitError } from './errors.ts';

/** What each file system error means for the folder the kit writes into. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied (the folder or a file in it is locked)',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'not a folder (a file is where a folder should be)',
  EEXIST: 'not a folder (a file or link is where a folder should be)',
  ELOOP: 'too many links in the way',
  ENAMETOOLONG: 'the name is too long',
};

/** "choose another folder for --out", or "with --out DIR" when `option` is a description (the user gave no flag). */
export function chooseOtherFolder(option: string): string {
  return option.startsWith('--') ? `choose another folder for ${option}` : 'choose another folder with --out DIR';
}

/** The same as a sentence: "Choose another folder for --out." */
export function describeOtherFolder(option: string): string {
  const text = chooseOtherFolder(option);
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/**
 * A KitError (exit 2) "cannot write to DIR: REASON" for a file system error that is the folder's, not the
 * kit's (no permission, read-only or full disk, a file or link in a folder's place); null for any other error.
 */
export function describeWriteError(error: unknown, dir: string, option: string): KitError | null {
  if (!isSystemError(error)) return null;
  const { code, path: where } = error;
  const reason = code ? REASONS[code] : undefined;
  if (!reason) return null;
  const detail = where && path.resolve(where) !== dir ? ` (at ${where})` : '';
  return new KitError(
    'bad-input',
    `${option} ${dir}: cannot write to this folder: ${reason}${detail}. The kit wrote nothing there.`,
    {
      hint: (
        `${describeOtherFolder(option)} ` +
        `${code === 'ENOSPC' || code === 'EDQUOT' ? 'Or free some space and run the command again.' : ''}`
      ).trim(),
      cause: error,
    },
  );
}

/**
 * Checks that `dir` (absolute) is a folder the kit can write into, or could be made: a dangling link, a file
 * in its place or in a parent's, or a folder without write permission throws a KitError (exit 2) naming it.
 */
export async function checkFolderWritable(dir: string, option: string): Promise<void> {
  const link = await lstat(dir).catch(() => null);
  if (link?.isSymbolicLink() && !(await stat(dir).catch(() => null))) {
    throw new KitError(
      'bad-input',
      `${option} ${dir}: cannot write to this folder: it is a link to a folder that does not exist.`,
      {
        hint: `Make the folder the link points to, or ${chooseOtherFolder(option)}.`,
      },
    );
  }
  // The folder itself, or the nearest of its parents that exists, must be a folder that takes new files.
  let existing = dir;
  for (;;) {
    const info = await stat(existing).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' || error.code === 'ENOTDIR' ? null : error,
    );
    if (info instanceof Error) throw describeWriteError(info, dir, option) ?? info;
    if (info && !info.isDirectory()) {
      if (existing === dir) return; // a file given as the folder: inspectOutputFolder says so
      throw new KitError(
        'bad-input',
        `${option} ${dir}: cannot write to this folder: ${existing} is a file, not a folder.`,
        { hint: describeOtherFolder(option) },
      );
    }
    if (info) break;
    const parent = path.dirname(existing);
    if (parent === existing) return;
    existing = parent;
  }
  try {
    await access(existing, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw describeWriteError(error, dir, option) ?? error;
  }
}
