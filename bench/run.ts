// npm run bench: the kit's speed on this machine, each measure the median of several runs.
// (1) one region's kit in en and es without the Slidev build; (2) the kit's Slidev build of a generated
// deck against a bare `slidev build` of the same Markdown; (3) one handout drawn with pdf-lib against the
// same content printed by headless Chromium; (4) the batch of every state and county, handouts and quizzes.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWorkshop } from '../generator/workshop/build.ts';
import { prepareWorkshop } from '../generator/workshop/prepare.ts';
import { validateConfig } from '../generator/config/validate.ts';
import { renderSlideNotesPdf } from '../generator/deck/slide-notes-pdf.ts';
import { renderSlidesPdf } from '../generator/deck/slides-pdf.ts';
import { buildDeckSite, findBrowser } from '../generator/deck/slidev.ts';
import { buildHandoutBlocks } from '../generator/handout/handout.ts';
import { renderMapSvg } from '../generator/map/render-svg.ts';
import { renderPdf } from '../generator/pdf/render.ts';
import { DEFAULT_DATA_DIR, KIT_ROOT } from '../generator/paths.ts';
import { isRecord } from '../generator/json-value.ts';
import type { Block, Run } from '../generator/pdf/types.ts';

const TODAY = '2026-11-28';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const work = mkdtempSync(path.join(os.tmpdir(), 'kit-bench-'));
const { config } = validateConfig(
  {
    region: 'tx/tarrant-county',
    languages: ['en', 'es'],
    organization: { name: 'Bench' },
    contacts: { website: 'https://example.org' },
  },
  null,
);

async function time(label: string, runs: number, action: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await action();
    times.push((performance.now() - start) / 1000);
    process.stderr.write(`${label} run ${run + 1}/${runs}: ${times.at(-1)!.toFixed(2)} s\n`);
  }
  return times;
}

// (1) One region's kit, en and es, everything but the Slidev build and export. The first build loads the data
// and the gazetteer once per process; the median is of warm builds.
await buildWorkshop({
  dataDir: DEFAULT_DATA_DIR,
  config,
  outDir: path.join(work, 'kit'),
  outputRoot: work,
  today: TODAY,
  builtAt: 'bench',
  deck: 'markdown',
  force: true,
});
const kit = await time('kit', RUNS, () =>
  buildWorkshop({
    dataDir: DEFAULT_DATA_DIR,
    config,
    outDir: path.join(work, 'kit'),
    outputRoot: work,
    today: TODAY,
    builtAt: 'bench',
    deck: 'markdown',
    force: true,
  }),
);

// (2) The kit's Slidev build against a bare `slidev build` of the same deck, taken in turns so that a slower
// stretch of the machine does not fall on one side only.
const deck = path.join(work, 'kit', 'deck-en');
const slidev = path.join(KIT_ROOT, 'node_modules', '.bin', 'slidev');
const deckRuns = 3;
const kitDeck: number[] = [];
const bareDeck: number[] = [];
for (let run = 0; run < deckRuns; run++) {
  kitDeck.push(
    ...(await time('deck via kit', 1, async () => {
      rmSync(path.join(deck, 'dist'), { recursive: true, force: true });
      await buildDeckSite(deck);
    })),
  );
  bareDeck.push(
    ...(await time('bare slidev build', 1, () => {
      rmSync(path.join(deck, 'dist'), { recursive: true, force: true });
      execFileSync(slidev, ['build', 'slides.md', '--base', './', '--out', 'dist'], { cwd: deck, stdio: 'ignore' });
    })),
  );
}

// (3) One handout: pdf-lib against headless Chromium printing the same blocks as HTML.
const prepared = await prepareWorkshop({
  dataDir: DEFAULT_DATA_DIR,
  config: { ...config, languages: ['en'] },
  today: TODAY,
});
const content = prepared.contents[0]!;
const handoutSpec = {
  paper: 'letter' as const,
  language: 'en',
  title: 'Handout',
  subject: '287(g)',
  creator: 'bench',
  date: prepared.summary.data.asOf,
  header: null,
  footer: 'bench',
  pageLabel: (page: number, pages: number) => `Page ${page} of ${pages}`,
  dense: true,
};
const pdfLib = await time('handout with pdf-lib', RUNS, () =>
  renderPdf(handoutSpec, [buildHandoutBlocks({ content, map: prepared.maps.en ?? null })]),
);
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
const runs = (items: Run[]) =>
  items.map((run) => (run.bold ? `<b>${escapeHtml(run.text)}</b>` : escapeHtml(run.text))).join('');
const html = (blocks: Block[]) =>
  blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
        case 'paragraph':
        case 'notice':
          return `<p>${runs(block.runs)}</p>`;
        case 'bullets':
        case 'numbered':
          return `<ul>${block.items.map((item) => `<li>${runs(item)}</li>`).join('')}</ul>`;
        case 'table':
          return (
            `<table><tr>${block.columns.map((column) => `<th>${escapeHtml(column.header)}</th>`).join('')}</tr>` +
            block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('') +
            '</table>'
          );
        case 'map':
          return renderMapSvg(block.map);
        case 'qr':
          return `<p>${escapeHtml(block.caption)} ${escapeHtml(block.url)}</p>`;
        default:
          return '';
      }
    })
    .join('\n');
const page = path.join(work, 'handout.html');
writeFileSync(
  page,
  '<!doctype html><meta charset="utf-8"><style>' +
    "body{font:10.5pt 'Noto Sans',sans-serif} " +
    'table{border-collapse:collapse} td,th{border:1px solid #999;padding:2px}' +
    `</style>${html(buildHandoutBlocks({ content, map: prepared.maps.en ?? null }))}`,
);
const browser = findBrowser(process.env);
const chromium = browser
  ? await time('handout with Chromium', RUNS, () => {
      spawnSync(
        browser,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          `--user-data-dir=${path.join(work, 'profile')}`,
          '--no-pdf-header-footer',
          `--print-to-pdf=${path.join(work, 'handout-chromium.pdf')}`,
          `file://${page}`,
        ],
        { stdio: 'ignore' },
      );
    })
  : [];

// (5) A presentable deck for a region without a Vite build: the kit's slide PDF and speaker notes, against the
// Slidev build of the same deck measured in (2).
const slidesPdf = await time('deck as slide PDF + notes', RUNS, async () =>
  renderSlideNotesPdf(content, await renderSlidesPdf(content, prepared.maps.en ?? null), 'letter'),
);

// (4) The batch of every state and county in en and es, handouts and quizzes, as its own process. Memory is the
// batch's own report: its process and workers together, sampled from /proc five times a second.
let batch: {
  seconds: number;
  regions: number;
  kitsPerSecond: number;
  peakMemoryMb: number | null;
  largestWorkerMb: number | null;
  failures: number;
} | null = null;
const batchOut = path.join(work, 'batch');
const start = performance.now();
const timed = spawnSync(
  process.execPath,
  [
    path.join(KIT_ROOT, 'generator', 'cli', 'kit.mjs'),
    'batch',
    '--states',
    'all',
    '--counties',
    '--lang',
    'en,es',
    '--only',
    'handout,quiz',
    '--out',
    batchOut,
  ],
  { encoding: 'utf8', env: { ...process.env, KIT_TODAY: TODAY } },
);
const seconds = (performance.now() - start) / 1000;
if (existsSync(path.join(batchOut, 'batch.json'))) {
  const summary: unknown = JSON.parse(readFileSync(path.join(batchOut, 'batch.json'), 'utf8'));
  const regions = isRecord(summary) && Array.isArray(summary.regions) ? summary.regions.length : 0;
  const memory = /Peak memory: (\d+) MB for the whole batch \(this process \d+ MB, the largest worker (\d+) MB\)/.exec(
    timed.stdout ?? '',
  );
  batch = {
    seconds,
    regions,
    kitsPerSecond: regions / seconds,
    peakMemoryMb: memory ? Number(memory[1]) : null,
    largestWorkerMb: memory ? Number(memory[2]) : null,
    failures: timed.status === 0 ? 0 : 1,
  };
} else {
  process.stderr.write(`kit batch wrote no batch.json:\n${(timed.stderr ?? '').slice(-2000)}\n`);
}

const results = {
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  },
  runs: RUNS,
  kitSeconds: median(kit),
  deck: {
    kitSeconds: median(kitDeck),
    bareSeconds: median(bareDeck),
    overheadPercent: (median(kitDeck) / median(bareDeck) - 1) * 100,
  },
  handout: {
    pdfLibSeconds: median(pdfLib),
    pdfLibFirstSeconds: pdfLib[0]!,
    chromiumSeconds: chromium.length ? median(chromium) : null,
    speedup: chromium.length ? median(chromium) / median(pdfLib) : null,
  },
  slidesPdf: { seconds: median(slidesPdf), speedupOverSlidev: median(kitDeck) / median(slidesPdf) },
  batch,
};
writeFileSync(path.join(KIT_ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const row = (measure: string, value: string, target: string, met: boolean | null) =>
  `| ${measure} | ${value} | ${target} | ${met === null ? 'n/a' : met ? 'yes' : 'no'} |`;
console.log(
  [
    `Machine: ${results.machine.cpus} cores (${results.machine.model}), ${results.machine.memoryGb} GB, ` +
      `Node ${results.machine.node}, ${results.machine.date}; median of ${RUNS} runs`,
    '',
    '| measure | result | target | met |',
    '|---|---|---|---|',
    row(
      '(1) one region, en+es, no Slidev build',
      `${results.kitSeconds.toFixed(2)} s`,
      '< 1 s',
      results.kitSeconds < 1,
    ),
    row(
      '(2) Slidev build via the kit vs bare',
      `${results.deck.kitSeconds.toFixed(1)} s vs ${results.deck.bareSeconds.toFixed(1)} s ` +
        `(${results.deck.overheadPercent >= 0 ? '+' : ''}${results.deck.overheadPercent.toFixed(0)}%)`,
      'within 15%',
      Math.abs(results.deck.overheadPercent) <= 15,
    ),
    row(
      '(3) handout: pdf-lib vs Chromium',
      results.handout.chromiumSeconds
        ? `${results.handout.pdfLibSeconds.toFixed(3)} s (first in the process ` +
            `${results.handout.pdfLibFirstSeconds.toFixed(2)} s) ` +
            `vs ${results.handout.chromiumSeconds.toFixed(2)} s (${results.handout.speedup!.toFixed(1)}x)`
        : `${results.handout.pdfLibSeconds.toFixed(2)} s (no browser)`,
      '20x faster',
      results.handout.speedup ? results.handout.speedup >= 20 : null,
    ),
    row(
      '(4) batch: every state and county, en+es, handouts+quizzes',
      batch
        ? `${batch.seconds.toFixed(0)} s, ${batch.regions} kits, ${batch.kitsPerSecond.toFixed(1)} kits/s, ` +
            `peak ${batch.peakMemoryMb ?? '?'} MB for the whole batch ` +
            `(largest worker ${batch.largestWorkerMb ?? '?'} MB)`
        : 'did not run',
      '< 60 s, < 1 GB',
      batch ? batch.seconds < 60 && (batch.peakMemoryMb ?? 0) < 1024 : null,
    ),
    row(
      '(5) a deck per region without Vite: slide PDF + notes vs Slidev build',
      `${results.slidesPdf.seconds.toFixed(2)} s vs ${results.deck.kitSeconds.toFixed(1)} s ` +
        `(${results.slidesPdf.speedupOverSlidev.toFixed(0)}x)`,
      'much cheaper',
      results.slidesPdf.speedupOverSlidev >= 10,
    ),
  ].join('\n'),
);
rmSync(work, { recursive: true, force: true });
