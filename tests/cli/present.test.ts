// kit present as a trainer runs it: the real `kit` binary, stopped as a terminal or a process manager
// stops it, leaves nothing listening; --static serves an unchanged bilingual kit as it is.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../../generator/paths.ts';
import { runKit, tempDir } from '../helpers.ts';

const BIN = path.join(KIT_ROOT, 'generator', 'cli', 'kit.mjs');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const listening = (port: number) => new Promise<boolean>((resolve) => {
  const socket = net.connect(port, '127.0.0.1');
  socket.once('connect', () => { socket.destroy(); resolve(true); });
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
  const child = spawn(process.execPath, [BIN, ...argv], { cwd: KIT_ROOT, env: { ...process.env, KIT_TODAY: '2026-11-28' }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Nothing answers on `port` and it can be listened on again. */
async function expectPortFree(port: number): Promise<void> {
  await waitFor(async () => !(await listening(port)), 10, `port ${port} to close`);
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

describe('kit present', () => {
  it('stops the Slidev server it started when the kit is stopped with SIGTERM, leaving the port free', async () => {
    const out = path.join(tempDir(), 'kit');
    const port = await freePort();
    const kit = startKit(['present', '--region', 'tx/harris-county', '--out', out, '--port', String(port)]);
    try {
      await waitFor(() => listening(port), 150, `Slidev on port ${port}`);
      expect(kit.output()).toMatch(/Starting Slidev for Harris County/);
      kit.child.kill('SIGTERM');
      await Promise.race([kit.exited, new Promise((_, reject) => setTimeout(() => reject(new Error('kit present did not exit')), 20_000))]);
      await expectPortFree(port);
    } finally {
      if (kit.child.exitCode === null) kit.child.kill('SIGKILL');
    }
    expect(existsSync(path.join(out, 'deck-en', 'slides.md'))).toBe(true);
  }, 240_000);

  it('--static reuses an unchanged bilingual build, keeps both languages, and stops on SIGINT', async () => {
    const dir = tempDir();
    const config = path.join(dir, 'workshop.yaml');
    writeFileSync(config, 'region: tx/harris-county\nlanguages: [en, es]\n');
    const out = path.join(dir, 'kit');
    const built = await runKit(['build', '--config', config, '--skip-pdf', '--out', out]);
    expect(built.code, built.stderr).toBe(0);
    const port = await freePort();
    const kit = startKit(['present', '--static', '--config', config, '--lang', 'es', '--out', out, '--port', String(port)]);
    try {
      await waitFor(() => /is at http/.test(kit.output()), 120, 'the static server');
      expect(kit.output()).toMatch(/Unchanged since the last build: presenting from/);
      expect(kit.output()).not.toMatch(/Rendering/);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      for (const file of ['handout-en.pdf', 'handout-es.pdf', 'deck-en/dist/index.html', 'deck-es/dist/index.html', 'cards-en-es.pdf']) expect(existsSync(path.join(out, file)), file).toBe(true);
      kit.child.kill('SIGINT');
      expect(await kit.exited).toBe(0);
      await expectPortFree(port);
    } finally {
      if (kit.child.exitCode === null) kit.child.kill('SIGKILL');
    }
  }, 300_000);
});
