// The app's refusals against the real server: another Host (DNS rebinding), another Origin, a POST that does not
// come from the page, paths outside the output folder (.., %2e%2e, a link leading out), and errors without stacks.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.ts';
import { rawRequest, startTestApp } from './start.ts';

describe('kit app refuses requests that are not from its own page', () => {
  it('answers its own Host, on 127.0.0.1 and localhost, and refuses any other (403)', async () => {
    const app = await startTestApp();
    const own = await rawRequest(app.port, { path: '/api/ui?lang=en', headers: { Host: `127.0.0.1:${app.port}` } });
    expect(own.status).toBe(200);
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    const local = await rawRequest(app.port, { path: '/api/ui', headers: { Host: `localhost:${app.port}` } });
    expect(local.status).toBe(200);
    for (const host of [
      `evil.example:${app.port}`,
      '127.0.0.1',
      `127.0.0.1:${app.port + 1}`,
      `attacker.localhost:${app.port}`,
    ]) {
      const refused = await rawRequest(app.port, { path: '/api/ui', headers: { Host: host } });
      expect(refused.status, host).toBe(403);
      expect(JSON.parse(refused.body).error.message).toContain(`http://127.0.0.1:${app.port}/`);
      expect(refused.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('refuses a foreign Origin on a GET and a POST (403)', async () => {
    const app = await startTestApp();
    const get = await fetch(`${app.url}api/search?q=tarrant`, { headers: { Origin: 'http://evil.example' } });
    expect(get.status).toBe(403);
    const post = await fetch(`${app.url}api/config/check`, {
      method: 'POST',
      headers: { Origin: `http://127.0.0.1:${app.port + 1}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ config: { region: 'tx' } }),
    });
    expect(post.status).toBe(403);
    expect(JSON.parse(await post.text()).error.message).toContain('other web sites');
  });

  it('refuses a POST with neither Origin nor Sec-Fetch-Site: same-origin, and takes one with either', async () => {
    const app = await startTestApp();
    const body = JSON.stringify({ config: { region: 'tx/tarrant-county' } });
    const headers = { 'Content-Type': 'application/json' };
    expect((await fetch(`${app.url}api/config/check`, { method: 'POST', body, headers })).status).toBe(403);
    const crossSite = { ...headers, 'Sec-Fetch-Site': 'cross-site' };
    expect((await fetch(`${app.url}api/config/check`, { method: 'POST', body, headers: crossSite })).status).toBe(403);
    const sameOrigin = { ...headers, 'Sec-Fetch-Site': 'same-origin' };
    expect((await fetch(`${app.url}api/config/check`, { method: 'POST', body, headers: sameOrigin })).status).toBe(200);
    expect((await app.post('/api/config/check', { config: { region: 'tx/tarrant-county' } })).status).toBe(200);
  });
});

describe('kit app serves nothing outside its output folder', () => {
  it('refuses .., encoded %2e%2e, backslashes and NUL in a path (403)', async () => {
    const app = await startTestApp();
    mkdirSync(path.join(app.outDir, 'tx-x'), { recursive: true });
    writeFileSync(path.join(app.outDir, 'tx-x', 'a.txt'), 'inside');
    writeFileSync(path.join(path.dirname(app.outDir), 'secret.txt'), 'SECRET-BYTES');
    const host = { Host: `127.0.0.1:${app.port}` };
    const inside = await rawRequest(app.port, { path: '/files/tx-x/a.txt', headers: host });
    expect(inside.status).toBe(200);
    expect(inside.body).toBe('inside');
    for (const asked of [
      '/files/tx-x/../../secret.txt',
      '/files/../secret.txt',
      '/files/tx-x/%2e%2e/%2e%2e/secret.txt',
      '/files/%2E%2E/secret.txt',
      '/files/tx-x/..%2f..%2fsecret.txt',
      '/files/tx-x/..%5c..%5csecret.txt',
      '/files/tx-x/a.txt%00.pdf',
      '/files/%2Fetc%2Fpasswd',
      '/zip/..',
      '/app/%2e%2e/secret.txt',
    ]) {
      const refused = await rawRequest(app.port, { path: asked, headers: host });
      expect(refused.status, asked).toBe(403);
      expect(refused.body, asked).not.toContain('SECRET-BYTES');
    }
  });

  it('refuses a link inside the output folder that leads out of it (403)', async () => {
    const app = await startTestApp();
    const outside = tempDir('kit-outside-');
    writeFileSync(path.join(outside, 'passwords.txt'), 'SECRET-BYTES');
    mkdirSync(path.join(app.outDir, 'tx-x'), { recursive: true });
    symlinkSync(path.join(outside, 'passwords.txt'), path.join(app.outDir, 'tx-x', 'notes.txt'));
    symlinkSync(outside, path.join(app.outDir, 'linked'));
    for (const asked of ['/files/tx-x/notes.txt', '/files/linked/passwords.txt']) {
      const refused = await app.call(asked);
      expect(refused.status, asked).toBe(403);
      expect(await refused.text()).not.toContain('SECRET-BYTES');
    }
  });

  it('sends a file of a build folder as a download, and HTML other than the deck site and index.html too', async () => {
    const app = await startTestApp();
    mkdirSync(path.join(app.outDir, 'tx-x', 'deck-en', 'dist'), { recursive: true });
    writeFileSync(path.join(app.outDir, 'tx-x', 'page.html'), '<script>alert(1)</script>');
    writeFileSync(path.join(app.outDir, 'tx-x', 'index.html'), '<p>index</p>');
    writeFileSync(path.join(app.outDir, 'tx-x', 'deck-en', 'dist', 'index.html'), '<p>deck</p>');
    const page = await app.call('/files/tx-x/page.html');
    expect(page.headers.get('content-disposition')).toMatch(/^attachment; filename="page.html"/);
    expect(page.headers.get('content-security-policy')).toContain('sandbox');
    const index = await app.call('/files/tx-x/index.html');
    expect(index.headers.get('content-disposition')).toBeNull();
    expect(index.headers.get('content-security-policy')).toContain("script-src 'none'");
    const deck = await app.call('/files/tx-x/deck-en/dist/index.html');
    expect(deck.headers.get('content-disposition')).toBeNull();
    expect(deck.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(deck.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('kit app page and errors', () => {
  it('serves its page in the chosen language under a strict policy, and Vue from node_modules', async () => {
    const app = await startTestApp();
    const page = await app.call('/?lang=es');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="es">');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/https?:/);
    expect(await (await app.call('/app/js/main.js')).text()).toBe('export const page = 1;\n');
    const vue = await app.call('/vendor/vue.js');
    expect(vue.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await vue.text()).toContain('createApp');
    expect((await app.call('/?lang=xx')).status).toBe(400);
    // The page's TypeScript, bundled on first request with its Vue import pointing at /vendor/vue.js.
    writeFileSync(
      path.join(app.webDir, 'main.ts'),
      "import { createApp } from 'vue';\nexport const made: number = createApp ? 1 : 0;\n",
    );
    const script = await app.call('/app/main.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toMatch(/from ["']\/vendor\/vue\.js["']/);
  });

  it('answers an unknown route with a JSON 404 and never sends a stack trace', async () => {
    const app = await startTestApp();
    const missing = await app.call('/api/nothing');
    expect(missing.status).toBe(404);
    const notJson = await app.call('/api/config/check', {
      method: 'POST',
      body: '{not json',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(notJson.status).toBe(400);
    const text = await notJson.text();
    expect(JSON.parse(text)).toEqual({ error: { message: 'The request is not JSON: send { "config": { ... } }.' } });
    expect(text).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
