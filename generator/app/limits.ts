// How big a request body may be, per kind of upload, and the middleware that answers 413 beyond it.

import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorBody } from './errors.ts';

const KB = 1024;
const MB = 1024 * KB;

/** Bytes: a workshop config (JSON or YAML), a results file, an ICE workbook. */
export const UPLOAD_LIMITS = { config: 256 * KB, results: 10 * MB, workbook: 20 * MB } as const;

/** 413 with a message naming the limit when the body is bigger than `bytes` (`what`: "A workshop config"). */
export function limitBody(bytes: number, what: string): MiddlewareHandler {
  return bodyLimit({
    maxSize: bytes,
    onError: (c) =>
      c.json(
        errorBody(
          `${what} may be at most ${formatBytes(bytes)}; this one is bigger.`,
          undefined,
          'Check that it is the right file.',
        ),
        413,
      ),
  });
}

/** "256 KB", "10 MB". */
export function formatBytes(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / KB)} KB`;
}
