// What a presented deck answers: reading only (plus, for the live deck, the presenter's slide position posted by
// the deck's own pages), and only at this computer's own address. Slidev's dev server saves slide edits from any
// POST (any web page open in the browser could send one) and answers any Host (DNS rebinding); the kit puts these
// checks in front of it, and the static server uses them too.

import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { createServer, type Server } from 'node:http';
import net from 'node:net';

/** Whether `url` (a request's target) is a path whose escapes decode (not `/%` or `/%E0%A4%A`). */
function isUrlPath(url: string | undefined): boolean {
  try {
    decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a request to a deck served on 127.0.0.1:`port` is refused (HTTP status and a line of text), or null to answer
 * it. `postable`: paths (without query) that also take a POST, and only from a page of the deck itself (its Origin).
 */
export function checkDeckRequest(
  request: IncomingMessage,
  port: number,
  postable: readonly string[] = [],
): { status: number; message: string } | null {
  const own = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const host = request.headers.host?.toLowerCase();
  const origin = request.headers.origin?.toLowerCase();
  const fromOwnPage = origin !== undefined && origin.startsWith('http://') && own.has(origin.slice('http://'.length));
  const reading = request.method === 'GET' || request.method === 'HEAD';
  const syncing = request.method === 'POST' && fromOwnPage && postable.includes((request.url ?? '').split('?')[0]!);
  if (!reading && !syncing) return { status: 405, message: 'This deck is read-only: only GET and HEAD are answered.' };
  if (!host || !own.has(host))
    return { status: 403, message: `Only http://127.0.0.1:${port}/ is served here (Host: ${host ?? 'none'}).` };
  if (origin !== undefined && !fromOwnPage)
    return { status: 403, message: 'Requests from other web sites are refused.' };
  if (!isUrlPath(request.url)) return { status: 400, message: 'bad request: the address is not a path.' };
  return null;
}

export interface GuardProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * The request's headers for the server behind: its own Host and Origin, so that it sees a local request, and
 * `added` (the secret that tells the server behind the request came through the guard; it replaces any such header
 * the client sent).
 */
function forwardedHeaders(
  request: IncomingMessage,
  target: string,
  added: Readonly<Record<string, string>>,
): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = { ...request.headers, ...added, host: target };
  if (headers.origin !== undefined) headers.origin = `http://${target}`;
  return headers;
}

/**
 * Listens on 127.0.0.1:`port` (0: any free port) and passes the requests checkDeckRequest allows (with
 * `postable`), WebSocket upgrades included, to the server at `targetHost`:`targetPort` with the headers `added`
 * (lower-case names); refuses the others with their status. Rejects when the port cannot be listened on.
 */
export async function startGuardProxy(
  port: number,
  targetHost: string,
  targetPort: number,
  postable: readonly string[] = [],
  added: Readonly<Record<string, string>> = {},
): Promise<GuardProxy> {
  const target = `${targetHost}:${targetPort}`;
  let ownPort = port;
  const server: Server = createServer((request, response) => {
    const refusal = checkDeckRequest(request, ownPort, postable);
    if (refusal) {
      response.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${refusal.message}\n`);
      request.resume();
      return;
    }
    const upstream = httpRequest(
      {
        host: targetHost,
        port: targetPort,
        method: request.method,
        path: request.url,
        headers: forwardedHeaders(request, target, added),
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent)
        response
          .writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
          .end('Slidev is not answering (yet).\n');
      else response.destroy();
    });
    request.pipe(upstream);
  });
  server.on('upgrade', (request: IncomingMessage, socket: net.Socket, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const refusal = checkDeckRequest(request, ownPort);
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal.status} Refused\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
      return;
    }
    const upstream = net.connect(targetPort, targetHost, () => {
      const headers = forwardedHeaders(request, target, added);
      const lines = Object.entries(headers).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value]).map((one) => `${name}: ${String(one)}`),
      );
      upstream.write(`${request.method} ${request.url} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  ownPort = listeningPort(server);
  return {
    url: `http://127.0.0.1:${ownPort}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The TCP port a listening server took (a server on a pipe or not listening has none: a bug, thrown). */
export function listeningPort(server: net.Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error(`listeningPort: not on a TCP port (${address})`);
  return address.port;
}
