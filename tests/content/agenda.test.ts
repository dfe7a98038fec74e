// The workshop agenda built from modules.yaml: every module once, with clock times that follow one another.

import { describe, expect, it } from 'vitest';
import { agendaClock, buildAgenda, type AgendaItem } from '../../generator/content/agenda.ts';
import { loadCurriculum } from '../../generator/content/load.ts';
import { LENGTHS } from '../../generator/config/types.ts';
import { CURRICULUM_DIR } from '../../generator/paths.ts';

const curriculum = await loadCurriculum(CURRICULUM_DIR);
const moduleKeys = curriculum.modules.map((module) => module.key);
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

function expectContiguous(items: AgendaItem[], start: string, end: string): void {
  expect(items[0]!.start).toBe(start);
  expect(items.at(-1)!.end).toBe(end);
  for (const item of items) {
    expect(item.start, item.key).toMatch(CLOCK);
    expect(item.end, item.key).toMatch(CLOCK);
    expect((minutesOf(item.end) - minutesOf(item.start) + 1440) % 1440, item.key).toBe(item.minutes);
  }
  for (let index = 1; index < items.length; index++)
    expect(items[index]!.start, items[index]!.key).toBe(items[index - 1]!.end);
}

describe('buildAgenda', () => {
  it.each([
    [60, '19:30'],
    [90, '20:00'],
    [120, '20:30'],
  ] as const)('lists every module once, in order, from 18:30 for %i minutes, ending at %s', (length, end) => {
    const items = buildAgenda(curriculum, length, '18:30');
    const modules = items.filter((item) => item.kind === 'module');
    expect(modules.map((item) => item.key)).toEqual(moduleKeys);
    expect(modules.map((item) => item.number)).toEqual(moduleKeys.map((_, index) => index + 1));
    expect(modules.map((item) => item.minutes)).toEqual(curriculum.modules.map((module) => module.minutes[length]));
    expect(items.reduce((sum, item) => sum + item.minutes, 0)).toBe(length);
    expectContiguous(items, '18:30', end);
  });

  it('puts the 10-minute break after know-your-rights in the 120-minute workshop only', () => {
    const long = buildAgenda(curriculum, 120, '18:30');
    const breaks = long.filter((item) => item.kind === 'break');
    expect(breaks).toEqual([
      {
        kind: 'break',
        key: 'break-after-know-your-rights',
        number: null,
        minutes: 10,
        start: expect.any(String),
        end: expect.any(String),
      },
    ]);
    const at = long.indexOf(breaks[0]!);
    expect(long[at - 1]!.key).toBe('know-your-rights');
    expect(long[at + 1]!.key).toBe('response-steps');
    for (const length of [60, 90] as const)
      expect(
        buildAgenda(curriculum, length, '18:30').filter((item) => item.kind === 'break'),
        `${length}`,
      ).toEqual([]);
  });

  it('gives the time elapsed since the start (H:MM) when the workshop has no start time', () => {
    expect(agendaClock(null)).toBe('elapsed');
    expect(agendaClock('18:30')).toBe('time');
    for (const length of LENGTHS) {
      const items = buildAgenda(curriculum, length, null);
      expect(items.length).toBeGreaterThanOrEqual(moduleKeys.length);
      expect(items[0]!.start).toBe('0:00');
      expect(items.at(-1)!.end, `${length}`).toBe(`${Math.floor(length / 60)}:${String(length % 60).padStart(2, '0')}`);
      let at = 0;
      for (const item of items) {
        expect(item.start, `${length} ${item.key}`).toBe(`${Math.floor(at / 60)}:${String(at % 60).padStart(2, '0')}`);
        at += item.minutes;
      }
    }
    // The 60-minute workshop's first module takes 5 minutes (modules.yaml).
    expect(buildAgenda(curriculum, 60, null)[0]).toMatchObject({ start: '0:00', end: '0:05' });
  });

  it('wraps the clock past midnight: a 60-minute workshop from 23:30 ends at 00:30', () => {
    const items = buildAgenda(curriculum, 60, '23:30');
    expectContiguous(items, '23:30', '00:30');
    expect(items.some((item) => item.start.startsWith('00:'))).toBe(true);
    const long = buildAgenda(curriculum, 120, '23:59');
    expectContiguous(long, '23:59', '01:59');
  });
});
