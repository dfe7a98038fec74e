// The curriculum markup parser and its one filler: nodes with lines, nested and adjacent markers, what only looks
// like a marker, and how each format's sources and escaping are applied.

import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  findUnclosedMarkers,
  firstParagraph,
  parseMarkup,
  renderMarkup,
  splitAtSlots,
  splitLines,
  trimMarkup,
  withoutSources,
} from '../../generator/content/markup.ts';

const bracketed = { escape: (value: string) => value, sources: (ids: string[]) => ` [${ids.join(',')}]` };

describe('parseMarkup', () => {
  it('splits a source marker inside bold into the bold text around it', () => {
    expect(parseMarkup('**Stay silent [src:a]** now')).toEqual([
      { kind: 'text', text: '**Stay silent ', line: 1 },
      { kind: 'source', id: 'a', line: 1 },
      { kind: 'text', text: '** now', line: 1 },
    ]);
  });

  it('keeps two adjacent markers apart, with no text node between them', () => {
    expect(parseMarkup('[src:a][src:b]')).toEqual([
      { kind: 'source', id: 'a', line: 1 },
      { kind: 'source', id: 'b', line: 1 },
    ]);
  });

  it('reads a placeholder next to punctuation, with spaces inside the braces trimmed', () => {
    expect(parseMarkup('(as of {{ snapshot.asOf }}).')).toEqual([
      { kind: 'text', text: '(as of ', line: 1 },
      { kind: 'placeholder', name: 'snapshot.asOf', line: 1 },
      { kind: 'text', text: ').', line: 1 },
    ]);
  });

  it('leaves an unclosed {{ and a [src: without ] as text', () => {
    expect(parseMarkup('ICE lists {{national.total [src:a')).toEqual([
      { kind: 'text', text: 'ICE lists {{national.total [src:a', line: 1 },
    ]);
  });

  it('does not let an unclosed marker reach a bracket or braces on a later line or in a link', () => {
    expect(parseMarkup('[src:a see [the page](x)\n{{ org.name\n}} done')).toEqual([
      { kind: 'text', text: '[src:a see [the page](x)\n{{ org.name\n}} done', line: 1 },
    ]);
  });

  it('reads an empty [src:] as a source with an empty id, which the content check rejects', () => {
    expect(parseMarkup('x [src:]')).toEqual([
      { kind: 'text', text: 'x ', line: 1 },
      { kind: 'source', id: '', line: 1 },
    ]);
  });

  it('gives each marker the line it is on, counted from the first line given', () => {
    expect(parseMarkup('# Title\n\n<!-- slot: quiz -->\n- {{org.name}}\n[src:a]', 10)).toEqual([
      { kind: 'text', text: '# Title\n\n', line: 10 },
      { kind: 'slot', name: 'quiz', line: 12 },
      { kind: 'text', text: '\n- ', line: 12 },
      { kind: 'placeholder', name: 'org.name', line: 13 },
      { kind: 'text', text: '\n', line: 13 },
      { kind: 'source', id: 'a', line: 14 },
    ]);
  });

  it('reads markers in backticks as markers: the curriculum has no code spans; a trainer never sees raw ids', () => {
    expect(parseMarkup('`[src:a]`').map((node) => node.kind)).toEqual(['text', 'source', 'text']);
  });
});

describe('renderMarkup', () => {
  it('drops the white space before a run of sources and gives the format the whole run', () => {
    const nodes = parseMarkup('Signed. [src:a] [src:b]\n\nNext [src:a][src:b] end');
    expect(renderMarkup(nodes, {}, bracketed)).toBe('Signed. [a,b]\n\nNext [a,b] end');
  });

  it('fills a placeholder from a dotted path, through the format escape, with nothing when the data has none', () => {
    const nodes = parseMarkup('{{org.name}} in {{region.name}}; {{national.total.agreements}}');
    const values = { org: { name: '*Unidos*' }, region: { name: 'Harris County' } };
    expect(renderMarkup(nodes, values, { escape: (value) => value.replace(/\*/g, '\\*') })).toBe(
      '\\*Unidos\\* in Harris County; ',
    );
  });

  it('does not drop the space after a filled value, only the markup text before a marker', () => {
    expect(renderMarkup(parseMarkup('{{a}} [src:b]'), { a: 'x ' }, bracketed)).toBe('x  [b]');
  });

  it('writes sources back as written and placeholders as {{name}} when the format has no sources and no values', () => {
    expect(renderMarkup(parseMarkup('See {{ org.name }} [src:a].'), null, { escape: (value) => value })).toBe(
      'See {{org.name}} [src:a].',
    );
  });

  it('does not treat a value that looks like a marker as one: data stays data', () => {
    const nodes = parseMarkup('{{org.name}}');
    expect(renderMarkup(nodes, { org: { name: '[src:a] {{x}}' } }, bracketed)).toBe('[src:a] {{x}}');
  });
});

describe('the helpers renderers use', () => {
  it('fills a UI string the same way, escaping each value', () => {
    expect(
      fillTemplate('As of {{date}} ({{ days }} days)', { date: '<May 1>', days: '3' }, (v) => v.toUpperCase()),
    ).toBe('As of <MAY 1> (3 days)');
    expect(fillTemplate('{{missing}}!', {})).toBe('!');
  });

  it('strips sources for quiz takers, keeping the rest as written', () => {
    expect(withoutSources('True. [src:a] [src:b]')).toBe('True.');
    expect(withoutSources('[src:a] True.')).toBe(' True.');
  });

  it('splits a slide body at its slots, prose always first and last', () => {
    expect(splitAtSlots(parseMarkup('<!-- slot: contacts -->\n# Hi')).map((part) => part.kind)).toEqual([
      'prose',
      'slot',
      'prose',
    ]);
  });

  it('cuts lines and trims them as String.trim does, and keeps the first paragraph', () => {
    const lines = splitLines(parseMarkup('  Say {{org.name}}  \n\n [src:a]'));
    expect(lines.map((line) => trimMarkup(line))).toEqual([
      [
        { kind: 'text', text: 'Say ' },
        { kind: 'placeholder', name: 'org.name', line: 1 },
      ],
      [],
      [{ kind: 'source', id: 'a', line: 3 }],
    ]);
    expect(firstParagraph(parseMarkup('One [src:a]\n \nTwo'))).toEqual([
      { kind: 'text', text: 'One ', line: 1 },
      { kind: 'source', id: 'a', line: 1 },
    ]);
  });
});

describe('findUnclosedMarkers', () => {
  it('names each marker left open on its line, with its line, and nothing in well-formed text', () => {
    const nodes = parseMarkup('Police in {{region.name} today.\nSee [src:ice-287g\nand {{org.name}} [src:a].', 40);
    expect(findUnclosedMarkers(nodes)).toEqual([
      { text: '{{region.name} today.', line: 40 },
      { text: '[src:ice-287g', line: 41 },
    ]);
    expect(findUnclosedMarkers(parseMarkup('Say {{org.name}} [src:a]\n<!-- slot: quiz -->'))).toEqual([]);
  });

  it('finds a stray closing }} and a slot comment left open', () => {
    expect(findUnclosedMarkers(parseMarkup('org.name}} here\n<!-- slot: quiz', 3))).toEqual([
      { text: '}} here', line: 3 },
      { text: '<!-- slot: quiz', line: 4 },
    ]);
  });
});
