// How a run of source markers reads: one bracketed, comma-separated list, so that 3 and 8 never read as 38.

import { describe, expect, it } from 'vitest';
import { citeSources, formatCitation } from '../../generator/content/cite.ts';
import { parseMarkup, renderMarkup } from '../../generator/content/markup.ts';

describe('formatCitation', () => {
  it('writes two sources as "[3, 8]", never run together', () => {
    expect(formatCitation([3, 8])).toBe('[3, 8]');
  });

  it('lists the numbers in ascending order, each once', () => {
    expect(formatCitation([8, 3, 8, 12])).toBe('[3, 8, 12]');
  });

  it('writes three or more consecutive numbers as a range, two as a pair', () => {
    expect(formatCitation([15, 13, 14])).toBe('[13–15]');
    expect(formatCitation([2, 3, 7, 8, 9, 10, 12])).toBe('[2, 3, 7–10, 12]');
  });

  it('writes one source as "[5]" and none as nothing', () => {
    expect(formatCitation([5])).toBe('[5]');
    expect(formatCitation([])).toBe('');
  });
});

describe('citeSources', () => {
  const numbers: Record<string, number> = { law: 3, moa: 8, guide: 10 };

  it('turns adjacent markers into one group, with a space before it in prose', () => {
    const nodes = parseMarkup('Officers must be trained. [src:moa] [src:law][src:guide] Then they work.');
    const text = renderMarkup(nodes, {}, { escape: (value) => value, sources: citeSources((id) => numbers[id]) });
    expect(text).toBe('Officers must be trained. [3, 8, 10] Then they work.');
  });

  it('wraps the group as a format asks (the deck: one superscript)', () => {
    const nodes = parseMarkup('Trained.[src:law] [src:moa]');
    const sources = citeSources(
      (id) => numbers[id],
      (label) => `<sup class="cite">${label}</sup>`,
    );
    expect(renderMarkup(nodes, {}, { escape: (value) => value, sources })).toBe(
      'Trained.<sup class="cite">[3, 8]</sup>',
    );
  });

  it('leaves out sources the output does not list, and writes nothing for a run of only those', () => {
    const sources = citeSources((id) => numbers[id] ?? null);
    expect(sources(['law', 'unknown'])).toBe(' [3]');
    expect(sources(['unknown'])).toBe('');
  });
});
