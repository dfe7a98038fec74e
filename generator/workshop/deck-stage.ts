// The build's deck stage: each language's deck built by `slidev build` (separate processes, as many at once as the
// machine has cores), and exported to deck.pdf (and png/) in one Chromium shared by every language, started while
// the sites build; a deck exports as soon as its site is built.

import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { launchDeckBrowser, type DeckBrowser } from '../deck/export.ts';
import { buildDeckSite } from '../deck/slidev.ts';

export interface DeckStageOptions {
  /** The Chromium to export with; null builds the sites only. */
  browser: string | null;
  png: boolean;
  progress: (message: string) => void;
  /** How many `slidev build`s run at once; the machine's cores by default. */
  builds?: number;
}

/**
 * Builds every deck folder in `deckDirs` (each with its slides.md) into dist/ and, with a browser, exports deck.pdf
 * (and png/) into it; removes the dependency cache Vite leaves in each (node_modules). Rejects with the first
 * failure (a KitError from Slidev or the export) once every deck has stopped and the browser is closed.
 */
export async function buildDeckSites(deckDirs: readonly string[], options: DeckStageOptions): Promise<void> {
  const launching: Promise<DeckBrowser> | null = options.browser ? launchDeckBrowser(options.browser) : null;
  // A launch failure is reported by the first deck that needs the browser, not as an unhandled rejection.
  launching?.catch(() => {});
  const limit = Math.max(1, options.builds ?? availableParallelism());
  const queue = [...deckDirs];
  const runDeck = async (deckDir: string) => {
    const name = path.basename(deckDir);
    options.progress(`Building ${name} with Slidev (deck site)...`);
    await buildDeckSite(deckDir);
    if (launching) {
      options.progress(`Exporting ${name} to PDF${options.png ? ' and PNG' : ''} with ${options.browser}...`);
      await (await launching).exportDeck(deckDir, { png: options.png });
    }
    // Vite leaves its dependency cache in the deck; it is not part of the output.
    await rm(path.join(deckDir, 'node_modules'), { recursive: true, force: true });
  };
  const worker = async () => {
    for (let deckDir = queue.shift(); deckDir !== undefined; deckDir = queue.shift()) await runDeck(deckDir);
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, deckDirs.length) }, worker));
  if (launching) await (await launching.catch(() => null))?.close();
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}
