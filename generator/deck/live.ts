// `kit present --live`: Slidev's own dev server (it renders slides.md as it changes on disk), reachable only through
// the guard proxy (guard.ts) on 127.0.0.1:PORT. The deck's headmatter turns Slidev's editor and MCP endpoint off, but
// Slidev still saves any POST to /__slidev/slides/N.json, so the proxy is what keeps other web pages from editing the
// deck. Slidev listens on a free port of its own that is never shown, and refuses there whatever lacks the guard's
// secret (slides/setup/vite-plugins.ts), so that a page finding that port gets nothing.

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { KitError } from '../errors.ts';
import { KIT_ROOT } from '../paths.ts';
import { listeningPort, startGuardProxy } from './guard.ts';

const require = createRequire(import.meta.url);

// Where Slidev's pages post which slide the presenter is on, so that every open view follows (only the deck's own
// pages may; the state lives in Slidev's memory). Everything else Slidev takes by POST (slide edits, MCP) is refused.
const NAV_SYNC = ['/@server-reactive/nav', '/@server-ref/nav'];

// The secret the guard adds to every request it passes on; the deck's setup/vite-plugins.ts (from slides/setup/)
// refuses any request to Slidev's port without it, so that only the guard reaches Slidev.
const GUARD_TOKEN_ENV = 'KIT_GUARD_TOKEN';
const GUARD_TOKEN_HEADER = 'x-kit-guard-token';

// Slidev listens on "localhost" unless --remote (which would open it to the network) is given; --bind is ignored
// without it.
const SLIDEV_HOST = 'localhost';

export interface LiveDeck {
  url: string; // the proxy's, http://127.0.0.1:PORT/
  /** Settles with Slidev's exit code (0 when it was stopped). */
  exited: Promise<number>;
  /** Stops Slidev with `signal` and the proxy; resolves when both are gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

async function findFreePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
  const port = listeningPort(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, SLIDEV_HOST);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/**
 * Refuses a deck folder where Slidev would write through a link: Slidev creates node_modules/.slidev (its import
 * modules) and .slidev (snapshots) in the deck folder, following links, and the kit never writes through one.
 */
async function refuseLinks(deckDir: string): Promise<void> {
  for (const name of ['', 'node_modules', path.join('node_modules', '.slidev'), '.slidev']) {
    const where = path.join(deckDir, name);
    if ((await lstat(where).catch(() => null))?.isSymbolicLink()) {
      throw new KitError(
        'bad-input',
        `${where} is a link; Slidev writes its working files there, and the kit never writes through links.`,
        { hint: 'Remove the link (or build into a new folder with --out), then present again.' },
      );
    }
  }
}

// The plugin that keeps Slidev's port for the guard; a deck must carry it exactly as the kit ships it.
const GUARD_PLUGIN = path.join('setup', 'vite-plugins.ts');

/**
 * Refuses a deck folder whose setup/vite-plugins.ts is missing, a link or not the kit's (an older or edited deck):
 * without it Slidev's own port would take edits from any web page that finds it.
 */
async function refuseUnguarded(deckDir: string): Promise<void> {
  const where = path.join(deckDir, GUARD_PLUGIN);
  const info = await lstat(where).catch(() => null);
  const same =
    info?.isFile() && (await readFile(where)).equals(await readFile(path.join(KIT_ROOT, 'slides', GUARD_PLUGIN)));
  if (!same) {
    throw new KitError(
      'bad-input',
      `${where} is ${info ? 'not the one the kit writes' : 'missing'}; ` +
        "without it Slidev's own port would accept slide edits from any web page.",
      { hint: 'Build the deck again with kit build (add --force if you edited that file), then present again.' },
    );
  }
}

/**
 * Starts Slidev on `deckDir`/slides.md and the guard proxy on 127.0.0.1:`port` (0: any free port); resolves once
 * Slidev answers. Throws a KitError ('failure') with Slidev's last lines when it exits first or takes over
 * `timeoutSeconds`, a KitError ('bad-input') when the deck folder holds a link where Slidev writes or lacks the
 * kit's setup/vite-plugins.ts, and lets the
 * proxy's listen error through (port in use).
 */
export async function startLiveDeck(deckDir: string, port: number, timeoutSeconds = 120): Promise<LiveDeck> {
  await refuseLinks(deckDir);
  await refuseUnguarded(deckDir);
  const slidevPort = await findFreePort();
  const token = randomBytes(32).toString('hex');
  const guard = await startGuardProxy(port, SLIDEV_HOST, slidevPort, NAV_SYNC, { [GUARD_TOKEN_HEADER]: token });
  const bin = path.join(path.dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs');
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [bin, 'slides.md', '--port', String(slidevPort)], {
    cwd: deckDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', NO_COLOR: '1', [GUARD_TOKEN_ENV]: token },
  });
  // Slidev's own lines name its port; only its errors are kept, for a failure's message.
  child.stdout!.on('data', (chunk: Buffer) => void output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => void output.push(chunk.toString()));
  // Stopped by the kit (stop()), by a signal, or by Ctrl+C in its terminal (130) counts as stopped: 0.
  let stopping = false;
  const exited = new Promise<number>((resolve) =>
    child.on('close', (code) => resolve(stopping || code === null || code === 0 || code === 130 ? 0 : code)),
  );
  let gone = false;
  void exited.then(() => (gone = true));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    stopping = true;
    if (!gone) child.kill(signal);
    await exited;
    await guard.close();
  };
  const until = Date.now() + timeoutSeconds * 1000;
  while (!(await answers(slidevPort))) {
    if (gone || Date.now() > until) {
      await stop();
      const tail = output.join('').split('\n').filter(Boolean).slice(-15).join('\n');
      throw new KitError(
        'failure',
        `Slidev did not start in ${deckDir}${gone ? '' : ` within ${timeoutSeconds} s`}:\n${tail}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url: guard.url, exited, stop };
}
