// `kit app` as a trainer starts it: it prints its address on 127.0.0.1, answers there, and stops on Ctrl+C (SIGINT)
// with exit code 0; a bad --port is a usage error (exit 2); the kit's help lists it.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../../generator/paths.ts';
import { runKit, tempDir } from '../helpers.ts';

const KIT = path.join(KIT_ROOT, 'generator', 'cli', 'kit.mjs');

describe('kit app', () => {
  it('prints its address, answers there, and stops on Ctrl+C', async () => {
    const out = tempDir();
    const child = spawn(process.execPath, [KIT, 'app', '--no-open', '--out', out], {
      env: { ...process.env, KIT_RUN_SOURCES: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const address = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (text: string) => {
        stdout += text;
        const found = /^Open (http:\/\/127\.0\.0\.1:\d+\/) \(Ctrl\+C to stop\)$/m.exec(stdout);
        if (found) resolve(found[1]!);
      });
      child.on('exit', (code) => reject(new Error(`kit app exited (${code}) before printing its address: ${stdout}`)));
    });
    const ui = await fetch(`${address}api/ui?lang=es`);
    expect(ui.status).toBe(200);
    expect(JSON.parse(await ui.text()).lang).toBe('es');
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 60_000);

  it('refuses a port that is not a number (exit 2), and is in the help', async () => {
    const bad = await runKit(['app', '--port', 'eighty', '--no-open']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--port eighty: give a port number');
    const help = await runKit(['--help']);
    expect(help.stdout).toMatch(/^ {2}app {7}the kit as a web app/m);
    const own = await runKit(['app', '--help']);
    expect(own.stdout).toContain('Usage: kit app [--out DIR] [--port N] [--no-open] [--data-dir DIR]');
  });
});
