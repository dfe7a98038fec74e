// `kit present`: builds the workshop and serves its deck for presenting, rehearsing or sharing: the built
// site (presenter view with speaker notes included), or with --live Slidev's own server behind a read-only guard.

import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  buildWorkshop,
  findCurrentBuild,
  type BuildOptions,
  type BuildResult,
  type DeckStep,
} from '../../workshop/build.ts';
import { deckFolder } from '../../workshop/render.ts';
import { startLiveDeck } from '../../deck/live.ts';
import { serveStatic } from '../../deck/serve.ts';
import { errorCode, KitError, type Problem } from '../../errors.ts';
import { DEFAULT_OUTPUT_DIR } from '../../paths.ts';
import { DATA_DIR_OPTION, parse } from '../args.ts';
import { flagProblem, resolveWorkshopOptions } from '../options.ts';
import { reportLeftInPlace, today, type CliIO, showPath } from '../io.ts';
import { printConfigNotes } from '../config-notes.ts';

const HELP = `Usage: kit present (--config FILE | --region R) [--lang L] [--live] [--port N] [--out DIR] [--force]

Builds the workshop, then serves its deck on this computer only (http://127.0.0.1:PORT/, default port 3030,
no internet needed): the slides at http://127.0.0.1:PORT/ and the presenter view with speaker notes, timer
and next slide at http://127.0.0.1:PORT/#/presenter/1.
  (default)   the built deck (deck-LANG/dist), as any static web server would show it
  --live      Slidev's own server on deck-LANG/slides.md: the slides follow edits saved to that file.
              Slidev's editor and its MCP endpoint are off, and the kit passes Slidev only reading
              requests (GET, HEAD) and the presenter's slide position, and only from http://127.0.0.1:PORT/
              itself: other web sites and other addresses cannot edit or read the deck. Slidev's own
              port (not shown) answers only the kit.
  --static    the default; accepted for older scripts.
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
  const { values } = parse(
    argv,
    {
      config: { type: 'string' },
      region: { type: 'string' },
      lang: { type: 'string' },
      static: { type: 'boolean' },
      live: { type: 'boolean' },
      port: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      ...DATA_DIR_OPTION,
    },
    'kit present',
  );
  if (values.help) return (io.stdout(HELP), 0);
  const problems: Problem[] = [];
  if (values.live && values.static)
    problems.push({ message: 'kit present takes --live or --static, not both (--static is the default).' });
  const live = Boolean(values.live);
  const port = values.port === undefined ? 3030 : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    problems.push(flagProblem('port', values.port, 'give a port number from 1 to 65535, e.g. --port 3030.'));
  const options = await resolveWorkshopOptions(values, io, { oneLanguage: true, problems });
  const { config } = options;
  printConfigNotes(config, io);
  const language = options.languages[0]!;

  // The kit folder keeps every language: the deck is presented from a build of the config's languages (an
  // earlier kit build is reused when nothing changed), and a build for another language is added beside them.
  const languages = config.languages.includes(language) ? config.languages : [language];
  const base: BuildOptions = {
    dataDir: options.dataDir,
    config: { ...config, languages },
    outDir: values.out ? path.resolve(io.cwd, values.out) : undefined,
    outputRoot: DEFAULT_OUTPUT_DIR,
    today: today(io),
    builtAt: io.now().toISOString(),
    env: io.env,
    progress: (line) => io.stderr(`${line}\n`),
  };
  const needed = live ? ['slides.md'] : ['dist', 'index.html'];
  const steps: DeckStep[] = live ? ['pdf', 'site', 'markdown'] : ['pdf', 'site'];
  let result: BuildResult | null = null;
  for (const deck of steps) {
    const found = await findCurrentBuild({ ...base, deck });
    if (found && existsSync(path.join(found.outDir, deckFolder(language), ...needed))) {
      result = found;
      break;
    }
  }
  if (result) io.stderr(`Unchanged since the last build: presenting from ${showPath(io, result.outDir)}/\n`);
  result ??= await buildWorkshop({ ...base, deck: live ? 'markdown' : 'site', force: Boolean(values.force) });
  reportLeftInPlace(result.leftInPlace, result.outDir, io);
  const deckDir = path.join(result.outDir, deckFolder(language));

  if (!live) {
    const dist = path.join(deckDir, 'dist');
    if (!existsSync(path.join(dist, 'index.html'))) throw new KitError('failure', `${dist} has no built deck.`);
    const server = await serveStatic(dist, port).catch((error: unknown) => refusePortInUse(error, port));
    io.stdout(
      `The deck for ${result.region.name} (${language}) is at ${server.url}\nPresenter ` +
        `view: ${server.url}#/presenter/1\nStop with Ctrl+C.\n`,
    );
    await new Promise<void>((resolve) => onStopSignal(() => resolve()));
    await server.close();
    return 0;
  }
  io.stderr(`Starting Slidev for ${result.region.name} (${language})...\n`);
  const deck = await startLiveDeck(deckDir, port).catch((error: unknown) => refusePortInUse(error, port));
  io.stdout(
    `The live deck for ${result.region.name} (${language}) is at ${deck.url}\nPresenter ` +
      `view: ${deck.url}#/presenter/1\nIt follows edits saved ` +
      `to ${showPath(io, path.join(deckDir, 'slides.md'))}. Stop with Ctrl+C.\n`,
  );
  // Stopping the kit (Ctrl+C, or a SIGTERM from a process manager) stops the server it started.
  const forget = onStopSignal((signal) => void deck.stop(signal));
  const code = await deck.exited;
  await deck.stop();
  forget();
  if (code !== 0) io.stderr(`Slidev stopped on its own (exit ${code}); the deck is no longer served.\n`);
  return code === 0 ? 0 : 1;
}

/** A port another program holds, as the trainer's mistake (exit 2); any other error as it was. */
function refusePortInUse(error: unknown, port: number): never {
  if (errorCode(error) === 'EADDRINUSE')
    throw new KitError('usage', `--port ${port}: another program is already listening on 127.0.0.1:${port}.`, {
      hint: 'Stop it, or choose another port with --port N.',
    });
  throw error;
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
