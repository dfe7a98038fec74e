// The workshop's agenda: modules and breaks with their minutes for the chosen length, and clock times
// from the start time when the config gives one.

import type { WorkshopLength } from '../config/types.ts';
import type { Curriculum } from './types.ts';

export interface AgendaItem {
  kind: 'module' | 'break';
  key: string; // module key, or "break-after-<module>"
  number: number | null; // module number, 1-based
  minutes: number;
  start: string | null; // HH:MM, 24-hour
  end: string | null;
}

function clock(minutesFromMidnight: number): string {
  const wrapped = ((minutesFromMidnight % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

export function buildAgenda(curriculum: Curriculum, length: WorkshopLength, start: string | null): AgendaItem[] {
  const items: AgendaItem[] = [];
  curriculum.modules.forEach((module, index) => {
    items.push({
      kind: 'module',
      key: module.key,
      number: index + 1,
      minutes: module.minutes[length],
      start: null,
      end: null,
    });
    for (const pause of curriculum.breaks.filter(
      (candidate) => candidate.after === module.key && candidate.minutes[length] > 0,
    )) {
      items.push({
        kind: 'break',
        key: `break-after-${module.key}`,
        number: null,
        minutes: pause.minutes[length],
        start: null,
        end: null,
      });
    }
  });
  if (start) {
    const [hours, minutes] = start.split(':').map(Number);
    let at = hours! * 60 + minutes!;
    for (const item of items) {
      item.start = clock(at);
      at += item.minutes;
      item.end = clock(at);
    }
  }
  return items;
}
