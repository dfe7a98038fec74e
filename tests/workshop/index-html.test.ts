import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkshop } from '../../generator/workshop/build.ts';
import { escapeHtml, renderIndexHtml } from '../../generator/workshop/index-html.ts';
import { findDeckSiteRecord, recordDeckSite } from '../../generator/workshop/deck-site.ts';
import { MANIFEST_RECORD, type OutputRecord } from '../../generator/output-record.ts';
import { readRecord } from '../../generator/workshop/legacy-record.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { buildTestKitFrom, SHIPPED_DATA, tempDir } from '../helpers.ts';

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
    await buildTestKitFrom(config, out, {
      deck: 'markdown',
    });
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    const outputs: OutputRecord[] = manifest.outputs;
    const written = outputs.map((output) => output.path);
    expect(written).toContain('index.html');
    const links = linksOf(html);
    // Every file but the parts of a listed one (a deck project's package.json and theme files, of its slides.md).
    const parts = outputs.filter((output) => output.partOf !== null).map((output) => output.path);
    expect(parts).toContain('deck-en/package.json');
    expect(links.sort()).toEqual(
      [...written.filter((file) => file !== 'index.html' && !parts.includes(file)), 'manifest.json'].sort(),
    );
    const labels = { participant: 'for participants', trainer: 'trainer only', both: 'trainer and room' };
    for (const link of links) {
      expect(path.isAbsolute(link) || /^[a-z]+:/i.test(link), link).toBe(false);
      expect(existsSync(path.join(out, link)), link).toBe(true);
      const record = [...outputs, MANIFEST_RECORD].find((output) => output.path === link)!;
      const who = `<span class="who who-${record.audience}">${labels[record.audience]}</span>`;
      expect(html).toContain(`>${link}</a> ${who} — ${escapeHtml(record.purpose)}</li>`);
    }
    // What a participant may be handed, and what only the trainer reads, said beside each file.
    expect(html).toMatch(/>handout-en\.pdf<\/a> <span class="who who-participant">for participants<\/span>/);
    expect(html).toMatch(/>quiz\/answer-key-en\.pdf<\/a> <span class="who who-trainer">trainer only<\/span>/);
    expect(html).toMatch(/>facilitator-guide-en\.pdf<\/a> <span class="who who-trainer">trainer only<\/span>/);
    expect(html).toMatch(
      /handout-en\.pdf<\/a> <span[^>]*>[^<]*<\/span> — The handout \(en\): print double-sided, one per person\./,
    );
    expect(html).toMatch(
      /cards-en-es\.pdf<\/a> <span[^>]*>[^<]*<\/span> — Wallet cards, 8 per sheet: print one sheet per 8 people, double-sided \(flip on the long edge\), and cut on the crop marks\./,
    );
    expect(html).toMatch(/quiz\/quiz-es\.qti\.zip<\/a> <span[^>]*>[^<]*<\/span> — .*Canvas/);
    expect(html).toMatch(/quiz\/quiz-en\.kahoot\.xlsx<\/a> <span[^>]*>[^<]*<\/span> — .*Kahoot/);
    expect(html).toMatch(/quiz\/quiz-en\.gift\.txt<\/a> <span[^>]*>[^<]*<\/span> — .*Moodle.*Google Forms/);
    expect(html).toMatch(/Harris County, Texas[\s\S]*as of 2026-05-18[\s\S]*Not legal advice/);
    expect(html).toMatch(/194 days ago/);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/[^\s<]*"/i);
  });

  it('links the deck site, deck.pdf and png/ when the Slidev step writes them, and says how to open them', () => {
    const planned = recordDeckSite(['en'], { step: 'pdf', browser: '/usr/bin/chromium', png: true });
    const slidev = ['deck-en/dist/index.html', 'deck-en/dist/assets/app.js', 'deck-en/deck.pdf', 'deck-en/png/1.png'];
    const html = renderIndexHtml({
      region: { id: 'tx', name: 'Texas' },
      data: { asOf: '2026-05-18', source: 'participating.xlsx', pendingAsOf: null },
      checklist: [],
      kitVersion: '0.1.0',
      outputs: [...slidev.map((file) => findDeckSiteRecord(planned, file)!), MANIFEST_RECORD],
    });
    expect(html).toMatch(/href="deck-en\/dist\/index\.html"[^\n]*any web server[^\n]*does not open from file:\/\//);
    expect(html).toMatch(/href="deck-en\/deck\.pdf"[^\n]*works anywhere/);
    // Exported with clicks, each quiz question comes before its answer: a file for the room, like the kit's slide PDF.
    expect(html).toMatch(/href="deck-en\/deck\.pdf"[^\n]*for participants[^\n]*a page without its answer, followed/);
    expect(html).toMatch(/href="deck-en\/png\/"[^\n]*for participants[^\n]*Every slide \(en\) as a PNG image/);
    expect(linksOf(html)).toEqual(['deck-en/deck.pdf', 'deck-en/dist/index.html', 'deck-en/png/', 'manifest.json']);
    expect(html).not.toMatch(/class="stale"/);
  });

  it(
    'lists the files of a manifest written before records (format 2) by their kind, marked as from an ' +
      'earlier version',
    () => {
      const legacy = (path: string, kind: string, language: string | null) => ({
        path,
        kind,
        language,
        bytes: 1,
        sha256: 'a',
      });
      const records = [
        legacy('handout-en.pdf', 'handout', 'en'),
        legacy('cards-en-es.pdf', 'handout', null),
        legacy('deck-en/slides.md', 'deck', 'en'),
        legacy('deck-en/dist/index.html', 'deck-site', 'en'),
        legacy('deck-en/dist/assets/app.js', 'deck-site', 'en'),
        legacy('region-summary.md', 'summary', 'en'),
      ].map(readRecord);
      const html = renderIndexHtml({
        region: { id: 'tx', name: 'Texas' },
        data: { asOf: '2026-05-18', source: 'participating.xlsx', pendingAsOf: null },
        checklist: [],
        kitVersion: '0.1.0',
        outputs: [...records, MANIFEST_RECORD],
      });
      expect(linksOf(html)).toEqual([
        'cards-en-es.pdf',
        'handout-en.pdf',
        'deck-en/',
        'deck-en/slides.md',
        'manifest.json',
        'region-summary.md',
      ]);
      expect(html).toContain(
        '<h2>Print</h2>\n<ul>\n  <li><a class="file" href="cards-en-es.pdf">cards-en-es.pdf</a> ' +
          '<span class="who who-both">trainer and room</span> — A ' +
          'printed material (handout, wallet cards or guide), written by an earlier version of the kit: ' +
          'build again (kit build) to see what it is for.</li>',
      );
      expect(html).toContain(
        '>deck-en/</a> <span class="who who-both">trainer and room</span> — ' +
          'The deck as Slidev built it (website, PDF, images) (en), written by an earlier ' +
          'version of the kit',
      );
      expect(records.map((record) => record.audience)).toEqual(['both', 'both', 'both', 'both', 'both', 'trainer']);
    },
  );

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
