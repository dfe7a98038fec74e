// The memory a batch holds at once: this process and its workers together, sampled from /proc a few times a
// second (Linux). Elsewhere there is nothing to sample and the caller falls back to the sum of each process's peak.

import { readFileSync } from 'node:fs';

export interface MemoryWatch {
  peakMb(): number | null; // null when /proc could not be read
  stop(): void;
}

/** Resident memory of a process in kB, from /proc/PID/status; null when it cannot be read (gone, or not Linux). */
export function residentKb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export function watchMemory(pids: () => number[], everyMs = 200): MemoryWatch {
  let peakKb: number | null = null;
  const sample = () => {
    const own = residentKb(process.pid);
    if (own === null) return;
    const total = pids().reduce((sum, pid) => sum + (residentKb(pid) ?? 0), own);
    peakKb = Math.max(peakKb ?? 0, total);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    peakMb: () => (peakKb === null ? null : Math.round(peakKb / 1024)),
    stop: () => {
      sample();
      clearInterval(timer);
    },
  };
}
