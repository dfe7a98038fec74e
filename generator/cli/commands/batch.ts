// `kit batch`: workshops for many regions at once (every state, and their counties), spread over the
// machine's cores, with an index page to find each one.

import os from 'node:os';
import path from 'node:path';
import { KitError, type Problem } from '../../errors.ts';
import { DEFAULT_OUTPUT_DIR } from '../../paths.ts';
import { parseStates } from '../../batch/plan.ts';
import { createProgress, formatDuration } from '../../batch/progress.ts';
import { runBatchJob } from '../../batch/run.ts';
import { DATA_DIR_OPTION, parse } from '../args.ts';
import { flagProblem, resolveBatchOptions } from '../options.ts';
import { today, type CliIO, showPath } from '../io.ts';
import { formatCountNoun } from '../../plural.ts';

const CORES = os.availableParallelism();

const HELP = `Usage: kit batch --states all|TX,FL,... [--counties [--statewide-counties]] [--lang en,es]
                 [--only KINDS] [--jobs N] [--out DIR] [--data-dir DIR]

Builds the workshop of many regions into DIR (default: output/batch/), one folder per region as kit build
names it, with index.html (every region, filterable by name, works offline) and batch.json beside them.
  --states all|TX,FL   USPS codes, or all: every state and territory with at least one agreement
  --counties           also each county of those states that a local agreement reaches: a county where
                       an agency with a signed agreement is placed. Statewide agreements (state agencies)
                       reach every county alike and are covered by the state's workshop, so they add no
                       county by themselves; agencies that could not be placed add none either
  --statewide-counties with --counties, also every county of a state that has a statewide agreement
  --lang en,es         languages to build (default: en)
  --only KINDS         outputs: summary, script, deck, handout, quiz (default: all of them).
                       A deck is the kit's slide PDF with speaker notes (slides-LANG.pdf, present it
                       full-screen in any PDF viewer) and its Slidev project (deck-LANG/slides.md),
                       without Slidev's site or deck.pdf: run kit build for one region to get those
  --jobs N             worker processes, each building one region at a time (default: the number of cores, ${CORES})
  --out DIR            the batch folder: new, empty, or the folder of an earlier batch (it has the kit's
                       manifest.json). A folder holding other files is refused (exit 2); the kit never
                       replaces or deletes a file it did not write, in DIR or in a region's folder.
                       A single region's kit folder (kit build --out) is refused too: its index.html
                       is the region's, not the batch's

A region that fails does not stop the batch: failures are listed at the end and the exit code is 1.
Not legal advice: every output says so and names the date of ICE's data it used.
`;

/** --jobs: the number of worker processes (default: the number of cores); a mistake goes to `problems`. */
function jobsOption(value: string | undefined, problems: Problem[]): number {
  if (value === undefined) return os.availableParallelism();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1)
    problems.push(flagProblem('jobs', value, 'give a whole number of worker processes, 1 or more.'));
  return jobs;
}

/** `hooks.workerModule` replaces the worker (tests make a region fail with it). */
export async function runBatch(
  argv: string[],
  io: CliIO,
  hooks: { workerModule?: string; tty?: boolean } = {},
): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      states: { type: 'string' },
      counties: { type: 'boolean' },
      'statewide-counties': { type: 'boolean' },
      lang: { type: 'string' },
      only: { type: 'string' },
      jobs: { type: 'string' },
      out: { type: 'string' },
      ...DATA_DIR_OPTION,
    },
    'kit batch',
  );
  if (values.help) return (io.stdout(HELP), 0);
  if (positionals.length)
    throw new KitError('usage', `kit batch takes no positional arguments (got ${positionals.join(' ')}).`, {
      hint: 'kit batch --states TX,FL --counties',
    });
  if (typeof values.states !== 'string')
    throw new KitError('usage', 'kit batch needs --states all or --states TX,FL,...', {
      hint: 'kit batch --states all --counties --lang en,es',
    });
  const states = parseStates(values.states);
  const problems: Problem[] = [];
  if (values['statewide-counties'] && !values.counties)
    problems.push({ message: '--statewide-counties needs --counties.' });
  const jobs = jobsOption(values.jobs, problems);
  const { languages, only, dataDir } = resolveBatchOptions(values, io, { problems });
  const outRoot = path.resolve(io.cwd, values.out ?? path.join(DEFAULT_OUTPUT_DIR, 'batch'));

  // Set once the plan is known; a holder, since TypeScript does not see the callbacks assign it.
  const bar: { progress?: ReturnType<typeof createProgress> } = {};
  const result = await runBatchJob({
    states,
    counties: Boolean(values.counties),
    statewideCounties: Boolean(values['statewide-counties']),
    dataDir,
    languages,
    only,
    today: today(io),
    builtAt: io.now().toISOString(),
    outRoot,
    option: values.out ? '--out' : 'Batch folder',
    jobs,
    workerModule: hooks.workerModule,
    onPlanned: (total) => {
      io.stderr(`Building ${formatCountNoun(total, 'region')} (${only.join(', ')}; ${languages.join(', ')})...\n`);
      bar.progress = createProgress({
        total,
        tty: hooks.tty ?? Boolean(process.stderr.isTTY),
        write: (text) => io.stderr(text),
      });
    },
    onOutcome: (outcome) => bar.progress?.update(outcome),
  });
  bar.progress?.finish();

  const { totals } = result.report;
  const shown = showPath(io, outRoot);
  const rate = result.seconds > 0 ? totals.regions / result.seconds : 0;
  const parentMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const lines = [
    `Built ${totals.built} of ${formatCountNoun(totals.regions, 'region')} into ${shown}/ ` +
      `in ${formatDuration(result.seconds)} (${rate.toFixed(2)} regions/s), ${totals.failed} failed.`,
    `  ${path.join(shown, 'index.html').padEnd(40)} every region, to filter by name and open its files`,
    `  ${path.join(shown, 'batch.json').padEnd(40)} the same, as data`,
    `Peak memory: ${result.peakTogetherMb} MB for the whole batch (this process ${parentMb} MB, the ` +
      `largest worker ${result.peakWorkerRssMb} MB).`,
  ];
  io.stdout(`${lines.join('\n')}\n`);
  if (result.failures.length) {
    io.stderr(`${formatCountNoun(result.failures.length, 'region')} failed:\n`);
    for (const failure of result.failures) io.stderr(`  ${failure.id}: ${failure.error}\n`);
    return 1;
  }
  return 0;
}
