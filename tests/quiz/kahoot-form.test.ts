// Choose-all questions turned into one-answer Kahoot questions: the right combination and the wrong
// ones nearest to it.

import { describe, expect, it } from 'vitest';
import { buildCombinedOptions } from '../../generator/quiz/kahoot-form.ts';

const option = (id: string, text: string, correct: boolean) => ({ id, text, correct });

describe('buildCombinedOptions', () => {
  it('offers the right pair among the two singles and all three, single options first', () => {
    expect(
      buildCombinedOptions([option('a', 'Jail', true), option('b', 'Warrant', true), option('c', 'Task Force', false)]),
    ).toEqual([
      option('a', 'Jail', false),
      option('b', 'Warrant', false),
      option('c', 'Jail, Warrant', true),
      option('d', 'Jail, Warrant, Task Force', false),
    ]);
  });

  it('offers one right single among its nearest wrong sets: one more option first, then the first farther one', () => {
    expect(
      buildCombinedOptions([
        option('a', 'Jail', false),
        option('b', 'Warrant', false),
        option('c', 'Task Force', true),
      ]),
    ).toEqual([
      option('a', 'Jail', false),
      option('b', 'Task Force', true),
      option('c', 'Jail, Task Force', false),
      option('d', 'Warrant, Task Force', false),
    ]);
  });

  it('joins the given texts (e.g. short names); gives up when a combination passes 75 characters or 4 options', () => {
    const options = [
      option('a', 'x'.repeat(30), true),
      option('b', 'y'.repeat(30), true),
      option('c', 'z'.repeat(30), false),
    ];
    expect(buildCombinedOptions(options)).toBeNull();
    expect(buildCombinedOptions(options, ['JEM', 'WSO', 'TFM'])!.map((combined) => combined.text)).toEqual([
      'JEM',
      'WSO',
      'JEM, WSO',
      'JEM, WSO, TFM',
    ]);
    expect(
      buildCombinedOptions(
        [...options.slice(0, 2), option('c', 'c', false), option('d', 'd', false)].map((entry) => ({
          ...entry,
          text: entry.id,
        })),
      ),
    ).toBeNull();
  });
});
