import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkshop } from '../../generator/workshop/build.ts';
import { describeOutput, escapeHtml, renderIndexHtml } from '../../generator/workshop/index-html.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { SHIPPED_DATA, tempDir } from '../helpers.ts';

const decode = (value: string) =>
  value.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!,
  );
const linksOf = (html: string) =>
  [...html.matchAll(/href="([^"]*)"/g)].map((match) => decodeURIComponent(decode(match[1]!)));

describe('index.html', () => {
  it('links every file of a --fast build with what it is for, and every link resolves to a file', async () => {
    const out = path.join(tempDir(), 'harris');
    const { config } = validateConfig({ region: 'tx/harris-county', languages: ['en', 'es'] }, null);
    await buildWorkshop({
      dataDir: SHIPPED_DATA,
      config,
      outDir: out,
      outputRoot: out,
      today: '2026-11-28',
      builtAt: '2026-11-28T00:00:00Z',
      deck: 'markdown',
    });
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    const written: string[] = manifest.outputs.map((output: { path: string }) => output.path);
    expect(written).toContain('index.html');
    const links = linksOf(html);
    expect(links.sort()).toEqual([...written.filter((file) => file !== 'index.html'), 'manifest.json'].sort());
    for (const link of links) {
      expect(path.isAbsolute(link) || /^[a-z]+:/i.test(link), link).toBe(false);
      expect(existsSync(path.join(out, link)), link).toBe(true);
      expect(html).toContain(`>${link}</a> — ${escapeHtml(describeOutput(link)!.text)}</li>`);
    }
    expect(html).toMatch(/handout-en\.pdf<\/a> — The handout \(en\): print double-sided, one per person\./);
    expect(html).toMatch(
      /cards-en-es\.pdf<\/a> — Wallet cards, 8 per sheet: print one sheet per 8 people, double-sided \(flip on the long edge\), and cut on the crop marks\./,
    );
    expect(html).toMatch(/quiz\/quiz-es\.qti\.zip<\/a> — .*Canvas/);
    expect(html).toMatch(/quiz\/quiz-en\.kahoot\.xlsx<\/a> — .*Kahoot/);
    expect(html).toMatch(/quiz\/quiz-en\.gift\.txt<\/a> — .*Moodle.*Google Forms/);
    expect(html).toMatch(/Harris County, Texas[\s\S]*as of 2026-05-18[\s\S]*Not legal advice/);
    expect(html).toMatch(/194 days ago/);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/[^\s<]*"/i);
  });

  it('links the deck site and deck.pdf when the Slidev step writes them, and says how to open them', () => {
    const html = renderIndexHtml({
      region: { id: 'tx', name: 'Texas' },
      data: { asOf: '2026-05-18', source: 'participating.xlsx', pendingAsOf: null, staleMessage: null },
      kitVersion: '0.1.0',
      files: ['deck-en/slides.md', 'deck-en/dist/index.html', 'deck-en/deck.pdf', 'manifest.json'],
    });
    expect(html).toMatch(/href="deck-en\/dist\/index\.html"[^\n]*any web server[^\n]*does not open from file:\/\//);
    expect(html).toMatch(/href="deck-en\/deck\.pdf"[^\n]*works anywhere/);
    expect(html).not.toMatch(/class="stale"/);
  });

  it('escapes a hostile custom region name everywhere it appears', async () => {
    const root = tempDir();
    const hostile = '<script>alert(1)</script> & "x"';
    const { config, problems } = validateConfig(
      { custom_region: { name: hostile, counties: ['tx/harris-county'] } },
      null,
    );
    expect(problems).toEqual([]);
    const result = await buildWorkshop({
      dataDir: SHIPPED_DATA,
      config,
      outputRoot: root,
      today: '2026-11-28',
      builtAt: '2026-11-28T00:00:00Z',
      deck: 'markdown',
      only: ['summary'],
    });
    const html = readFileSync(path.join(result.outDir, 'index.html'), 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('"x"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(html.match(/&lt;script&gt;/g)!.length).toBe(2); // the title and the heading
  });
});
