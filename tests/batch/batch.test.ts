import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.ts';
import { runKitBatch } from './helpers.ts';

const FAILING_WORKER = fileURLToPath(new URL('./fixtures/failing-worker.ts', import.meta.url));
const NH_COUNTIES = [
  'belknap',
  'carroll',
  'cheshire',
  'coos',
  'hillsborough',
  'merrimack',
  'rockingham',
  'strafford',
].map((name) => `nh-${name}-county`);

describe('kit batch, two small states with their counties', () => {
  let out: string;
  let result: Awaited<ReturnType<typeof runKitBatch>>;
  beforeAll(async () => {
    // Not tempDir(): its folders go after each test, and this batch serves three.
    out = mkdtempSync(path.join(os.tmpdir(), 'kit-batch-'));
    result = await runKitBatch([
      '--states',
      'AK,nh',
      '--counties',
      '--lang',
      'en',
      '--only',
      'summary,quiz,deck',
      '--jobs',
      '2',
      '--out',
      out,
    ]);
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('exits 0 and builds one folder per state and per county with a local agreement', () => {
    expect(result.code, result.stderr).toBe(0);
    const folders = readdirSync(out)
      .filter((name) => !name.includes('.'))
      .sort();
    expect(folders).toContain('ak');
    expect(folders).toContain('nh');
    for (const county of NH_COUNTIES) expect(folders).toContain(county);
    // Alaska has a statewide agreement, but only the county with a local one is built.
    expect(folders.filter((name) => name.startsWith('ak-'))).toHaveLength(1);
    expect(folders).toHaveLength(11);
    for (const folder of folders) {
      expect(existsSync(path.join(out, folder, 'region-summary.md')), folder).toBe(true);
      expect(existsSync(path.join(out, folder, 'quiz', 'quiz-en.json')), folder).toBe(true);
      expect(existsSync(path.join(out, folder, 'handout-en.pdf')), folder).toBe(false);
      // Every region gets a deck to present without a Slidev build: the kit's slide PDF, its notes and the Slidev
      // project.
      expect(execFileSync('pdfinfo', [path.join(out, folder, 'slides-en.pdf')], { encoding: 'utf8' }), folder).toMatch(
        /Page size:\s+960 x 540 pts/,
      );
      expect(existsSync(path.join(out, folder, 'speaker-notes-en.pdf')), folder).toBe(true);
      expect(existsSync(path.join(out, folder, 'deck-en', 'slides.md')), folder).toBe(true);
      expect(existsSync(path.join(out, folder, 'deck-en', 'dist')), folder).toBe(false);
    }
    expect(result.stdout).toMatch(/Built 11 of 11 regions .* in .*regions\/s\), 0 failed\./);
    expect(result.stderr).toMatch(/^\[ 1\/11\] \S+ ok \(\d+\.\d s\)$/m);
    expect(result.stderr.match(/^\[\s*\d+\/11\] \S+ ok/gm)).toHaveLength(11);
  });

  it('writes batch.json whose counts match the regions built', () => {
    const batch = JSON.parse(readFileSync(path.join(out, 'batch.json'), 'utf8'));
    expect(batch.totals).toMatchObject({ regions: 11, built: 11, failed: 0 });
    expect(batch.counties).toBe('local');
    expect(batch.regions.map((entry: { folder: string }) => entry.folder).sort()).toEqual(
      readdirSync(out)
        .filter((name) => !name.includes('.'))
        .sort(),
    );
    for (const entry of batch.regions) {
      const summary = JSON.parse(readFileSync(path.join(out, entry.folder, 'region-summary.json'), 'utf8'));
      expect(entry.agreements, entry.id).toBe(summary.counts.agreements);
      expect(entry.agencies, entry.id).toBe(summary.counts.agencies);
      expect(entry.name).toBe(summary.region.name);
      // A county is only in the batch because an agreement reaches it.
      expect(entry.agreements, entry.id).toBeGreaterThan(0);
    }
  });

  it('writes index.html that lists and links every region, with no external request', () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html.match(/<tbody>[\s\S]*<\/tbody>/)![0].match(/<tr /g)).toHaveLength(11);
    expect(html).toContain('<a href="nh-hillsborough-county/">Hillsborough County, New Hampshire</a>');
    expect(html).toContain('href="nh-hillsborough-county/region-summary.md"');
    expect(html).toContain('href="nh-hillsborough-county/quiz/"');
    expect(html).toContain('<a href="nh-hillsborough-county/slides-en.pdf">slides-en.pdf</a>');
    expect(html).toContain('<a href="nh-hillsborough-county/deck-en/slides.md">deck-en/slides.md</a>');
    expect(html).not.toContain('nh-hillsborough-county/deck-en/package.json');
    expect(html).not.toContain('nh-hillsborough-county/quiz/quiz-en');
    expect(html).toContain('<input id="filter"');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});

describe('kit batch, mistakes and failures', () => {
  it('exits 2 on an unknown state code, naming it, before building anything', async () => {
    const out = tempDir('kit-batch-');
    const result = await runKitBatch(['--states', 'TX,ZZ,QQ', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--states TX,ZZ,QQ: unknown state codes ZZ, QQ/);
    expect(readdirSync(out)).toEqual([]);
    expect((await runKitBatch(['--only', 'summary'])).code).toBe(2);
    expect((await runKitBatch(['--states', 'NH', '--only', 'slides'])).stderr).toMatch(
      /--only slides: use one or more of summary/,
    );
    expect((await runKitBatch(['--states', 'NH', '--jobs', '0'])).code).toBe(2);
    expect((await runKitBatch(['--help'])).stdout).toMatch(/--counties[\s\S]*statewide[\s\S]*--jobs N/);
  });

  it('keeps going when a region throws or kills its worker, lists both and exits 1', async () => {
    const out = tempDir('kit-batch-');
    const result = await runKitBatch(
      ['--states', 'AK,CO', '--counties', '--only', 'summary', '--jobs', '2', '--out', out],
      { workerModule: FAILING_WORKER },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /2 regions failed:\n  ak: the worker process stopped \(exit code 3\)[^\n]*\n  co: Simulated failure for <co> & friends\n/,
    );
    expect(result.stdout).toMatch(/Built 2 of 4 regions .*, 2 failed\./);
    const batch = JSON.parse(readFileSync(path.join(out, 'batch.json'), 'utf8'));
    expect(batch.totals).toMatchObject({ regions: 4, built: 2, failed: 2 });
    for (const entry of batch.regions.filter((region: { ok: boolean }) => region.ok))
      expect(existsSync(path.join(out, entry.folder, 'region-summary.md'))).toBe(true);
    expect(existsSync(path.join(out, 'co'))).toBe(false);
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('failed: Simulated failure for &lt;co&gt; &amp; friends');
    expect(html).not.toContain('<co>');
  }, 120_000);

  it('builds the region a crashed worker held but had not started, in the worker that replaces it', async () => {
    const out = tempDir('kit-batch-');
    // One worker holds two regions at once (ak, then the next); ak kills it, and the next must still be built.
    const result = await runKitBatch(
      ['--states', 'AK,CO', '--counties', '--only', 'summary', '--jobs', '1', '--out', out],
      { workerModule: FAILING_WORKER },
    );
    expect(result.code).toBe(1);
    const batch = JSON.parse(readFileSync(path.join(out, 'batch.json'), 'utf8'));
    expect(batch.totals).toMatchObject({ regions: 4, built: 2, failed: 2 });
    const failed = batch.regions.filter((region: { ok: boolean }) => !region.ok);
    expect(failed.map((region: { id: string }) => region.id).sort()).toEqual(['ak', 'co']);
    for (const entry of batch.regions.filter((region: { ok: boolean }) => region.ok))
      expect(existsSync(path.join(out, entry.folder, 'region-summary.md'))).toBe(true);
  }, 120_000);
});
