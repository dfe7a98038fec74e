// Links in the kit's Markdown: a MOA address with | [ ] ( ) stays one link to that address, and an address inside
// an agency name never becomes a link, checked with markdown-it with linkify on (as GitHub and most viewers link).

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it, test } from 'vitest';
import { encodeMarkdownUrl, escapeMarkdown, renderMarkdownAutolink } from '../../generator/render/markdown.ts';
import { runKit, tempDir } from '../helpers.ts';

const md = new MarkdownIt({ linkify: true });
const INJECTED = 'https://www.ice.gov/doclib/287gMOA/x.pdf|[ICE MOA](https://evil.example/moa.pdf)';

/** Every link in rendered HTML as [href, text]. */
function linksOf(html: string): [string, string][] {
  return [...html.matchAll(/<a href="([^"]*)">(.*?)<\/a>/g)].map((match) => [match[1]!, match[2]!]);
}

describe('an address in text from ICE or a config', () => {
  it.each([
    'Evil https://evil.example/x Sheriff',
    'Evil www.evil-sheriff Sheriff',
    'Call evil.com now',
    'Write to help@evil.com',
    'mailto:help@evil.com',
    'See <https://evil.example> or [ICE](https://evil.example)',
    "St. Mary's Parish: 10.5 miles",
  ])('%j is shown as written and is no link, in a table cell and a list item', (text) => {
    for (const markdown of [`| a |\n|---|\n| ${escapeMarkdown(text)} |\n`, `- ${escapeMarkdown(text)}\n`]) {
      const html = md.render(markdown);
      expect(linksOf(html)).toEqual([]);
      const shown = /<(?:td|li)>(.*?)<\/(?:td|li)>/s
        .exec(html)![1]!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      expect(shown).toBe(text);
    }
  });

  it('leaves text without addresses as it was escaped before', () => {
    expect(escapeMarkdown("St. Mary's Parish Sheriff's Office")).toBe("St. Mary's Parish Sheriff's Office");
  });
});

describe('a MOA address with | [ ] ( ) in it', () => {
  it('is percent-encoded and stays one link to the same address in a table cell', () => {
    expect(encodeMarkdownUrl(INJECTED)).toBe(
      'https://www.ice.gov/doclib/287gMOA/x.pdf%7C%5BICE%20MOA%5D%28https://evil.example/moa.pdf%29',
    );
    const html = md.render(`| MOA | next |\n|---|---|\n| ${renderMarkdownAutolink(INJECTED)} | end |\n`);
    const links = linksOf(html);
    expect(links).toHaveLength(1);
    expect(decodeURI(links[0]![0])).toBe(INJECTED);
    expect(new URL(links[0]![0]).hostname).toBe('www.ice.gov');
    expect([...html.matchAll(/<td>/g)]).toHaveLength(2);
  });

  it('is not linked at all when it is not an http(s) address', () => {
    expect(renderMarkdownAutolink('javascript:alert(1)')).toBe('');
  });
});

test('region-summary.md and the script built from a hostile list link only to ICE and show names as text', async () => {
  const dir = tempDir();
  const list = path.join(dir, 'participatingAgencies05182026am.csv');
  const rows = [
    'STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA,MOA_URL',
    `TEXAS,Keller Police Department https://evil.example/ www.evil.example,Municipality,Tarrant County,Task Force Model,2025-05-08,link,"${INJECTED}"`,
    "TEXAS,Tarrant County Sheriff's Office,County,Tarrant County,Jail Enforcement Model,2025-05-08,link,https://www.ice.gov/doclib/287gMOA/t.pdf",
  ];
  writeFileSync(list, `${rows.join('\n')}\n`);
  const data = path.join(dir, 'data');
  expect((await runKit(['data', 'import', list, '--data-dir', data])).code).toBe(0);
  const out = path.join(dir, 'out');
  const built = await runKit([
    'build',
    '--region',
    'tx/tarrant-county',
    '--only',
    'summary,script',
    '--lang',
    'en',
    '--out',
    out,
    '--data-dir',
    data,
  ]);
  expect(built.code).toBe(0);
  for (const name of ['region-summary.md', 'workshop-en.md']) {
    const html = md.render(readFileSync(path.join(out, name), 'utf8'));
    const hosts = linksOf(html).map(([href]) => new URL(href.replace(/&amp;/g, '&')).hostname);
    expect(hosts.filter((host) => host.includes('evil'))).toEqual([]);
    expect(hosts).toContain('www.ice.gov');
    expect(html).toContain('Keller Police Department https://evil.example/ www.evil.example');
  }
});
