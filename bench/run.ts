// npm run bench: the kit's speed on this machine, each measure the median of several runs (BENCH_RUNS).
// (1) one region's kit in en and es without the Slidev build; (2) the kit's Slidev build of a generated
// deck against a bare `slidev build` of the same Markdown; (3) the handouts of ten counties in turn, drawn with
// pdf-lib against the same content printed by Chromium, warm (one browser and one page for every handout, as
// Slidev and Marp export), and one county's by a cold Chromium (a new headless Chromium per handout); (4) the
// batch of every state and county, handouts and quizzes, with its CPU-seconds per region; (5) the slide PDF and
// notes; (6) `kit build --fast` and the full build with both Slidev decks, each from the command line.
// BENCH_SKIP=batch,full (any of kit, deck, handout, slides, cli, full, batch) leaves slow parts out; a skipped
// batch keeps the batch figures of the previous results.json, with a note saying so.

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
import { chromium as playwrightChromium } from 'playwright-chromium';

const TODAY = '2026-11-28';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').map((part) => part.trim()));
const measures = (part: string) => !SKIP.has(part);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const medianOrNull = (values: number[]) => (values.length ? median(values) : null);
const RESULTS = path.join(KIT_ROOT, 'bench', 'results.json');
const previous: unknown = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : null;
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

/**
 * CPU-seconds (user + system) of this process's waited-for children, from /proc/self/stat (cutime, cstime, in
 * clock ticks of 1/100 s on Linux). A child's own reaped children (the batch's worker processes) count in it.
 * Null where /proc is not there.
 */
function readChildCpuSeconds(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const kitCli = path.join(KIT_ROOT, 'generator', 'cli', 'kit.mjs');
const exampleConfig = path.join(KIT_ROOT, 'data', 'workshops', 'example.yaml');

/** Wall seconds of `kit build` of the example county in en and es with extra options, from the command line. */
function timeKitBuild(options: string[], out: string): number {
  const start = performance.now();
  const done = spawnSync(
    process.execPath,
    [kitCli, 'build', '--config', exampleConfig, '--lang', 'en,es', '--force', ...options, '--out', out],
    { encoding: 'utf8', env: { ...process.env, KIT_TODAY: TODAY } },
  );
  const seconds = (performance.now() - start) / 1000;
  if (done.status !== 0) throw new Error(`kit build ${options.join(' ')} failed:\n${(done.stderr ?? '').slice(-2000)}`);
  return seconds;
}

// (1) One region's kit, en and es, everything but the Slidev build and export. The first build loads the data
// and the gazetteer once per process; the median is of warm builds.
const buildOptions = {
  dataDir: DEFAULT_DATA_DIR,
  config,
  outDir: path.join(work, 'kit'),
  outputRoot: work,
  today: TODAY,
  builtAt: 'bench',
  deck: 'markdown' as const,
  force: true,
};
await buildWorkshop(buildOptions);
const kit = measures('kit') ? await time('kit', RUNS, () => buildWorkshop(buildOptions)) : [];

// (2) The kit's Slidev build against a bare `slidev build` of the same deck, taken in turns so that a slower
// stretch of the machine does not fall on one side only.
const deck = path.join(work, 'kit', 'deck-en');
const slidev = path.join(KIT_ROOT, 'node_modules', '.bin', 'slidev');
const deckRuns = measures('deck') ? 3 : 0;
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

// (3) Handouts: pdf-lib against Chromium printing the same blocks as HTML. Ten different counties in turn, each
// once per run after one pass that is not counted, so that what a process remembers between documents (fonts,
// compressed streams, parsed paths) helps only as it would in a batch, never by drawing one region again.
const HANDOUT_REGIONS = [
  'tx/tarrant-county',
  'ar/benton-county',
  'fl/miami-dade-county',
  'ar/craighead-county',
  'ga/cobb-county',
  'ar/baxter-county',
  'fl/collier-county',
  'ar/washington-county',
  'ga/gwinnett-county',
  'ar/crawford-county',
];
const handouts = await Promise.all(
  HANDOUT_REGIONS.map(async (region) => {
    const prepared = await prepareWorkshop({
      dataDir: DEFAULT_DATA_DIR,
      config: validateConfig({ ...config, region, languages: ['en'] }, null).config,
      today: TODAY,
    });
    return { prepared, content: prepared.contents[0]!, map: prepared.maps.en ?? null };
  }),
);
const { prepared, content } = handouts[0]!;
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

/** Seconds of each handout: one pass over `items` not counted, then `runs` passes, each item once a pass. */
async function timeRotation<T>(label: string, runs: number, items: T[], action: (item: T) => unknown) {
  const first = performance.now();
  for (const item of items) await action(item);
  const warmUp = (performance.now() - first) / 1000;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const item of items) {
      const start = performance.now();
      await action(item);
      times.push((performance.now() - start) / 1000);
    }
    process.stderr.write(
      `${label} pass ${run + 1}/${runs}: median ${median(times.slice(-items.length)).toFixed(3)} s\n`,
    );
  }
  return { times, warmUp };
}

const firstHandout = performance.now();
if (measures('handout')) await renderPdf(handoutSpec, [buildHandoutBlocks(handouts[0]!)]);
const pdfLibFirst = measures('handout') ? (performance.now() - firstHandout) / 1000 : null;
const pdfLib = measures('handout')
  ? (
      await timeRotation('handouts with pdf-lib', RUNS, handouts, (handout) =>
        renderPdf(handoutSpec, [buildHandoutBlocks(handout)]),
      )
    ).times
  : [];
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
const htmlOf = (handout: (typeof handouts)[number]) =>
  '<!doctype html><meta charset="utf-8"><style>' +
  "body{font:10.5pt 'Noto Sans',sans-serif} " +
  'table{border-collapse:collapse} td,th{border:1px solid #999;padding:2px}' +
  `</style>${html(buildHandoutBlocks(handout))}`;
const handoutHtml = htmlOf(handouts[0]!);
const page = path.join(work, 'handout.html');
writeFileSync(page, handoutHtml);
const browser = measures('handout') ? findBrowser(process.env) : null;
// Warm: one browser launched once and one page reused, as Slidev and Marp export do, given the same counties' HTML
// in the same turns, after the same pass that is not counted.
let chromiumWarm: number[] = [];
if (browser) {
  const launched = await playwrightChromium.launch({ executablePath: browser, args: ['--no-sandbox'] });
  const tab = await launched.newPage();
  const pages = handouts.map(htmlOf);
  chromiumWarm = (
    await timeRotation('handouts with Chromium, warm', RUNS, pages, async (markup) => {
      await tab.setContent(markup);
      await tab.pdf({ format: 'Letter' });
    })
  ).times;
  await launched.close();
}
// Cold: a new headless Chromium for each handout (the first county's only).
const chromiumCold = browser
  ? await time('handout with Chromium, cold', RUNS, () => {
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
const slidesPdf = measures('slides')
  ? await time('deck as slide PDF + notes', RUNS, async () =>
      renderSlideNotesPdf(content, await renderSlidesPdf(content, prepared.maps.en ?? null), 'letter'),
    )
  : [];

// (6) From the command line, as a trainer runs it: `kit build --fast` of the example county in en and es (a new
// Node process each time, loading the kit), and the full build with both Slidev decks built and exported
// (BENCH_FULL_RUNS runs, 1 unless set: it takes about half a minute).
const fastBuild = measures('cli')
  ? await time('kit build --fast (command line)', RUNS, () => timeKitBuild(['--fast'], path.join(work, 'cli-fast')))
  : [];
const fullBuild =
  measures('full') && findBrowser(process.env)
    ? await time('kit build, full with Slidev (command line)', Number(process.env.BENCH_FULL_RUNS ?? 1), () =>
        timeKitBuild([], path.join(work, 'cli-full')),
      )
    : [];

// (4) The batch of every state and county in en and es, handouts and quizzes, as its own process. Memory is the
// batch's own report: its process and workers together, sampled from /proc five times a second. CPU is the
// user + system time of the batch process and its worker processes, all reaped when it ends (readChildCpuSeconds).
type BatchResult = {
  seconds: number;
  regions: number;
  kitsPerSecond: number;
  cpuSeconds: number | null;
  cpuSecondsPerRegion: number | null;
  peakMemoryMb: number | null;
  largestWorkerMb: number | null;
  failures: number;
  note?: string;
};
let batch: BatchResult | null = null;
if (measures('batch')) {
  const batchOut = path.join(work, 'batch');
  const cpuBefore = readChildCpuSeconds();
  const start = performance.now();
  const timed = spawnSync(
    process.execPath,
    [kitCli, 'batch', '--states', 'all', '--counties', '--lang', 'en,es', '--only', 'handout,quiz', '--out', batchOut],
    { encoding: 'utf8', env: { ...process.env, KIT_TODAY: TODAY } },
  );
  const seconds = (performance.now() - start) / 1000;
  const cpuAfter = readChildCpuSeconds();
  if (existsSync(path.join(batchOut, 'batch.json'))) {
    const summary: unknown = JSON.parse(readFileSync(path.join(batchOut, 'batch.json'), 'utf8'));
    const regions = isRecord(summary) && Array.isArray(summary.regions) ? summary.regions.length : 0;
    const memory =
      /Peak memory: (\d+) MB for the whole batch \(this process \d+ MB, the largest worker (\d+) MB\)/.exec(
        timed.stdout ?? '',
      );
    const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
    batch = {
      seconds,
      regions,
      kitsPerSecond: regions / seconds,
      cpuSeconds,
      cpuSecondsPerRegion: cpuSeconds === null || regions === 0 ? null : cpuSeconds / regions,
      peakMemoryMb: memory ? Number(memory[1]) : null,
      largestWorkerMb: memory ? Number(memory[2]) : null,
      failures: timed.status === 0 ? 0 : 1,
    };
  } else {
    process.stderr.write(`kit batch wrote no batch.json:\n${(timed.stderr ?? '').slice(-2000)}\n`);
  }
} else if (isRecord(previous) && isRecord(previous.batch)) {
  const kept = previous.batch;
  const numberOf = (key: string) => (typeof kept[key] === 'number' ? kept[key] : null);
  batch = {
    seconds: numberOf('seconds') ?? 0,
    regions: numberOf('regions') ?? 0,
    kitsPerSecond: numberOf('kitsPerSecond') ?? 0,
    cpuSeconds: numberOf('cpuSeconds'),
    cpuSecondsPerRegion: numberOf('cpuSecondsPerRegion'),
    peakMemoryMb: numberOf('peakMemoryMb'),
    largestWorkerMb: numberOf('largestWorkerMb'),
    failures: numberOf('failures') ?? 0,
    note:
      typeof kept.note === 'string'
        ? kept.note
        : `Not run this time (BENCH_SKIP=batch): the figures of the previous run` +
          (isRecord(previous.machine) ? ` (${String(previous.machine.date)})` : '') +
          (numberOf('cpuSeconds') === null ? ', which did not measure CPU time.' : '.'),
  };
}

const warm = medianOrNull(chromiumWarm);
const cold = medianOrNull(chromiumCold);
const lib = medianOrNull(pdfLib);
const results = {
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  },
  runs: RUNS,
  skipped: [...SKIP].filter(Boolean),
  kitSeconds: medianOrNull(kit),
  deck: kitDeck.length
    ? {
        kitSeconds: median(kitDeck),
        bareSeconds: median(bareDeck),
        overheadPercent: (median(kitDeck) / median(bareDeck) - 1) * 100,
      }
    : null,
  handout: {
    pdfLibSeconds: lib,
    pdfLibFirstSeconds: pdfLibFirst,
    regions: HANDOUT_REGIONS,
    chromiumWarmSeconds: warm,
    chromiumColdSeconds: cold,
    speedupOverWarm: lib && warm ? warm / lib : null,
    speedupOverCold: lib && cold ? cold / lib : null,
  },
  slidesPdf: slidesPdf.length
    ? {
        seconds: median(slidesPdf),
        speedupOverSlidev: kitDeck.length ? median(kitDeck) / median(slidesPdf) : null,
      }
    : null,
  cli: {
    fastBuildSeconds: medianOrNull(fastBuild),
    fullBuildSeconds: medianOrNull(fullBuild),
    fullBuildRuns: fullBuild.length,
  },
  batch,
};
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
const row = (measure: string, value: string, target: string, met: boolean | null) =>
  `| ${measure} | ${value} | ${target} | ${met === null ? 'n/a' : met ? 'yes' : 'no'} |`;
const seconds = (value: number | null, digits: number) =>
  value === null ? 'not measured' : `${value.toFixed(digits)} s`;
console.log(
  [
    `Machine: ${results.machine.cpus} cores (${results.machine.model}), ${results.machine.memoryGb} GB, ` +
      `Node ${results.machine.node}, ${results.machine.date}; median of ${RUNS} runs`,
    '',
    '| measure | result | target | met |',
    '|---|---|---|---|',
    row(
      '(1) one region, en+es, no Slidev build, in process',
      seconds(results.kitSeconds, 2),
      '< 1 s',
      results.kitSeconds === null ? null : results.kitSeconds < 1,
    ),
    row(
      '(2) Slidev build via the kit vs bare',
      results.deck
        ? `${results.deck.kitSeconds.toFixed(1)} s vs ${results.deck.bareSeconds.toFixed(1)} s ` +
            `(${results.deck.overheadPercent >= 0 ? '+' : ''}${results.deck.overheadPercent.toFixed(0)}%)`
        : 'not measured',
      'within 15%',
      results.deck ? Math.abs(results.deck.overheadPercent) <= 15 : null,
    ),
    row(
      `(3) handout, median of ${HANDOUT_REGIONS.length} counties in turn: pdf-lib vs Chromium warm (cold, one county)`,
      lib === null
        ? 'not measured'
        : `${lib.toFixed(3)} s (first in the process ${results.handout.pdfLibFirstSeconds!.toFixed(2)} s)` +
            (warm === null
              ? ' (no browser)'
              : ` vs warm ${warm.toFixed(3)} s (${results.handout.speedupOverWarm!.toFixed(1)}x)` +
                (cold === null ? '' : `, cold ${cold.toFixed(2)} s (${results.handout.speedupOverCold!.toFixed(0)}x)`)),
      '5x faster than warm',
      results.handout.speedupOverWarm === null ? null : results.handout.speedupOverWarm >= 5,
    ),
    row(
      '(4) batch: every state and county, en+es, handouts+quizzes',
      batch
        ? `${batch.seconds.toFixed(0)} s, ${batch.regions} kits, ${batch.kitsPerSecond.toFixed(1)} kits/s, ` +
            `${batch.cpuSecondsPerRegion === null ? '?' : batch.cpuSecondsPerRegion.toFixed(2)} CPU-s/region, ` +
            `peak ${batch.peakMemoryMb ?? '?'} MB for the whole batch ` +
            `(largest worker ${batch.largestWorkerMb ?? '?'} MB)${batch.note ? ` [${batch.note}]` : ''}`
        : 'did not run',
      '< 60 s, < 1 GB',
      batch ? batch.seconds < 60 && (batch.peakMemoryMb ?? 0) < 1024 : null,
    ),
    row(
      '(5) a deck per region without Vite: slide PDF + notes vs Slidev build',
      results.slidesPdf
        ? `${results.slidesPdf.seconds.toFixed(2)} s` +
            (results.slidesPdf.speedupOverSlidev === null
              ? ''
              : ` vs ${results.deck!.kitSeconds.toFixed(1)} s (${results.slidesPdf.speedupOverSlidev.toFixed(0)}x)`)
        : 'not measured',
      'much cheaper',
      results.slidesPdf?.speedupOverSlidev == null ? null : results.slidesPdf.speedupOverSlidev >= 10,
    ),
    row(
      '(6) `kit build --fast`, example county, en+es, command line',
      seconds(results.cli.fastBuildSeconds, 2),
      '<= 1.5 s',
      results.cli.fastBuildSeconds === null ? null : results.cli.fastBuildSeconds <= 1.5,
    ),
    row(
      '(7) full `kit build` with both Slidev decks built and exported, command line',
      seconds(results.cli.fullBuildSeconds, 1),
      '<= 20 s',
      results.cli.fullBuildSeconds === null ? null : results.cli.fullBuildSeconds <= 20,
    ),
  ].join('\n'),
);
rmSync(work, { recursive: true, force: true });
