// Runs Slidev on a written deck to build its static site (slidev build), and finds the Chromium already on the machine
// that exports it (export.ts). The kit never downloads a browser.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { KitError } from '../errors.ts';

const require = createRequire(import.meta.url);

/** Where the kit looks for a browser, in order. */
export function browserCandidates(env: Record<string, string | undefined>): string[] {
  const candidates = [
    env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  try {
    const playwright: unknown = require('playwright-core');
    if (hasChromium(playwright)) candidates.push(playwright.chromium.executablePath());
  } catch {
    // playwright-core knows no browser of its own here
  }
  return candidates.filter((candidate): candidate is string => Boolean(candidate));
}

export function findBrowser(env: Record<string, string | undefined>): string | null {
  return browserCandidates(env).find((candidate) => existsSync(candidate)) ?? null;
}

export const NO_BROWSER_HINT =
  'No Chromium was found, so deck.pdf was not written (everything else was). ' +
  "Install Debian's chromium (apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium, then build again.";

function slidevBin(): string {
  return path.join(path.dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs');
}

async function runSlidev(args: string[], cwd: string, what: string, env: Record<string, string> = {}): Promise<void> {
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [slidevBin(), ...args], {
      cwd,
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', NO_COLOR: '1', CI: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve(status ?? 1));
  });
  if (code !== 0) {
    const tail = output.join('').split('\n').filter(Boolean).slice(-15).join('\n');
    throw new KitError('failure', `Slidev could not ${what} (exit ${code}) in ${cwd}:\n${tail}`);
  }
}

/**
 * The deck as a static site in <deck>/dist that works offline when served over http. Its print view (#/print, which
 * Slidev builds only for a deck with a download button) is kept: the kit exports deck.pdf from it (export.ts), with
 * the deck's setup/vite-plugins.ts turning it on when KIT_DECK_PRINT is 1.
 */
export function buildDeckSite(deckDir: string): Promise<void> {
  return runSlidev(['build', 'slides.md', '--base', './', '--out', 'dist'], deckDir, 'build the deck', {
    KIT_DECK_PRINT: '1',
  });
}

/** playwright-core as the kit calls it: checked, since require() gives it no type. */
function hasChromium(value: unknown): value is { chromium: { executablePath(): string } } {
  if (typeof value !== 'object' || value === null || !('chromium' in value)) return false;
  const chromium = value.chromium;
  return (
    typeof chromium === 'object' &&
    chromium !== null &&
    'executablePath' in chromium &&
    typeof chromium.executablePath === 'function'
  );
}
