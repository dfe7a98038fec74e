// The guard proxy in front of a server that records every request it receives: reads from the deck's own
// address pass (WebSocket upgrades too); writes, other sites and other host names never reach it.

import { createServer, type IncomingMessage, type Server } from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listeningPort, startGuardProxy, type GuardProxy } from '../../generator/deck/guard.ts';
import { sendRaw } from './raw-http.ts';

const open: { close(): unknown }[] = [];
/** The headers of a WebSocket upgrade request, after the request line and host. */
const UPGRADE_HEADERS =
  'upgrade: websocket\r\nconnection: Upgrade\r\n' +
  'sec-websocket-version: 13\r\nsec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==';
afterEach(async () => {
  for (const thing of open.splice(0)) await thing.close();
});

/** A server behind the proxy: answers 'behind METHOD URL' and upgrades every WebSocket request. */
async function startBehind(): Promise<{ port: number; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server: Server = createServer((request, response) => {
    seen.push(request);
    response.end(`behind ${request.method} ${request.url}`);
  });
  server.on('upgrade', (request: IncomingMessage, socket: net.Socket) => {
    seen.push(request);
    socket.end('HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: upgrade\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  open.push({ close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))) });
  return { port: listeningPort(server), seen };
}

async function startPair(
  postable: string[] = [],
  added: Record<string, string> = {},
): Promise<{ proxy: GuardProxy; port: number; behind: { port: number; seen: IncomingMessage[] } }> {
  const behind = await startBehind();
  const proxy = await startGuardProxy(0, '127.0.0.1', behind.port, postable, added);
  open.push(proxy);
  return { proxy, port: Number(new URL(proxy.url).port), behind };
}

describe('startGuardProxy', () => {
  it('passes GET from its own address to the server behind, which sees its own Host', async () => {
    const { proxy, behind } = await startPair();
    const page = await fetch(`${proxy.url}__slidev/slides/1.json`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('behind GET /__slidev/slides/1.json');
    expect(behind.seen[0]!.headers.host).toBe(`127.0.0.1:${behind.port}`);
  });

  it('refuses a cross-origin text/plain POST and every other write before it reaches the server behind', async () => {
    const { proxy, port, behind } = await startPair();
    const post = await fetch(`${proxy.url}__slidev/slides/1.json`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'text/plain' },
      body: '{"content":"# hacked"}',
    });
    expect(post.status).toBe(405);
    const sameOrigin = await fetch(`${proxy.url}__slidev/slides/1.json`, {
      method: 'POST',
      headers: { origin: proxy.url.slice(0, -1), 'content-type': 'text/plain' },
      body: '{"content":"# hacked"}',
    });
    expect(sameOrigin.status).toBe(405);
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS'])
      expect((await sendRaw(port, `${method} /__mcp HTTP/1.1\r\nhost: 127.0.0.1:${port}`, '{}')).status).toBe(405);
    expect(behind.seen).toEqual([]);
  });

  it('refuses another Host (DNS rebinding) and a page of another site, for pages and WebSockets alike', async () => {
    const { port, behind } = await startPair();
    expect((await sendRaw(port, `GET / HTTP/1.1\r\nhost: evil.example:${port}`)).status).toBe(403);
    expect(
      (await sendRaw(port, `GET / HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\norigin: http://evil.example`)).status,
    ).toBe(403);
    expect((await sendRaw(port, `GET / HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\norigin: null`)).status).toBe(403);
    const upgrade = (host: string, origin: string) =>
      sendRaw(port, `GET /?token=x HTTP/1.1\r\nhost: ${host}\r\norigin: ${origin}\r\n${UPGRADE_HEADERS}`);
    expect((await upgrade(`127.0.0.1:${port}`, 'http://evil.example')).status).toBe(403);
    expect((await upgrade(`evil.example:${port}`, `http://evil.example:${port}`)).status).toBe(403);
    expect(behind.seen).toEqual([]);
    expect((await upgrade(`127.0.0.1:${port}`, `http://127.0.0.1:${port}`)).status).toBe(101);
    expect(behind.seen.map((request) => [request.headers.host, request.headers.origin])).toEqual([
      [`127.0.0.1:${behind.port}`, `http://127.0.0.1:${behind.port}`],
    ]);
  });

  it('passes a POST to a postable path only from a page of its own address', async () => {
    const { proxy, behind } = await startPair(['/@server-reactive/nav']);
    const own = proxy.url.slice(0, -1);
    const post = (target: string, headers: Record<string, string>) =>
      fetch(`${proxy.url}${target}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', ...headers },
        body: '{"data":{"page":2}}',
      });
    expect((await post('@server-reactive/nav', { origin: 'http://evil.example' })).status).toBe(405);
    expect((await post('@server-reactive/nav', {})).status).toBe(405);
    expect((await post('@server-reactive/nav', { origin: own.replace('http:', 'https:') })).status).toBe(405);
    expect((await post('__slidev/slides/1.json', { origin: own })).status).toBe(405);
    expect((await post('@server-reactive/nav/../../__slidev/slides/1.json', { origin: own })).status).toBe(405);
    expect(behind.seen).toEqual([]);
    const allowed = await post('@server-reactive/nav', { origin: own });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toBe('behind POST /@server-reactive/nav');
  });

  it("adds its secret header to every request and WebSocket upgrade it passes on, replacing a client's", async () => {
    const { proxy, port, behind } = await startPair(['/@server-reactive/nav'], { 'x-kit-guard-token': 'secret-1' });
    expect((await fetch(`${proxy.url}a`, { headers: { 'x-kit-guard-token': 'forged' } })).status).toBe(200);
    expect(
      (
        await fetch(`${proxy.url}@server-reactive/nav`, {
          method: 'POST',
          headers: { origin: proxy.url.slice(0, -1) },
          body: '{}',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await sendRaw(
          port,
          `GET /?token=x HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\nx-kit-guard-token: forged\r\n${UPGRADE_HEADERS}`,
        )
      ).status,
    ).toBe(101);
    expect(behind.seen.map((request) => [request.method, request.headers['x-kit-guard-token']])).toEqual([
      ['GET', 'secret-1'],
      ['POST', 'secret-1'],
      ['GET', 'secret-1'],
    ]);
  });

  it('answers a malformed URL with 400 itself, for pages and WebSockets, and keeps serving', async () => {
    const { port, behind } = await startPair();
    for (const target of ['/%', '/%E0%A4%A', '/a/%zz']) {
      expect((await sendRaw(port, `GET ${target} HTTP/1.1\r\nhost: 127.0.0.1:${port}`)).status, target).toBe(400);
      expect(
        (await sendRaw(port, `GET ${target} HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n${UPGRADE_HEADERS}`)).status,
        target,
      ).toBe(400);
    }
    expect(behind.seen).toEqual([]);
    expect((await sendRaw(port, `GET /a%20b HTTP/1.1\r\nhost: 127.0.0.1:${port}`)).text).toContain('behind GET /a%20b');
  });
});
