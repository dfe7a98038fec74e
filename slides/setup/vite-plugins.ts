// Keeps Slidev's own port for the kit's guard alone while `kit present --live` runs. The kit starts Slidev with a
// random secret in KIT_GUARD_TOKEN, and its guard (generator/deck/guard.ts) adds that secret to every request and
// WebSocket upgrade it passes on; anything else reaching Slidev's port (a web page that found the port) is refused.
// Without KIT_GUARD_TOKEN (a trainer running `npx slidev` in this folder, or `slidev build`) it does nothing.
// With KIT_DECK_PRINT=1 (set by `kit build` for `slidev build` only) the built site keeps Slidev's print view
// (#/print), which the kit prints deck.pdf from (generator/deck/export.ts); Slidev builds it only for a deck with
// a download button, which this deck does not show.

import { timingSafeEqual } from 'node:crypto';

const HEADER = 'x-kit-guard-token';
// The only POSTs Slidev may take: the presenter's slide position (see NAV_SYNC in generator/deck/live.ts).
const NAV_SYNC = ['/@server-reactive/nav', '/@server-ref/nav'];

interface Request { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }
interface Response { statusCode: number; setHeader(name: string, value: string): void; end(text: string): void }
interface Socket { destroy(): void }
interface Server {
  middlewares: { use(handler: (request: Request, response: Response, next: () => void) => void): void };
  httpServer: { prependListener(event: 'upgrade', listener: (request: Request, socket: Socket) => void): void } | null;
}

/** Whether `request` carries the guard's secret `token`. */
function fromGuard(request: Request, token: Buffer): boolean {
  const sent = request.headers[HEADER];
  const given = Buffer.from(typeof sent === 'string' ? sent : '');
  return given.length === token.length && timingSafeEqual(given, token);
}

export default function setupKitPlugins() {
  return [setupKitGuard(), setupKitPrint()];
}

function setupKitPrint() {
  if (process.env.KIT_DECK_PRINT !== '1') return { name: 'kit-print-off' };
  // After Slidev's own config hook, which sets the flag from the deck's `download` (false).
  return {
    name: 'kit-print',
    enforce: 'post' as const,
    config: () => ({ define: { __SLIDEV_FEATURE_PRINT__: 'true' } }),
  };
}

function setupKitGuard() {
  const secret = process.env.KIT_GUARD_TOKEN;
  if (!secret) return { name: 'kit-guard-off' };
  const token = Buffer.from(secret);
  return {
    name: 'kit-guard',
    enforce: 'pre' as const,
    // Before Slidev's own middleware (its loader, also 'pre', saves POSTed slides): hooks ordered 'pre' run first.
    configureServer: { order: 'pre' as const, handler(server: Server) {
      server.httpServer?.prependListener('upgrade', (request, socket) => {
        if (!fromGuard(request, token)) socket.destroy();
      });
      server.middlewares.use((request, response, next) => {
        const reading = request.method === 'GET' || request.method === 'HEAD';
        const syncing = request.method === 'POST' && NAV_SYNC.includes((request.url ?? '').split('?')[0]!);
        if (fromGuard(request, token) && (reading || syncing)) return next();
        response.statusCode = 403;
        response.setHeader('content-type', 'text/plain; charset=utf-8');
        response.end('Refused: this deck is served only through the kit (kit present --live).\n');
      });
    } },
  };
}
