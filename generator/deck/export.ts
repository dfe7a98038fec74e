// Exports built decks (deck-LANG/dist) to deck.pdf and png/ with one Chromium for every language: each deck's site is
// served by the kit's static server (serve.ts) and printed as `slidev export --with-clicks` prints it (Slidev 52's
// exporter, one piece: the /print route with ?print=clicks, the same waits, page size and PDF title), without the
// Vite dev server and browser that `slidev export` starts per deck and per format.

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { chromium, type Browser, type Page } from 'playwright-chromium';
import { KitError } from '../errors.ts';
import { serveStatic } from './serve.ts';

// As `slidev export` calls it: --timeout 120000 --wait 300 (the kit's choice), device scale 2 (Slidev's default, the
// PNGs' resolution).
const TIMEOUT_MS = 120_000;
const WAIT_MS = 300;
const SCALE = 2;
// The title Slidev gives its pages ('%s - Slidev'); deck.pdf's title is the deck's own, as Slidev's exporter sets it.
const TITLE_SUFFIX = ' - Slidev';

export interface DeckBrowser {
  /** Writes `deckDir`/deck.pdf from `deckDir`/dist, and with png the folder `deckDir`/png (NNN-CC.png). */
  exportDeck(deckDir: string, options: { png: boolean }): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the Chromium at `executablePath` (headless) for exporting decks, one page each at a time; several decks may
 * export at once. Throws a KitError ('failure') when the browser does not start.
 */
export async function launchDeckBrowser(executablePath: string): Promise<DeckBrowser> {
  const browser = await chromium.launch({ executablePath }).catch((error: unknown) => {
    throw new KitError('failure', `Chromium (${executablePath}) did not start to export the deck: ${String(error)}`);
  });
  return {
    exportDeck: (deckDir, options) =>
      exportBuiltDeck(browser, deckDir, options).catch((error: unknown) => {
        if (error instanceof KitError) throw error;
        throw new KitError('failure', `The deck in ${deckDir} could not be exported to PDF: ${String(error)}`);
      }),
    close: () => browser.close(),
  };
}

/** A slide's size in CSS pixels as Slidev's exporter takes it from the headmatter (canvasWidth, aspectRatio). */
export function readCanvasSize(slidesMd: string): { width: number; height: number } {
  const headmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(slidesMd)?.[1] ?? '';
  const width = Number(/^canvasWidth:\s*(\d+)\s*$/m.exec(headmatter)?.[1] ?? 980);
  const ratio = /^aspectRatio:\s*(\d+(?:\.\d+)?)(?:\s*\/\s*(\d+(?:\.\d+)?))?\s*$/m.exec(headmatter);
  const aspect = ratio ? Number(ratio[1]) / Number(ratio[2] ?? 1) : 16 / 9;
  return { width, height: Math.round(width / aspect) };
}

/**
 * Every slide with its clicks on one page, waited for as Slidev's exporter does before it calls page.pdf. The
 * viewport is one slide (Slidev's is one slide high per slide, which renders the same pages and PNGs but doubles the
 * CPU time of the PNGs: Chromium rasterises a 49,000-pixel-high view at scale 2).
 */
async function openPrintView(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?print=clicks#print`, { waitUntil: 'networkidle', timeout: TIMEOUT_MS });
  await page.waitForLoadState('networkidle');
  await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
  const body = page.locator('body');
  await body.waitFor({ timeout: TIMEOUT_MS });
  const loading = body.locator('.slidev-slide-loading');
  for (let index = (await loading.count()) - 1; index >= 0; index--)
    await loading.nth(index).waitFor({ state: 'detached', timeout: TIMEOUT_MS });
  await Promise.all(page.frames().map((frame) => frame.waitForLoadState(undefined, { timeout: TIMEOUT_MS })));
  // Slidev's exporter hides Mermaid's (empty) rendering container, which would otherwise add a blank last page.
  const mermaid = body.locator('#mermaid-rendering-container');
  if ((await mermaid.count()) > 0) await mermaid.evaluate((node) => void (node.style.display = 'none'));
  await page.waitForTimeout(WAIT_MS);
}

async function exportBuiltDeck(browser: Browser, deckDir: string, options: { png: boolean }): Promise<void> {
  const server = await serveStatic(path.join(deckDir, 'dist'));
  const canvas = readCanvasSize(await readFile(path.join(deckDir, 'slides.md'), 'utf8'));
  const context = await browser.newContext({ viewport: canvas, deviceScaleFactor: SCALE });
  try {
    const page = await context.newPage();
    await openPrintView(page, server.url);
    const printed = await page.pdf({
      width: canvas.width,
      height: canvas.height,
      margin: { left: 0, top: 0, right: 0, bottom: 0 },
      printBackground: true,
      preferCSSPageSize: true,
    });
    const pdf = await PDFDocument.load(printed);
    const title = (await page.title()).replace(TITLE_SUFFIX, '');
    if (title) pdf.setTitle(title);
    await writeFile(path.join(deckDir, 'deck.pdf'), await pdf.save());
    if (options.png) {
      const folder = path.join(deckDir, 'png');
      await rm(folder, { recursive: true, force: true });
      await mkdir(folder, { recursive: true });
      const slides = page.locator('.print-slide-container');
      const count = await slides.count();
      for (let index = 0; index < count; index++) {
        const slide = slides.nth(index);
        const id = (await slide.getAttribute('id')) ?? String(index + 1);
        await writeFile(path.join(folder, `${id}.png`), await slide.screenshot({ omitBackground: false }));
      }
    }
  } finally {
    await context.close();
    await server.close();
  }
}
