// `kit build`: plans the build (kinds, deck step, reuse key), reuses an unchanged one, else prepares the workshop
// (prepare.ts), renders every output kind in memory (render.ts) and writes them with a manifest in one step
// (temporary folder renamed into place).

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { KIT_VERSION } from '../paths.ts';
import { writeOutputs } from '../write.ts';
import { OUTPUT_KINDS, outputFolderName } from './kinds.ts';
import { deckFolder, renderOutput, type RenderedOutput } from './render.ts';
import {
  inspectOutputFolder,
  KIT_NAME,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  sha256,
  type OwnedEntry,
} from '../kit-folder.ts';
import { isStaleAfterBuild } from './merge.ts';
import { findDeckSiteRecord, recordDeckSite } from './deck-site.ts';
import { readRecord } from './legacy-record.ts';
import { MANIFEST_RECORD } from '../output-record.ts';
import { findBrowser, NO_BROWSER_HINT } from '../deck/slidev.ts';
import { buildDeckSites } from './deck-stage.ts';
import { describeUnprinted, listSourceFields } from './unprinted.ts';
import { renderIndexHtml } from './index-html.ts';
import { computeInputKey, findReusableBuild, listDeckStepFiles } from './reuse.ts';
import { listTrainerNotes } from './checklist.ts';
import { DEFAULT_QUIZ_QUESTIONS, prepareWorkshop } from './prepare.ts';
import type { BuildOptions, BuildResult } from './types.ts';

export type { BuildOptions, BuildResult, DeckStep } from './types.ts';

/** What a build of `options` would do before rendering: the kinds, the deck's step, the browser, the input key. */
async function planBuild(options: BuildOptions) {
  const kinds = OUTPUT_KINDS.filter((kind) => !options.only || options.only.includes(kind));
  const step = kinds.includes('deck') ? (options.deck ?? 'pdf') : 'markdown';
  const browser =
    step !== 'pdf' ? null : options.browser !== undefined ? options.browser : findBrowser(options.env ?? process.env);
  const deckStepFiles = listDeckStepFiles(options.config.languages, { kinds, step, browser }, options.png ?? false);
  const inputKey = await computeInputKey(options, { kinds, step, browser });
  const deckSite = kinds.includes('deck')
    ? recordDeckSite(options.config.languages, { step, browser, png: options.png ?? false })
    : [];
  return { kinds, step, browser, deckStepFiles, inputKey, deckSite };
}

/** The build already in the output folder that `buildWorkshop(options)` would reuse, or null. */
export async function findCurrentBuild(options: BuildOptions): Promise<BuildResult | null> {
  const { inputKey, deckStepFiles } = await planBuild(options);
  return inputKey ? findReusableBuild(options, inputKey, deckStepFiles) : null;
}

export async function buildWorkshop(options: BuildOptions): Promise<BuildResult> {
  const { config } = options;
  const { kinds, step, browser, deckStepFiles, inputKey, deckSite } = await planBuild(options);
  // A folder the kit may not write into is refused before minutes of rendering (writeOutputs checks again).
  if (options.outDir) await inspectOutputFolder(path.resolve(options.outDir), { writer: 'build' });
  // A caller that asks for the view models (onContents) needs them rendered, so it always builds.
  if (inputKey && !options.force && !options.onContents) {
    const previous = await findReusableBuild(options, inputKey, deckStepFiles);
    if (previous) return previous;
  }
  const { region, summary, contents, maps, data, changes, report } = await prepareWorkshop(options);
  const progress = options.progress ?? (() => {});
  options.onContents?.({ contents, maps });
  const rendered: RenderedOutput[] = [];
  for (const kind of kinds) {
    progress(`Rendering ${kind}...`);
    rendered.push(
      ...(await renderOutput(kind, {
        summary,
        contents,
        maps,
        paper: options.paper ?? config.paper,
        quiz: { seed: options.quizSeed ?? region.id, count: options.quizQuestions ?? DEFAULT_QUIZ_QUESTIONS },
        slidesPdf: !browser, // without Slidev's deck.pdf, the kit draws one
      })),
    );
  }
  const warnings: string[] = [];
  if (step === 'pdf' && !browser) warnings.push(NO_BROWSER_HINT);
  for (const language of config.languages) {
    const entry = report.languages.find((candidate) => candidate.language === language);
    if (entry && entry.stale.length > 0)
      warnings.push(
        `${entry.stale.length === 1 ? `1 ${language} part was` : `${entry.stale.length} ${language} parts were`} ` +
          `translated from an older English text (kit content check --lang ${language}).`,
      );
    if (entry && !entry.complete)
      warnings.push(
        `${entry.missing.length === 1 ? `1 ${language} part is` : `${entry.missing.length} ${language} parts are`} ` +
          `shown in English, marked, because they are not translated.`,
      );
  }
  warnings.push(...rendered.flatMap((file) => file.warnings));
  warnings.push(...describeUnprinted(rendered, listSourceFields(config, summary)));
  // What the participant outputs leave out, and placeholder contacts: the trainer's checklist (checklist.ts).
  const checklist = listTrainerNotes({
    config,
    summary,
    languages: contents.map((content) => ({ code: content.language.code, reviewed: content.language.reviewed })),
  });
  const configBytes = config.file ? await readFile(config.file) : null;
  const indexPage = (entries: OwnedEntry[]) =>
    renderIndexHtml({
      region: summary.region,
      data: {
        asOf: summary.data.asOf,
        source: summary.data.source,
        pendingAsOf: summary.data.pendingAsOf,
      },
      checklist,
      kitVersion: KIT_VERSION,
      outputs: [...entries.map(readRecord), MANIFEST_RECORD],
    });
  const manifest = (outputs: OwnedEntry[], previous: Record<string, unknown> | null) => ({
    ...previous, // what kit quiz or kit quiz score recorded stays
    kit: { name: KIT_NAME, version: KIT_VERSION },
    format: MANIFEST_FORMAT,
    builtAt: options.builtAt,
    inputKey, // see reuse.ts: the same key and unchanged files let the next build reuse this one
    region: summary.region,
    languages: config.languages,
    inputs: {
      config: config.file ? { file: path.basename(config.file), sha256: sha256(configBytes!) } : null,
      participating: {
        asOf: data.dataset.participating.asOf,
        file: data.dataset.participating.source.file,
        sha256: data.dataset.participating.source.sha256,
      },
      pending: data.dataset.pending
        ? {
            asOf: data.dataset.pending.asOf,
            file: data.dataset.pending.source.file,
            sha256: data.dataset.pending.source.sha256,
          }
        : null,
      compareTo: changes ? changes.from : null,
      region, // what the region resolved to, for a reused build's result
    },
    freshness: summary.data.freshness,
    checklist,
    warnings,
    outputs, // every file of the kit in this folder: this build's, and earlier ones it left in place
  });
  const outDir = path.resolve(options.outDir ?? path.join(options.outputRoot, outputFolderName(region)));
  const written = await writeOutputs(outDir, rendered, {
    finish: async (temporary) => {
      if (step === 'markdown') return;
      const deckDirs = config.languages.map((language) => path.join(temporary, deckFolder(language)));
      await buildDeckSites(deckDirs, { browser, png: options.png ?? false, progress });
    },
    recordOfGenerated: (relative) => findDeckSiteRecord(deckSite, relative),
    supersedes: isStaleAfterBuild(kinds, config.languages),
    index: indexPage,
    manifest,
    writer: 'build',
    force: options.force,
    option: options.outDir ? '--out' : 'Output folder',
  });

  const manifestBytes = (await stat(path.join(outDir, MANIFEST_FILE))).size;
  return {
    outDir,
    region,
    summary,
    checklist,
    warnings,
    reused: false,
    files: [
      ...written.entries.map((entry) => ({ ...readRecord(entry), bytes: entry.bytes })),
      { ...MANIFEST_RECORD, bytes: manifestBytes },
    ],
    kept: written.kept.map((entry) => entry.path),
    leftInPlace: written.leftInPlace,
  };
}
