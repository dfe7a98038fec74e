// kit present as a trainer runs it: the real `kit` binary, stopped as a terminal or a process manager
// stops it, leaves nothing listening; by default it serves an unchanged bilingual kit as it is, and with
// --live Slidev's server, which no other web site can edit. The presenter view opens in real Chromium.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../generator/deck/slidev.ts';
import { isRecord } from '../../generator/json-value.ts';
import { KIT_ROOT } from '../../generator/paths.ts';
import { runKit, tempDir } from '../helpers.ts';
import { sendRaw } from '../deck/raw-http.ts';

const BIN = path.join(KIT_ROOT, 'generator', 'cli', 'kit.mjs');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('the server listened on no TCP port');
  return address.port;
}

/** The Markdown of slide 1 as the Slidev server at `url` serves it to the deck's page. */
async function fetchSlideContent(url: string): Promise<string> {
  const served: unknown = await (await fetch(`${url}__slidev/slides/1.json`)).json();
  if (!isRecord(served) || typeof served.content !== 'string') throw new Error(`${url}: slide 1 came without content`);
  return served.content;
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

async function waitFor(check: () => Promise<boolean> | boolean, seconds: number, what: string): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Starts `kit ARGV` as a user would; its output collected as it comes. */
function startKit(argv: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = '';
  const child = spawn(process.execPath, [BIN, ...argv], {
    cwd: KIT_ROOT,
    env: { ...process.env, KIT_TODAY: '2026-11-28' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/**
 * Stops a kit still running after a failed check: SIGTERM first, so that it stops the Slidev it started, then SIGKILL.
 */
async function stopKit(kit: ReturnType<typeof startKit>): Promise<void> {
  if (kit.child.exitCode !== null || kit.child.signalCode !== null) return;
  kit.child.kill('SIGTERM');
  await Promise.race([kit.exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (kit.child.exitCode === null && kit.child.signalCode === null) kit.child.kill('SIGKILL');
}

/** Nothing answers on `port` and it can be listened on again. */
async function expectPortFree(port: number): Promise<void> {
  await waitFor(async () => !(await listening(port)), 10, `port ${port} to close`);
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/**
 * The presenter view of the deck at `url` in Chromium: its text once slide 3's speaker notes (starting `label`) show.
 */
async function readPresenterNotes(url: string, label: string): Promise<string> {
  const browser = await chromium.launch({
    executablePath: findBrowser(process.env) ?? undefined,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}#/presenter/4`); // the first module's first slide, after its divider (3)
    await page.waitForFunction((text) => document.body.innerText.includes(text), label, { timeout: 120_000 });
    return await page.evaluate(() => document.body.innerText);
  } finally {
    await browser.close();
  }
}

/** Slide numbers the audience view shows after the presenter view, in the same browser, moves three slides on. */
async function followPresenter(url: string): Promise<string> {
  const browser = await chromium.launch({
    executablePath: findBrowser(process.env) ?? undefined,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext();
    const audience = await context.newPage();
    await audience.goto(`${url}#/1`);
    await audience.locator('.slidev-page-1').waitFor({ timeout: 120_000 });
    const presenter = await context.newPage();
    await presenter.goto(`${url}#/presenter/1`);
    await presenter.waitForSelector('text=/1 \\/ \\d+/', { timeout: 120_000 });
    await presenter.waitForTimeout(1000);
    // One slide a press, each awaited on the presenter's own counter: under load a press sent before the last one
    // landed could be lost, leaving the audience short of slide 4.
    for (let slide = 2; slide <= 4; slide++) {
      await presenter.keyboard.press('ArrowRight');
      await presenter.waitForSelector(`text=/\\b${slide} \\/ \\d+/`, { timeout: 20_000 }).catch(() => undefined);
    }
    await audience.waitForURL(/#\/4/, { timeout: 20_000 }).catch(() => undefined);
    return new URL(audience.url()).hash;
  } finally {
    await browser.close();
  }
}

/** The port Slidev's dev server listens on: the --port of the kit's Slidev child process, read from Linux's /proc. */
function findSlidevPort(kitPid: number): number {
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    // stat: "pid (command) state ppid ..."; the command may hold spaces, so the fields after its ')' are counted.
    const parent = Number(read(`/proc/${pid}/stat`).split(') ')[1]?.split(' ')[1]);
    if (parent !== kitPid) continue;
    const args = read(`/proc/${pid}/cmdline`).split('\0');
    const at = args.indexOf('--port');
    if (args.some((arg) => arg.endsWith('slidev.mjs')) && at > 0) return Number(args[at + 1]);
  }
  throw new Error(`no Slidev child of process ${kitPid}`);
}

/** A web page of another site trying to change slide 1, as a browser would send it (text/plain needs no preflight). */
const postFromElsewhere = (url: string) =>
  fetch(`${url}__slidev/slides/1.json`, {
    method: 'POST',
    headers: { origin: 'http://evil.example', 'content-type': 'text/plain;charset=UTF-8' },
    body: JSON.stringify({ content: '# Hacked <img src=x onerror=alert(1)>', note: 'hacked' }),
  });

describe('kit present', () => {
  it(
    '--live: Slidev behind the guard; a cross-origin POST changes neither slides.md nor the served slide; ' +
      'SIGTERM frees the port',
    async () => {
      const out = path.join(tempDir(), 'kit');
      const port = await freePort();
      const kit = startKit(['present', '--live', '--region', 'tx/harris-county', '--out', out, '--port', String(port)]);
      try {
        await waitFor(
          () => /live deck for Harris County, Texas \(en\) is at http:\/\/127\.0\.0\.1:\d+\//.test(kit.output()),
          180,
          `Slidev behind port ${port}`,
        );
        const url = `http://127.0.0.1:${port}/`;
        const slides = path.join(out, 'deck-en', 'slides.md');
        const before = readFileSync(slides, 'utf8');
        const served = await fetchSlideContent(url);
        expect(served.length).toBeGreaterThan(0);

        expect((await postFromElsewhere(url)).status).toBe(405);
        expect(
          (
            await fetch(`${url}__mcp`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: '{"jsonrpc":"2.0","id":1,"method":"tools/list"}',
            })
          ).status,
        ).toBe(405);
        expect(
          (await fetch(`${url}__slidev/slides/1.json`, { headers: { origin: 'http://evil.example' } })).status,
        ).toBe(403);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        expect(readFileSync(slides, 'utf8')).toBe(before);
        expect(await fetchSlideContent(url)).toBe(served);
        expect(before).toMatch(/^editor: false$/m);
        expect(before).toMatch(/^mcp: false$/m);

        // Slidev's own port (which a web page could find by scanning) answers only the guard: the edit a tester sent
        // there directly, a read, a forged secret and a WebSocket from another site are all refused.
        const hidden = findSlidevPort(kit.child.pid!);
        expect(hidden).not.toBe(port);
        const direct = (head: string, body = '') => sendRaw(hidden, `${head}\r\nhost: localhost:${hidden}`, body);
        const edit = '{"content":"# PWNED","note":"x"}';
        expect(
          (
            await direct(
              'POST /__slidev/slides/1.json HTTP/1.1\r\norigin: http://evil.example\r\ncontent-type: text/plain',
              edit,
            )
          ).status,
        ).toBe(403);
        expect(
          (
            await direct(
              'POST /__slidev/slides/1.json HTTP/1.1\r\ncontent-type: text/plain\r\nx-kit-guard-token: guessed',
              edit,
            )
          ).status,
        ).toBe(403);
        expect(
          (await direct('POST /@server-reactive/nav HTTP/1.1\r\ncontent-type: text/plain', '{"data":{"page":2}}'))
            .status,
        ).toBe(403);
        expect((await direct('GET /__slidev/slides/1.json HTTP/1.1')).status).toBe(403);
        expect((await direct('GET / HTTP/1.1')).status).toBe(403);
        const socket = await direct(
          `GET /?token=x HTTP/1.1\r\norigin: http://evil.example\r\nsec-websocket-protocol: vite-hmr\r\nupgrade: websocket\r\nconnection: Upgrade\r\nsec-websocket-version: 13\r\nsec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==`,
        );
        expect(socket.status).not.toBe(101);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        expect(readFileSync(slides, 'utf8')).toBe(before);
        expect(await fetchSlideContent(url)).toBe(served);
        // A URL that is not a path gets the guard's 400, not Vite's 404.
        expect((await sendRaw(port, `GET /% HTTP/1.1\r\nhost: 127.0.0.1:${port}`)).status).toBe(400);
        expect((await sendRaw(port, `GET /%E0%A4%A HTTP/1.1\r\nhost: 127.0.0.1:${port}`)).status).toBe(400);

        expect(await readPresenterNotes(url, 'Say:')).toMatch(
          /Say: 287\(g\) is a section of the Immigration and Nationality Act/,
        );
        // The presenter's position still reaches Slidev through the guard (a POST from the deck's own page).
        // Any move past slide 1 shows the position got through; under a loaded suite the audience can trail by a slide.
        expect(await followPresenter(url)).toMatch(/^#\/[2-4]\b/);
        expect(kit.output()).not.toMatch(/localhost:\d+/);
        kit.child.kill('SIGTERM');
        const code = await Promise.race([
          kit.exited,
          new Promise((_, reject) => setTimeout(() => reject(new Error('kit present did not exit')), 20_000)),
        ]);
        // The kit stopped Slidev itself: no "stopped on its own", and a clean exit.
        expect(kit.output()).not.toMatch(/on its own/);
        expect(code).toBe(0);
        await expectPortFree(port);
        await expectPortFree(hidden);
      } finally {
        await stopKit(kit);
      }
    },
    400_000,
  );

  it(
    'serves the built deck by default: reuses an unchanged bilingual build, refuses edits, shows the ' +
      'notes, stops on SIGINT',
    async () => {
      const dir = tempDir();
      const config = path.join(dir, 'workshop.yaml');
      writeFileSync(config, 'region: tx/harris-county\nlanguages: [en, es]\n');
      const out = path.join(dir, 'kit');
      const built = await runKit(['build', '--config', config, '--skip-pdf', '--out', out]);
      expect(built.code, built.stderr).toBe(0);
      const port = await freePort();
      const kit = startKit(['present', '--config', config, '--lang', 'es', '--out', out, '--port', String(port)]);
      try {
        await waitFor(() => /is at http/.test(kit.output()), 120, 'the static server');
        expect(kit.output()).toMatch(/Unchanged since the last build: presenting from/);
        expect(kit.output()).not.toMatch(/Rendering/);
        const page = await fetch(`http://127.0.0.1:${port}/`);
        expect(page.status).toBe(200);
        const index = readFileSync(path.join(out, 'deck-es', 'dist', 'index.html'), 'utf8');
        expect((await postFromElsewhere(`http://127.0.0.1:${port}/`)).status).toBe(405);
        expect(readFileSync(path.join(out, 'deck-es', 'dist', 'index.html'), 'utf8')).toBe(index);
        expect(await readPresenterNotes(`http://127.0.0.1:${port}/`, 'Diga:')).toMatch(/Diga: 287\(g\) es una sección/);
        for (const file of [
          'handout-en.pdf',
          'handout-es.pdf',
          'deck-en/dist/index.html',
          'deck-es/dist/index.html',
          'cards-en-es.pdf',
        ])
          expect(existsSync(path.join(out, file)), file).toBe(true);
        kit.child.kill('SIGINT');
        expect(await kit.exited).toBe(0);
        await expectPortFree(port);
      } finally {
        await stopKit(kit);
      }
    },
    400_000,
  );
});
