// A small static file server for a built deck (deck-LANG/dist): a built Slidev deck needs http, it does
// not run from file://. Listens on 127.0.0.1 only, answers only GET and HEAD from its own address
// (guard.ts), and a request it cannot make sense of gets a 400 while the server stays up.

import { createReadStream } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { contentTypeOf } from '../content-type.ts';
import { checkDeckRequest } from './guard.ts';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The path of a request's URL decoded ('/deck/a b.png'), or null when it is not a URL path (`/%`, `/%E0%A4%A`). */
function decodePath(url: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return null;
  }
}

/**
 * The file to answer `asked` (an absolute path under the root) with: itself, or a folder's index.html; null unless
 * that is a regular file (not a link) whose real path lies inside `realBase`, so that a link planted in the deck
 * folder (pw.txt -> /etc/passwd) or a linked folder leading out of it is never followed.
 */
async function findServedFile(realBase: string, asked: string): Promise<string | null> {
  const inside = async (candidate: string) => {
    const info = await lstat(candidate).catch(() => null);
    if (!info) return null;
    const real = await realpath(candidate).catch(() => null);
    if (real === null || (real !== realBase && !real.startsWith(realBase + path.sep))) return null;
    return info;
  };
  const info = await inside(asked);
  if (info?.isDirectory()) {
    const index = path.join(asked, 'index.html');
    return (await inside(index))?.isFile() ? index : null;
  }
  return info?.isFile() ? asked : null;
}

/**
 * Serves the files under `root` on http://127.0.0.1:`port`/ (0: any free port); a folder's index.html for the
 * folder. Rejects when the port cannot be listened on.
 */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = path.resolve(root);
  const realBase = await realpath(base);
  let ownPort = port;
  const answer = (response: ServerResponse, status: number, message: string) => {
    if (!response.headersSent)
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${message}\n`);
    else response.destroy();
  };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const refusal = checkDeckRequest(request, ownPort);
    if (refusal) return answer(response, refusal.status, refusal.message);
    const pathname = decodePath(request.url);
    if (pathname === null || pathname.includes('\0'))
      return answer(response, 400, 'bad request: the address is not a path.');
    const asked = path.resolve(base, `.${pathname}`);
    if (asked !== base && !asked.startsWith(base + path.sep)) return answer(response, 403, 'forbidden');
    const file = await findServedFile(realBase, asked);
    if (!file) return answer(response, 404, 'not found');
    response.writeHead(200, {
      'content-type': contentTypeOf(file),
      'cache-control': 'no-cache',
    });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  };
  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => answer(response, 500, 'the file could not be read.'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  ownPort = typeof address === 'object' && address ? address.port : port;
  return { url: `http://127.0.0.1:${ownPort}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
