// The static deck server against hostile requests: malformed and huge URLs, writes, other sites and other
// host names; after each it still serves the deck.

import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../generator/deck/serve.ts';
import { tempDir } from '../helpers.ts';
import { sendRaw } from './raw-http.ts';

let server: StaticServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function serveDeck(): Promise<{ dir: string; port: number }> {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>deck</title>slide one');
  writeFileSync(path.join(dir, 'assets', 'a b.css'), 'body{}');
  server = await serveStatic(dir, 0);
  return { dir, port: Number(new URL(server.url).port) };
}

const get = (port: number, target: string, host = `127.0.0.1:${port}`) =>
  sendRaw(port, `GET ${target} HTTP/1.1\r\nhost: ${host}`);

describe('serveStatic', () => {
  it('answers malformed and very long URLs with an error and keeps serving', async () => {
    const { port } = await serveDeck();
    expect((await get(port, '/%')).status).toBe(400);
    expect((await get(port, '/%E0%A4%A')).status).toBe(400);
    expect((await get(port, '/%00/index.html')).status).toBe(400);
    const long = await get(port, `/${'a'.repeat(70_000)}`);
    expect(long.status === 431 || long.status === 400 || long.status === 414, `status ${long.status}`).toBe(true);
    const good = await get(port, '/');
    expect(good.status).toBe(200);
    expect(good.text).toContain('slide one');
    expect((await get(port, '/assets/a%20b.css')).status).toBe(200);
    expect((await get(port, '/../../etc/passwd')).status).not.toBe(200);
  });

  it('refuses a cross-origin POST and other writes, leaving the files as they were', async () => {
    const { dir, port } = await serveDeck();
    const post = await sendRaw(
      port,
      `POST /index.html HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\norigin: http://evil.example\r\ncontent-type: text/plain`,
      '{"content":"hacked"}',
    );
    expect(post.status).toBe(405);
    for (const method of ['PUT', 'DELETE', 'PATCH'])
      expect((await sendRaw(port, `${method} /index.html HTTP/1.1\r\nhost: 127.0.0.1:${port}`, 'x')).status).toBe(405);
    const fetched = await fetch(`http://127.0.0.1:${port}/index.html`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'text/plain' },
      body: 'hacked',
    });
    expect(fetched.status).toBe(405);
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe('<!doctype html><title>deck</title>slide one');
    expect((await get(port, '/')).text).toContain('slide one');
  });

  it('answers only its own address: another Host (DNS rebinding) or a page of another site is refused', async () => {
    const { port } = await serveDeck();
    expect((await get(port, '/', `evil.example:${port}`)).status).toBe(403);
    expect((await get(port, '/', '127.0.0.1:1')).status).toBe(403);
    expect(
      (await sendRaw(port, `GET / HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\norigin: http://evil.example`)).status,
    ).toBe(403);
    expect(
      (await sendRaw(port, `GET / HTTP/1.1\r\nhost: localhost:${port}\r\norigin: http://localhost:${port}`)).status,
    ).toBe(200);
    expect((await sendRaw(port, `HEAD / HTTP/1.1\r\nhost: 127.0.0.1:${port}`)).status).toBe(200);
  });

  it('serves only regular files in its folder: a planted link (to a file or folder outside) gets a 404', async () => {
    const { dir, port } = await serveDeck();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'secret.txt'), 'not for the deck');
    mkdirSync(path.join(outside, 'folder'));
    writeFileSync(path.join(outside, 'folder', 'index.html'), 'outside index');
    symlinkSync('/etc/passwd', path.join(dir, 'pw.txt'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'secret.txt'));
    symlinkSync(path.join(outside, 'folder'), path.join(dir, 'away'));
    symlinkSync(path.join(dir, 'index.html'), path.join(dir, 'inside.html'));
    for (const target of ['/pw.txt', '/secret.txt', '/away/', '/away/index.html', '/inside.html']) {
      const answer = await get(port, target);
      expect(answer.status, target).toBe(404);
      expect(answer.text, target).not.toMatch(/root:|not for the deck|outside index/);
    }
    expect((await get(port, '/assets/a%20b.css')).status).toBe(200);
    expect((await get(port, '/')).text).toContain('slide one');
  });
});
