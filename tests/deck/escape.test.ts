import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeNote, slidevText, vueValue } from '../../generator/deck/escape.ts';

const HOSTILE = [
  '{{ constructor.constructor("alert(1)")() }}',
  '</span><script>alert(1)</script>',
  '" onmouseover="alert(1)',
  "' :x='1",
  'line\n---\nline',
  '-->',
  '&lt;b&gt; &#123;&#123;',
  'Trần 警察 👮 \u2028',
];

describe('escaping data into Slidev Markdown', () => {
  it.each(HOSTILE)('turns %j into an attribute with no quote, angle bracket, brace or line break', (text) => {
    const attribute = vueValue(text);
    expect(attribute).not.toMatch(/["'<>{}\n\r\u2028]/);
    // What Vue reads after decoding the entities is the JSON literal of the original text.
    const decoded = attribute
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#123;/g, '{')
      .replace(/&#125;/g, '}')
      .replace(/&amp;/g, '&');
    expect(JSON.parse(decoded)).toBe(text);
  });

  it('keeps slidevText one inline HTML element that markdown-it passes through whole', () => {
    for (const text of HOSTILE) {
      const html = new MarkdownIt({ html: true }).renderInline(`before ${slidevText(text)} after`);
      expect(html).toBe(`before ${slidevText(text)} after`);
    }
  });

  it('escapes attribute text for double-quoted attributes', () => {
    expect(escapeAttribute(`a"b'c<d>e{f}&`)).toBe('a&quot;b&#39;c&lt;d&gt;e&#123;f&#125;&amp;');
  });

  it.each([
    ...HOSTILE,
    'Say <b>{{x}}</b> *now* --> [link](x)\nnext line',
    '# not a heading',
    '- not a list',
    '1. not a list',
  ])('shows the note %j as written, with no HTML, Markdown or end of comment', (text) => {
    const note = escapeNote(text);
    expect(note).not.toMatch(/-->|<|\{\{|\n/);
    const html = new MarkdownIt({ html: true }).render(note).trim();
    expect(html).toMatch(/^<p>[\s\S]*<\/p>$/);
    const shown = html
      .slice(3, -4)
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(shown).toBe(text.replace(/\s*(\r?\n|\r|\u2028)\s*/g, ' ').trim());
  });
});
