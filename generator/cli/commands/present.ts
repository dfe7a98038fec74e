// `kit present`: builds the workshop and opens its deck for presenting, rehearsing or sharing:
// Slidev's own server (presenter view with speaker notes), or with --static the built site.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildWorkshop, findCurrentBuild, type BuildOptions, type BuildResult, type DeckStep } from '../../build/build.ts';
import { deckFolder } from '../../build/outputs.ts';
import { loadConfig } from '../../config/load.ts';
import { validateConfig } from '../../config/validate.ts';
import type { ResolvedWorkshopConfig } from '../../config/types.ts';
import { serveStatic } from '../../deck/serve.ts';
import { KitError } from '../../errors.ts';
import { DEFAULT_OUTPUT_DIR } from '../../paths.ts';
import { DATA_DIR_OPTION, dataDir, parse } from '../args.ts';
import { reportLeftInPlace, today, type CliIO } from '../io.ts';
import { printConfigNotes } from '../config-notes.ts';

const require = createRequire(import.meta.url);

const HELP = `Usage: kit present (--config FILE | --region R) [--lang L] [--static] [--port N] [--out DIR] [--force]

Builds the workshop, then serves its deck on this computer (no internet needed):
  without --static  Slidev's presenter server: the slides at http://127.0.0.1:PORT/ and the presenter
                    view with speaker notes, timer and next slide at http://127.0.0.1:PORT/#/presenter/1
  --static          the built deck (deck-LANG/dist), as any static web server would show it
--lang picks one language (default: the config's first). Stop with Ctrl+C (or SIGTERM): the server
the kit started stops with it.
The kit folder (DIR, default output/<region>/) is built for all the config's languages, or reused as it is
when nothing changed since the last kit build; presenting never removes a language from it. DIR follows
kit build's rule: new, empty, or a kit folder (files the kit did not write are never replaced or deleted).
A kit file you edited since the kit wrote it (deck-LANG/slides.md) is not replaced: the kit refuses (exit 2)
and names it; --force replaces edited kit files.
A built deck needs a web server: opening dist/index.html from the file system does not work.
`;

export async function runPresent(argv: string[], io: CliIO): Promise<number> {
  const { values } = parse(argv, { config: { type: 'string' }, region: { type: 'string' }, lang: { type: 'string' }, static: { type: 'boolean' }, port: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, ...DATA_DIR_OPTION }, 'kit present');
  if (values.help) return io.stdout(HELP), 0;
  if (Boolean(values.config) === Boolean(values.region)) throw new KitError('usage', 'kit present needs either --config FILE or --region R.');
  const config: ResolvedWorkshopConfig = values.config
    ? await loadConfig(path.resolve(io.cwd, values.config as string))
    : validateConfig({ region: values.region }, null).config;
  printConfigNotes(config, io);
  const language = (values.lang as string | undefined) ?? config.languages[0]!;
  const port = values.port ? Number(values.port) : 3030;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new KitError('usage', `--port ${values.port} is not a port number.`);

  // The kit folder keeps every language: the deck is presented from a build of the config's languages (an
  // earlier kit build is reused when nothing changed), and a build for another language is added beside them.
  const languages = config.languages.includes(language) ? config.languages : [language];
  const base: BuildOptions = {
    dataDir: dataDir(values, io), config: { ...config, languages }, outDir: values.out ? path.resolve(io.cwd, values.out as string) : undefined,
    outputRoot: DEFAULT_OUTPUT_DIR, today: today(io), builtAt: io.now().toISOString(), env: io.env, progress: (line) => io.stderr(`${line}\n`),
  };
  const needed = values.static ? ['dist', 'index.html'] : ['slides.md'];
  const steps: DeckStep[] = values.static ? ['pdf', 'site'] : ['pdf', 'site', 'markdown'];
  let result: BuildResult | null = null;
  for (const deck of steps) {
    const found = await findCurrentBuild({ ...base, deck });
    if (found && existsSync(path.join(found.outDir, deckFolder(language), ...needed))) {
      result = found;
      break;
    }
  }
  if (result) io.stderr(`Unchanged since the last build: presenting from ${path.relative(io.cwd, result.outDir) || '.'}/\n`);
  result ??= await buildWorkshop({ ...base, deck: values.static ? 'site' : 'markdown', force: Boolean(values.force) });
  reportLeftInPlace(result.leftInPlace, result.outDir, io);
  const deckDir = path.join(result.outDir, deckFolder(language));

  if (values.static) {
    const dist = path.join(deckDir, 'dist');
    if (!existsSync(path.join(dist, 'index.html'))) throw new KitError('failure', `${dist} has no built deck.`);
    const server = await serveStatic(dist, port);
    io.stdout(`The deck for ${result.region.name} (${language}) is at ${server.url}\nPresenter view: ${server.url}#/presenter/1\nStop with Ctrl+C.\n`);
    await new Promise<void>((resolve) => onStopSignal(() => resolve()));
    await server.close();
    return 0;
  }
  const bin = path.join(path.dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs');
  io.stdout(`Starting Slidev for ${result.region.name} (${language}): slides at http://127.0.0.1:${port}/, presenter view at http://127.0.0.1:${port}/#/presenter/1\n`);
  return await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [bin, 'slides.md', '--port', String(port), '--bind', '127.0.0.1'], { cwd: deckDir, stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } });
    // Stopping the kit (Ctrl+C, or a SIGTERM from a process manager) stops the server it started.
    const forget = onStopSignal((signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
    child.on('close', (code) => {
      forget();
      resolve(code === null || code === 0 || code === 130 ? 0 : 1);
    });
  });
}

/** Calls `stop` on SIGINT or SIGTERM (instead of Node's default of exiting at once); returns how to stop listening. */
function onStopSignal(stop: (signal: NodeJS.Signals) => void): () => void {
  const handler = (signal: NodeJS.Signals) => stop(signal);
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
