// Reads a file the user named (an ICE list, a config, a quiz or response file, a snapshot) and turns the
// system's error codes into messages a trainer can act on: "no such file: PATH" rather than ENOENT.

import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { errorCode, errorMessage, KitError } from './errors.ts';

/**
 * The bytes of `file` (an absolute path, or relative to the process's folder). `shown` is the path as the user
 * wrote it, for messages (default: `file`). Throws KitError: 'not-found' "no such file: PATH" when it does not
 * exist, 'bad-input' when it is a folder or may not be read; `hint` is added to those messages.
 */
export async function readInputFile(file: string, options: { shown?: string; hint?: string } = {}): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw describeReadError(error, options.shown ?? file, options.hint);
  }
}

/** readInputFile decoded as UTF-8 text. */
export async function readInputText(file: string, options: { shown?: string; hint?: string } = {}): Promise<string> {
  return (await readInputFile(file, options)).toString('utf8');
}

/** A KitError for a failed read of `shown`, from the system error `error` (kept as its cause). */
export function describeReadError(error: unknown, shown: string, hint?: string): KitError {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new KitError('not-found', `no such file: ${shown}`, {
      hint: hint ?? 'Check the path and its spelling.',
      cause: error,
    });
  }
  if (code === 'EISDIR')
    return new KitError('bad-input', `${shown} is a folder, not a file.`, {
      hint: hint ?? 'Give the path of the file inside it.',
      cause: error,
    });
  if (code === 'EACCES' || code === 'EPERM') {
    return new KitError('bad-input', `${shown}: permission denied.`, {
      hint: 'Check that your user may read the file.',
      cause: error,
    });
  }
  return new KitError('not-found', `${shown}: cannot read this file (${code ?? errorMessage(error)}).`, {
    hint,
    cause: error,
  });
}

/** Checks that `dir` is an existing folder; `shown` names it (e.g. the option and path) in the message. */
export function checkFolder(dir: string, shown: string, hint?: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch (error) {
    throw describeReadError(error, shown, hint);
  }
  if (!isDirectory) throw new KitError('bad-input', `${shown} is a file, not a folder.`, { hint });
}
