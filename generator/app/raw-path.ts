// The path of a request exactly as the client sent it (still URL-encoded, `..` not folded), so that the path
// resolver sees what was asked and decodes it once.

import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';

/** The app's Hono environment: Node's request and response beside the fetch Request. */
export type AppEnv = { Bindings: HttpBindings };

/** The request line's path without its query (`/files/a/%2e%2e/b`); the parsed URL's path when not on Node's server. */
export function rawPathOf(c: Context<AppEnv>): string {
  const raw = (c.env as Partial<HttpBindings> | undefined)?.incoming?.url;
  return (raw ?? new URL(c.req.url).pathname).split('?')[0]!;
}

/** The rest of the raw path after `prefix` ('/app/'), or null when it does not start so. */
export function rawPathAfter(c: Context<AppEnv>, prefix: string): string | null {
  const raw = rawPathOf(c);
  return raw.startsWith(prefix) ? raw.slice(prefix.length) : null;
}
