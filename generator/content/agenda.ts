// The workshop's agenda: modules and breaks with their minutes for the chosen length, and their times: clock times from
// the start time when the config gives one (workshop.start), else the time elapsed since the start. Decided here for
// every output that prints the agenda (guide, deck, script).

import type { WorkshopLength } from '../config/types.ts';
import type { Curriculum } from './types.ts';

export interface AgendaItem {
  kind: 'module' | 'break';
  key: string; // module key, or "break-after-<module>"
  number: number | null; // module number, 1-based
  minutes: number;
  start: string; // HH:MM on a 24-hour clock, or H:MM elapsed since the start (see agendaClock)
  end: string;
}

/** What the agenda's times are: 'time' of day (18:30–18:36) from a start time, else 'elapsed' (0:00–0:06). */
export type AgendaClock = 'time' | 'elapsed';

/** The kind of times an agenda for a workshop starting at `start` (HH:MM, or null when not set) shows. */
export function agendaClock(start: string | null): AgendaClock {
  return start ? 'time' : 'elapsed';
}

function clock(minutesFromMidnight: number): string {
  const wrapped = ((minutesFromMidnight % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** Minutes since the start as H:MM, hours unpadded, as a stopwatch shows them: 0:05, 1:30. */
function elapsed(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The agenda of a workshop `length` minutes long starting at `start` (HH:MM, 24-hour; null when not set): each item's
 * start and end as times of day, or as time elapsed since the start when there is no start time (agendaClock).
 */
export function buildAgenda(curriculum: Curriculum, length: WorkshopLength, start: string | null): AgendaItem[] {
  const items: AgendaItem[] = [];
  curriculum.modules.forEach((module, index) => {
    items.push({
      kind: 'module',
      key: module.key,
      number: index + 1,
      minutes: module.minutes[length],
      start: '',
      end: '',
    });
    for (const pause of curriculum.breaks.filter(
      (candidate) => candidate.after === module.key && candidate.minutes[length] > 0,
    )) {
      items.push({
        kind: 'break',
        key: `break-after-${module.key}`,
        number: null,
        minutes: pause.minutes[length],
        start: '',
        end: '',
      });
    }
  });
  const [hours, minutes] = start ? start.split(':').map(Number) : [0, 0];
  const format = agendaClock(start) === 'time' ? clock : elapsed;
  let at = hours! * 60 + minutes!;
  for (const item of items) {
    item.start = format(at);
    at += item.minutes;
    item.end = format(at);
  }
  return items;
}
