// Keeps one submission per person: the last one by the form tool's time, so that a participant who
// sent the form twice counts once. Times are read only to be compared, never kept.

import type { Problem } from '../../errors.ts';
import { cutText } from './limits.ts';

export interface Submission {
  row: number;
  identity: string | null; // normalized email, else name; null when the file does not say who sent it
  time: string; // as written, '' when absent
}

/**
 * A comparable number for the times the tools write: "2026/11/28 10:15:32 AM GMT-6", "2026-11-28 10:15:32",
 * "11/28/2026 10:15:32", "11/28/26 10:15". `dayFirst` reads "28/11/2026". Time zones are left out: one file has one.
 */
export function readTime(text: string, dayFirst: boolean): number | null {
  const value = text.trim();
  const iso =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*m?\.?)?/i.exec(value);
  const local =
    /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*m?\.?)?/i.exec(value);
  let parts: { year: number; month: number; day: number; match: RegExpExecArray };
  if (iso) parts = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), match: iso };
  else if (local) {
    const [first, second] = [Number(local[1]), Number(local[2])];
    const year = Number(local[3]) < 100 ? 2000 + Number(local[3]) : Number(local[3]);
    parts = dayFirst
      ? { year, month: second, day: first, match: local }
      : { year, month: first, day: second, match: local };
  } else return null;
  const { year, month, day, match } = parts;
  let hour = Number(match[4] ?? 0);
  const meridiem = match[7]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23) return null;
  return Date.UTC(year, month - 1, day, hour, Number(match[5] ?? 0), Number(match[6] ?? 0));
}

/** Whether the file's times put the day first: some time's first number is over 12 and none's second is. */
export function detectDayFirst(times: readonly string[]): boolean {
  const pairs = times
    .map((time) => /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4}/.exec(time.trim()))
    .filter((match) => match !== null);
  return pairs.some((match) => Number(match[1]) > 12) && !pairs.some((match) => Number(match[2]) > 12);
}

/**
 * The rows to keep and the rows dropped for a later submission of the same identity. Rows without an identity are
 * all kept. When a duplicate's time cannot be read, the later row wins and a problem says so.
 */
export function dropDuplicates(
  submissions: readonly Submission[],
  file: string,
  timeColumn: string | null,
): {
  keep: Set<number>;
  dropped: { row: number; keptRow: number }[];
  problems: Problem[];
} {
  const dayFirst = detectDayFirst(submissions.map((submission) => submission.time));
  const groups = new Map<string, Submission[]>();
  const keep = new Set<number>();
  for (const submission of submissions) {
    if (submission.identity === null) keep.add(submission.row);
    else groups.set(submission.identity, [...(groups.get(submission.identity) ?? []), submission]);
  }
  const dropped: { row: number; keptRow: number }[] = [];
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    const times = group.map((submission) => readTime(submission.time, dayFirst));
    let winner = group[group.length - 1]!;
    if (group.length > 1) {
      if (times.every((time) => time !== null)) {
        // The latest time; between equal times, the later row.
        let latest = -Infinity;
        group.forEach((submission, index) => {
          if (times[index]! >= latest) [winner, latest] = [submission, times[index]!];
        });
      } else {
        group.forEach((submission, index) => {
          if (times[index] !== null) return;
          problems.push({
            file,
            row: submission.row,
            ...(timeColumn ? { column: cutText(timeColumn) } : {}),
            value: cutText(submission.time),
            message:
              'two submissions from the same person and this time cannot be read; ' +
              `kept the later row, ${winner.row}`,
          });
        });
      }
    }
    keep.add(winner.row);
    for (const submission of group)
      if (submission !== winner) dropped.push({ row: submission.row, keptRow: winner.row });
  }
  return { keep, dropped: dropped.sort((a, b) => a.row - b.row), problems };
}
