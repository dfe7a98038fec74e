import { describe, expect, it } from 'vitest';
import { createEnvironment } from '../../generator/render/handlebars.ts';
import { escapeMarkdown } from '../../generator/render/markdown.ts';
import MarkdownIt from 'markdown-it';

const hostile = [
  '{{ constructor.constructor("alert(1)")() }}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '**bold** _it_ `code` ~~del~~',
  'a | b | c',
  'line one\n---\nline two',
  "O'Brien & Sons “Sheriff’s” Office",
  'Trần Văn Ánh 警察 👮',
];

describe('escaping for Markdown', () => {
  it.each(hostile)('shows %j as plain text in rendered Markdown', (text) => {
    const html = new MarkdownIt().render(`| a |\n|---|\n| ${escapeMarkdown(text)} |\n`);
    const cell = /<td>(.*?)<\/td>/s.exec(html)![1]!;
    const shown = cell
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(shown).toBe(text.replace(/\s*\n\s*/g, ' '));
    expect(html).not.toMatch(/<(script|img|a|strong|em|code|s)\b/);
  });
});

describe('Handlebars environments', () => {
  it('escape every {{value}} with their own function and do not change one another or the global one', async () => {
    const markdown = createEnvironment(escapeMarkdown).compile('- {{name}}', 'md');
    const upper = createEnvironment((text) => text.toUpperCase()).compile('{{name}}', 'up');
    expect(markdown({ name: '*x* <b>' })).toBe('- \\*x\\* &lt;b&gt;');
    expect(upper({ name: 'x' })).toBe('X');
    const Handlebars = (await import('handlebars')).default;
    expect(Handlebars.compile('{{name}}')({ name: '<b>' })).toBe('&lt;b&gt;');
  });

  it('fail loudly on a misspelled placeholder instead of printing nothing', () => {
    const render = createEnvironment(escapeMarkdown).compile('{{region.nmae}}', 'strict');
    expect(() => render({ region: { name: 'x' } })).toThrow(/nmae/);
  });
});
