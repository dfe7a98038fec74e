// Maps a request's path to a file strictly inside the app's output folder, or refuses it: the path is decoded
// once, and `..`, absolute paths, NUL, backslashes and links leading out of the folder (by real path) are refused.

import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { HttpError } from './errors.ts';

const REFUSED = "That path is outside the app's output folder.";

/**
 * The relative path a request named (`tx-tarrant-county/handout-en.pdf`), checked as text: decoded once (a
 * malformed escape is refused), no NUL, no backslash, not absolute, no `.` or `..` segment, no empty segment.
 * Throws HttpError 403.
 */
export function checkRelativePath(raw: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw new HttpError(403, REFUSED);
  }
  if (decoded === '' || decoded.includes('\0') || decoded.includes('\\') || decoded.startsWith('/'))
    throw new HttpError(403, REFUSED);
  if (path.isAbsolute(decoded) || /^[a-z]:/i.test(decoded)) throw new HttpError(403, REFUSED);
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..'))
    throw new HttpError(403, REFUSED);
  return decoded;
}

/**
 * True when a raw request path (`/files/a/%2e%2e/b`) holds a segment that is `.` or `..` once decoded, a NUL or a
 * backslash, or an escape that does not decode: such a request is refused before any route sees it (the URL parser
 * would otherwise fold `..` away and answer a different path).
 */
export function isSuspiciousPath(rawPath: string): boolean {
  return rawPath.split('/').some((segment) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return true;
    }
    return decoded === '.' || decoded === '..' || decoded.includes('\\') || decoded.includes('\0');
  });
}

/**
 * The absolute path of the regular file `raw` (a request path relative to `root`, still URL-encoded) names,
 * whose real path lies inside `root`'s real path. 403 for a refused path or a link leading out, 404 when there is
 * no such file.
 */
export async function resolveInside(root: string, raw: string): Promise<string> {
  const relative = checkRelativePath(raw);
  const realRoot = await realpath(root).catch(() => null);
  if (realRoot === null) throw new HttpError(404, 'No such file: nothing has been built yet.');
  const asked = path.join(realRoot, relative);
  const real = await realpath(asked).catch(() => null);
  if (real === null) throw new HttpError(404, `No such file: ${relative}`);
  if (!real.startsWith(realRoot + path.sep)) throw new HttpError(403, REFUSED);
  const info = await stat(real);
  if (!info.isFile()) throw new HttpError(404, `No such file: ${relative}`);
  return real;
}
