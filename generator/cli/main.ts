// The `kit` command: dispatches to subcommands and is the only place that maps errors to exit codes.
// 0 ok, 1 failure, 2 bad input or usage. A user's mistake prints its message and hint, never a stack.

import { formatProblem, KitError } from '../errors.ts';
import { KIT_VERSION } from '../paths.ts';
import { didYouMean } from '../suggest.ts';
import type { CliIO } from './io.ts';

const HELP = `kit: turn ICE's 287(g) list into a localized know-your-rights workshop.

Usage: kit <command> [options]

Commands:
  build     build a workshop for a region (kit build --config workshop.yaml)
  present   serve the deck for presenting, with speaker notes (kit present --config workshop.yaml)
  quiz      the quiz alone, and exports for Moodle, Canvas, Kahoot; kit quiz score scores responses
  batch     build for every state (and county) at once: kit batch --states TX,FL --counties
  regions   find a state, county or agency and its id (kit regions "tarrant county tx")
  data      import ICE's lists, count and compare them (kit data --help)
  content   check the curriculum's languages and reading level (kit content --help)
  init      write a commented example workshop config
  app       the kit as a web app in your browser, for trainers who do not use a terminal (kit app)

Options:
  --help, -h     help for any command (kit build --help)
  --version      the kit's version

Not legal advice. Exit codes: 0 ok, 1 failure, 2 bad input or usage.
`;

type Command = (argv: string[], io: CliIO) => Promise<number>;
// Each command's module is loaded when it runs: `kit regions` does not wait for the PDF and spreadsheet libraries,
// and kit batch's parent process stays small beside its workers.
const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./commands/build.ts')).runBuild,
  regions: async () => (await import('./commands/regions.ts')).runRegions,
  data: async () => (await import('./commands/data.ts')).runData,
  content: async () => (await import('./commands/content.ts')).runContent,
  present: async () => (await import('./commands/present.ts')).runPresent,
  quiz: async () => (await import('./commands/quiz.ts')).runQuiz,
  batch: async () => (await import('./commands/batch.ts')).runBatch,
  init: async () => (await import('./commands/init.ts')).runInit,
  app: async () => (await import('./commands/app.ts')).runApp,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`${KIT_VERSION}\n`);
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!load)
      throw new KitError('usage', `unknown command "${name}".${didYouMean(name, Object.keys(COMMANDS))}`, {
        hint: `Commands: ${Object.keys(COMMANDS).join(', ')}. See \`kit --help\`.`,
      });
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: CliIO): number {
  if (error instanceof KitError) {
    const lines = [`kit: ${error.message}`];
    const shown = error.problems.slice(0, 50);
    for (const problem of shown) lines.push(`  ${formatProblem(problem)}`);
    if (error.problems.length > shown.length)
      lines.push(`  ... and ${(error.problems.length - shown.length).toLocaleString('en-US')} more`);
    if (error.hint) lines.push(error.hint);
    io.stderr(`${lines.join('\n')}\n`);
    return error.exitCode;
  }
  io.stderr(
    `kit: an unexpected error stopped the command. This is a bug in the kit; please report it with the ` +
      `text below.\n${(error instanceof Error ? error.stack : undefined) ?? String(error)}\n`,
  );
  return 1;
}
