// Progress of a batch on stderr: one updating bar on a terminal, else one plain line per region.

import type { RegionOutcome } from './messages.ts';

export interface ProgressOptions {
  total: number;
  tty: boolean;
  write: (text: string) => void;
  clock?: () => number; // milliseconds; performance.now by default
}

/** `75 s`, `3m05s`, `1h02m`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const whole = Math.round(seconds);
  if (whole < 60) return `${seconds < 10 ? seconds.toFixed(1) : whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(whole / 3600)}h${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`;
}

/** The terminal line: `[#####-----] 12/254  1.9 regions/s  ETA 2m10s  tx/harris-county`. */
export function renderBar(done: number, total: number, elapsedSeconds: number, failed: number, last: string): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '?';
  const failures = failed ? `  ${failed} failed` : '';
  return (
    `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)} regions/s  ` +
    `ETA ${eta}${failures}  ${last}`
  ).slice(0, 110);
}

export function createProgress(options: ProgressOptions) {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const width = String(options.total).length;
  let done = 0;
  let failed = 0;
  return {
    update(outcome: RegionOutcome): void {
      done++;
      if (!outcome.ok) failed++;
      if (options.tty) {
        options.write(`\r\x1b[2K${renderBar(done, options.total, (clock() - started) / 1000, failed, outcome.id)}`);
      } else {
        options.write(
          `[${String(done).padStart(width)}/${options.total}] ${outcome.id} ` +
            `${outcome.ok ? 'ok' : 'FAILED'} (${outcome.seconds.toFixed(1)} s)\n`,
        );
      }
    },
    finish(): void {
      if (options.tty && done > 0) options.write('\n');
    },
  };
}
