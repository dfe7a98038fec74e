// A pool of worker processes for `kit batch`: each loads the data once and builds many regions. Each worker
// holds its next region while it builds the current one, so that it never waits for the parent between two.
// A crashed worker fails only the region it was building (the one it held goes back to the queue) and is
// replaced.

import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { watchMemory } from './memory.ts';
import type { BatchTask, FromWorker, RegionOutcome, ToWorker, WorkerInit } from './messages.ts';

export const WORKER_ENTRY = fileURLToPath(new URL('./worker-entry.mjs', import.meta.url));
export const WORKER_MODULE = fileURLToPath(new URL('./worker.ts', import.meta.url));
// A worker keeps about 100 MB alive (the data, the map, the fonts) plus what the typesetter remembers between
// documents; without a cap V8 lets its heap grow to several times that between collections, and the batch's memory
// is the sum over its workers. At 256 MB the national batch spent most of its time collecting garbage (258 s and
// 0.51 CPU-s per region against 156 s and 0.31 at 384 MB, 2026-12-01), so the cap trades memory for time.
const WORKER_FLAGS = ['--max-old-space-size=384'];
// The regions a worker holds at once: the one it builds and the next one, already sent.
export const TASKS_PER_WORKER = 2;

export interface PoolOptions {
  jobs: number;
  init: WorkerInit;
  workerModule?: string; // a module exporting startWorker(); tests pass one that fails on purpose
}

export interface Pool {
  /** Builds every task, calling onOutcome as each finishes; resolves when all are done. */
  run(tasks: BatchTask[], onOutcome: (outcome: RegionOutcome) => void): Promise<RegionOutcome[]>;
  close(): void;
  peakWorkerRssMb(): number;
  /** The most memory this process and its workers held together: sampled, or else the sum of each one's peak. */
  peakTogetherMb(): number;
}

/** Starts `jobs` workers now, so that they load the data while the parent plans the batch. */
export function startPool(options: PoolOptions): Pool {
  const ready: ChildProcess[] = [];
  const held = new Map<ChildProcess, BatchTask[]>(); // in the order sent; the worker builds the first
  const all = new Set<ChildProcess>();
  const peaks = new Map<ChildProcess, number>(); // kB, per worker process
  const memory = watchMemory(() => [...all].flatMap((child) => (child.pid === undefined ? [] : [child.pid])));
  let queue: BatchTask[] | null = null;
  let outcomes: RegionOutcome[] = [];
  let report: (outcome: RegionOutcome) => void = () => {};
  let finish: (() => void) | null = null;
  let closed = false;

  const send = (child: ChildProcess, message: ToWorker) => child.send(message);
  const record = (outcome: RegionOutcome) => {
    outcomes.push(outcome);
    report(outcome);
  };
  const heldCount = () => [...held.values()].reduce((sum, tasks) => sum + tasks.length, 0);
  const dispatch = () => {
    if (!queue) return;
    // One region to each worker before a second to any; a second only while there are enough left for every
    // worker, so that the last regions are not queued behind a busy worker while another one waits.
    for (let depth = 1; depth <= TASKS_PER_WORKER; depth++) {
      for (const child of ready) {
        const tasks = held.get(child) ?? [];
        if (tasks.length >= depth || queue.length === 0) continue;
        if (tasks.length > 0 && queue.length < ready.length) continue;
        const task = queue.shift()!;
        held.set(child, [...tasks, task]);
        send(child, { type: 'build', task });
      }
    }
    if (queue.length === 0 && heldCount() === 0 && finish) {
      const done = finish;
      finish = null;
      done();
    }
    // Every worker died before it was ready: nothing would ever take the remaining tasks.
    if (queue.length && all.size === 0) {
      for (const task of queue.splice(0))
        record({ id: task.id, ok: false, seconds: 0, error: 'no worker process could start' });
      dispatch();
    }
  };

  const spawn = (restarts: number) => {
    let stderr = '';
    let started = false;
    const child = fork(WORKER_ENTRY, [options.workerModule ?? WORKER_MODULE], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
      execArgv: [...process.execArgv, ...WORKER_FLAGS],
    });
    all.add(child);
    // Kept for the message when the worker crashes; a build's own notes are not shown.
    child.stderr!.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.on('message', (message: FromWorker) => {
      peaks.set(child, Math.max(peaks.get(child) ?? 0, message.maxRssKb));
      if (message.type === 'ready') {
        started = true;
        ready.push(child);
      }
      if (message.type === 'result') {
        held.set(
          child,
          (held.get(child) ?? []).filter((task) => task.id !== message.outcome.id),
        );
        record(message.outcome);
      }
      dispatch();
    });
    child.on('exit', (code, signal) => {
      all.delete(child);
      const index = ready.indexOf(child);
      if (index >= 0) ready.splice(index, 1);
      const [task, ...waiting] = held.get(child) ?? [];
      held.delete(child);
      if (closed) return;
      // The regions it held but had not started go to the next free worker.
      queue?.unshift(...waiting);
      if (task) {
        const last = stderr.trim().split('\n').slice(-3).join(' | ');
        record({
          id: task.id,
          ok: false,
          seconds: 0,
          error:
            `the worker process stopped (${signal ?? `exit code ${code}`}) while building ` +
            `it${last ? `: ${last}` : ''}`,
        });
      }
      // Replace a worker that crashed after it was ready; one that cannot even start is not retried forever.
      if ((started || restarts < 2) && (queue?.length ?? 1) > 0) spawn(started ? 0 : restarts + 1);
      dispatch();
    });
    send(child, { type: 'init', init: options.init });
  };
  for (let i = 0; i < options.jobs; i++) spawn(0);

  return {
    run(tasks, onOutcome) {
      queue = [...tasks];
      outcomes = [];
      report = onOutcome;
      const done = new Promise<RegionOutcome[]>((resolve) => {
        finish = () => resolve(outcomes);
      });
      dispatch();
      return done;
    },
    close() {
      closed = true;
      memory.stop();
      for (const child of all) {
        if (child.connected) send(child, { type: 'stop' });
        else child.kill();
      }
    },
    peakWorkerRssMb: () => Math.round(Math.max(0, ...peaks.values()) / 1024),
    peakTogetherMb: () =>
      memory.peakMb() ??
      Math.round(([...peaks.values()].reduce((sum, kb) => sum + kb, 0) + process.resourceUsage().maxRSS) / 1024),
  };
}
