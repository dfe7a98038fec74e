// The app's guard against other web sites and other addresses: every request must name the app's own host
// (against DNS rebinding), an Origin when sent must be the app's own, and a POST must come from the app's page
// (its Origin, or Sec-Fetch-Site: same-origin). Every answer gets nosniff. Refusals are 403 with the reason.

import type { MiddlewareHandler } from 'hono';
import { errorBody } from './errors.ts';
import { rawPathOf, type AppEnv } from './raw-path.ts';
import { isSuspiciousPath } from './resolve-path.ts';

/** The hosts the app answers to at `port`: 127.0.0.1:PORT and localhost:PORT. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Why a request must be refused, or null when it may go on. `port` is the port the app listens on; headers are
 * as the request gave them (lower-case names).
 */
export function checkRequest(
  method: string,
  headers: { host?: string; origin?: string; secFetchSite?: string },
  port: number,
): string | null {
  const hosts = allowedHosts(port);
  if (!headers.host || !hosts.includes(headers.host.toLowerCase()))
    return `This app answers only at http://127.0.0.1:${port}/ (the request named host ${JSON.stringify(headers.host ?? '')}).`;
  const origins = hosts.map((host) => `http://${host}`);
  if (headers.origin !== undefined && !origins.includes(headers.origin.toLowerCase()))
    return `Requests from other web sites are refused (origin ${JSON.stringify(headers.origin)}).`;
  const changes = method !== 'GET' && method !== 'HEAD';
  if (changes && headers.origin === undefined && headers.secFetchSite !== 'same-origin')
    return "A change must come from the app's own page (no Origin or Sec-Fetch-Site: same-origin sent).";
  return null;
}

/**
 * The middleware: 403 with the reason for a refused request (or a path with `..` in it); nosniff on every answer.
 * `port()` is read per request.
 */
export function guardRequests(port: () => number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const refused = checkRequest(
      c.req.method,
      { host: c.req.header('host'), origin: c.req.header('origin'), secFetchSite: c.req.header('sec-fetch-site') },
      port(),
    );
    const refusedPath = isSuspiciousPath(rawPathOf(c)) ? "That path is outside the app's output folder." : null;
    if (refused ?? refusedPath) {
      c.header('X-Content-Type-Options', 'nosniff');
      return c.json(errorBody((refused ?? refusedPath)!), 403);
    }
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  };
}

/** The app page's policy: its own scripts, styles and data only (Vue's template compiler needs eval). */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The built deck site's policy: its own files only, with the inline scripts and styles Slidev's build writes. */
export const DECK_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** The policy for any other file shown in the browser (a PDF, an image): nothing runs. */
export const FILE_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";
