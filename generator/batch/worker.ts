// The inside of a `kit batch` worker process: loads the data and curriculum once (see build/sources.ts),
// then builds the regions the parent sends, one at a time in the order sent, answering each with its outcome.
// The parent sends the next region before this one is done (batch/pool.ts), so they wait in a chain here.

import { buildWorkshop, type BuildOptions, type BuildResult } from '../workshop/build.ts';
import { validateConfig } from '../config/validate.ts';
import { formatProblem, KitError } from '../errors.ts';
import { loadWorkshopSources, type WorkshopSources } from '../workshop/sources.ts';
import type { BatchTask, FromWorker, RegionOutcome, ToWorker, WorkerInit } from './messages.ts';
import { pickLinkedFiles } from './report.ts';

export type BuildFunction = (options: BuildOptions) => Promise<BuildResult>;

/** What went wrong, as a user reads it: the message, then a KitError's problems and hint. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (!(error instanceof KitError)) return error.message;
  const problems = error.problems
    .slice(0, 5)
    .map((problem) => `; ${formatProblem(problem)}`)
    .join('');
  return `${error.message}${problems}${error.hint ? ` (${error.hint})` : ''}`;
}

/** Builds one region; never throws: a failure is an outcome. */
export async function buildRegion(
  task: BatchTask,
  init: WorkerInit,
  build: BuildFunction = buildWorkshop,
  sources?: WorkshopSources,
): Promise<RegionOutcome> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const { config, problems } = validateConfig({ region: task.id, languages: init.languages }, null);
    if (problems.length) throw new KitError('bad-input', 'the batch config is not valid.', { problems });
    const result = await build({
      dataDir: init.dataDir,
      config,
      outDir: task.outDir,
      outputRoot: task.outDir,
      today: init.today,
      builtAt: init.builtAt,
      only: init.only,
      deck: 'markdown',
      browser: null,
      sources,
    });
    return {
      id: task.id,
      ok: true,
      seconds: seconds(),
      name: result.region.name,
      kind: result.region.kind,
      agreements: result.summary.counts.agreements,
      agencies: result.summary.counts.agencies,
      files: result.files.map((file) => file.path),
      ...pickLinkedFiles(result.files),
      warnings: result.warnings.length,
    };
  } catch (error) {
    return { id: task.id, ok: false, seconds: seconds(), error: describeError(error) };
  }
}

const maxRssKb = () => process.resourceUsage().maxRSS;

/** Serves the parent over the IPC channel until told to stop; `build` is replaceable for tests. */
export function serveWorker(build: BuildFunction = buildWorkshop): void {
  let init: WorkerInit | null = null;
  let sources: WorkshopSources | undefined;
  const send = (message: FromWorker) => process.send!(message);
  let previous: Promise<unknown> = Promise.resolve(); // the region being built, which the next one waits for
  process.on('message', (message: ToWorker) => {
    if (message.type === 'stop') process.exit(0);
    if (message.type === 'init') {
      init = message.init;
      // The data and curriculum, once per process for every region. A broken data folder is reported by
      // the parent, which loaded it first; here each build then loads (and reports) it itself.
      void loadWorkshopSources({ dataDir: init.dataDir, snapshot: null })
        .then(
          (loaded) => {
            sources = loaded;
          },
          () => undefined,
        )
        .then(() => send({ type: 'ready', maxRssKb: maxRssKb() }));
      return;
    }
    const { task } = message;
    previous = previous
      .then(() => buildRegion(task, init!, build, sources))
      .then((outcome) => send({ type: 'result', outcome, maxRssKb: maxRssKb() }));
  });
  process.on('disconnect', () => process.exit(0));
}

export function startWorker(): void {
  serveWorker();
}
