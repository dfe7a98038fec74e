// Reusing a previous build: a key over everything that changes the output (kit version, the kit's own code and
// assets, config, data, curriculum, options, the data's age message), stored in manifest.json, and the check that
// the folder still holds every file the manifest lists, unchanged.

import { existsSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkFreshness } from '../data/freshness.ts';
import { listSnapshots } from '../data/store.ts';
import { KIT_VERSION } from '../paths.ts';
import { KIT_PLACES_FILE, OVERRIDES_FILE } from '../regions/overrides.ts';
import type { Region, RegionKind } from '../regions/catalog.ts';
import type { BuildOptions, BuildResult, DeckStep } from './types.ts';
import type { OutputKind } from './kinds.ts';
import { hashFile, hashKitSourcesOnce, hashTree } from './hash-sources.ts';
import { deckFolder } from './render.ts';
import { isLegacyEntry, readRecord } from './legacy-record.ts';
import { isOwnedEntry, sha256, type OwnedEntry } from '../kit-folder.ts';
import { isRecord } from '../json-value.ts';
import { MANIFEST_RECORD } from '../output-record.ts';
import type { RegionSummary } from '../regions/summary.ts';
import { readChecklist, type TrainerNote } from './checklist.ts';

/** What the build decided before rendering: the kinds, how far the deck goes, the browser (or none). */
export interface BuildPlan {
  kinds: readonly OutputKind[];
  step: DeckStep;
  browser: string | null;
}

/** The files the Slidev step adds to the kit folder (png/ as one folder entry), decided from the plan. */
export function listDeckStepFiles(languages: readonly string[], plan: BuildPlan, png: boolean): string[] {
  if (!plan.kinds.includes('deck') || plan.step === 'markdown') return [];
  return languages.flatMap((language) => [
    `${deckFolder(language)}/dist/index.html`,
    ...(plan.browser ? [`${deckFolder(language)}/deck.pdf`, ...(png ? [`${deckFolder(language)}/png/`] : [])] : []),
  ]);
}

/**
 * The snapshots a build reads, chosen as loadDataset and prepareWorkshop choose them: the participating
 * list (the config's or the newest), the pending list current then, compare_to's list, and the earliest
 * list (the "since" figures). Null when the config names a list that is not there: the build reports it.
 */
async function listInputSnapshots(dataDir: string, snapshot: string | null, compareTo: string | null) {
  const stored = await listSnapshots(dataDir);
  const participating = stored.filter((entry) => entry.kind === 'participating');
  const chosen = snapshot ? participating.find((entry) => entry.asOf === snapshot) : participating.at(-1);
  if (!chosen) return null;
  const isNewest = chosen === participating.at(-1);
  const pending =
    stored.filter((entry) => entry.kind === 'pending' && (isNewest || entry.asOf <= chosen.asOf)).at(-1) ?? null;
  const earlier = compareTo ? participating.find((entry) => entry.asOf === compareTo) : null;
  if (compareTo && !earlier) return null;
  return {
    chosen,
    pending,
    earlier: earlier ?? null,
    earliest: stored.find((entry) => entry.kind === 'participating') ?? null,
  };
}

/**
 * sha256 (hex) over every input that changes what a build writes; null when it cannot be known
 * before building (a missing snapshot), so that the build runs and reports the problem.
 */
export async function computeInputKey(options: BuildOptions, plan: BuildPlan): Promise<string | null> {
  const { config } = options;
  const snapshots = await listInputSnapshots(options.dataDir, config.snapshot, config.compareTo);
  if (!snapshots) return null;
  const snapshotHash = async (entry: { file: string } | null) =>
    entry ? { file: path.basename(entry.file), sha256: await hashFile(entry.file) } : null;
  const parts = {
    kit: KIT_VERSION,
    code: await hashKitSourcesOnce(), // generator/, slides/, templates/, package.json, the installed dependencies
    config,
    configFile: config.file ? await hashFile(config.file) : null, // the manifest records its checksum
    snapshots: {
      participating: await snapshotHash(snapshots.chosen),
      pending: await snapshotHash(snapshots.pending),
      compareTo: await snapshotHash(snapshots.earlier),
      earliest: await snapshotHash(snapshots.earliest),
    },
    places: [await hashFile(KIT_PLACES_FILE), await hashFile(path.join(options.dataDir, OVERRIDES_FILE))],
    curriculum: options.curriculumDir ? await hashTree(options.curriculumDir) : null,
    build: {
      kinds: plan.kinds,
      deck: plan.step,
      browser: plan.browser !== null, // whether deck.pdf is exported, not which browser did it
      png: options.png ?? false,
      paper: options.paper ?? config.paper,
      quizSeed: options.quizSeed ?? null,
      quizQuestions: options.quizQuestions ?? null,
      fallbackToEnglish: options.fallbackToEnglish ?? false,
    },
    // `today` matters only through the data's age in the stale-data message.
    freshness: checkFreshness(snapshots.chosen.asOf, options.today).message,
  };
  return sha256(JSON.stringify(parts));
}

/** What a reuse needs of a build's manifest.json, each field checked (readManifest). */
interface StoredManifest {
  inputKey: string;
  region: Region;
  checklist: TrainerNote[];
  warnings: string[];
  outputs: OwnedEntry[];
}

const REGION_KINDS: readonly RegionKind[] = ['state', 'county', 'agency', 'custom'];
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

function isRegion(value: unknown): value is Region {
  return (
    isRecord(value) &&
    isString(value.id) &&
    REGION_KINDS.some((kind) => kind === value.kind) &&
    isString(value.name) &&
    (value.state === null || isString(value.state)) &&
    isStringList(value.counties) &&
    isStringList(value.agencies)
  );
}

/**
 * The manifest.json of a build in `dir`, or null when there is none or it lacks what a reuse needs (an input key,
 * the region, a list of outputs each with a path and checksum): then the build runs again and replaces it.
 */
async function readManifest(dir: string): Promise<StoredManifest | null> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
  if (!isRecord(manifest) || !isString(manifest.inputKey) || !isRecord(manifest.inputs)) return null;
  const { inputKey, outputs, warnings = [] } = manifest;
  const { region } = manifest.inputs;
  // A manifest without the checklist is an older kit's: building again writes it.
  const checklist = readChecklist(manifest.checklist);
  if (!isRegion(region) || !Array.isArray(outputs) || !outputs.every(isOwnedEntry) || !isStringList(warnings))
    return null;
  if (!checklist) return null;
  return { inputKey, region, checklist, warnings, outputs };
}

/**
 * sha256 (hex) of the kit file at `file`, or null when it is gone or is no longer a plain file (a link, even to an
 * identical copy, or a folder): the kit would not write through it, so a folder holding one is not reused as built.
 */
async function hashOwnFile(file: string): Promise<string | null> {
  return (await lstat(file).catch(() => null))?.isFile() ? hashFile(file) : null;
}

/** The previous build in `dir` as a result, if it was built from `inputKey` and every file is still as built. */
async function checkPreviousBuild(dir: string, inputKey: string, deckStepFiles: string[]): Promise<BuildResult | null> {
  const manifest = await readManifest(dir);
  if (!manifest || manifest.inputKey !== inputKey) return null;
  // Files an older version wrote lack their records (legacy-record.ts): building again records them.
  if (manifest.outputs.some(isLegacyEntry)) return null;
  for (const output of manifest.outputs) {
    if ((await hashOwnFile(path.join(dir, output.path))) !== output.sha256) return null;
  }
  if (!deckStepFiles.every((file) => existsSync(path.join(dir, file)))) return null;
  // The result reports the region's summary; without it (--only without summary) the build runs again.
  if (!manifest.outputs.some((output) => output.path === 'region-summary.json')) return null;
  // The kit wrote this file for the same inputs, and its bytes matched the manifest's checksum just above.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- checked by checksum, not by shape
  const summary = JSON.parse(await readFile(path.join(dir, 'region-summary.json'), 'utf8')) as RegionSummary;
  const manifestBytes = (await readFile(path.join(dir, 'manifest.json'))).byteLength;
  return {
    outDir: dir,
    region: manifest.region,
    summary,
    files: [
      ...manifest.outputs.map((output) => ({ ...readRecord(output), bytes: output.bytes })),
      { ...MANIFEST_RECORD, bytes: manifestBytes },
    ],
    checklist: manifest.checklist,
    warnings: manifest.warnings,
    reused: true,
    kept: [],
    leftInPlace: [],
  };
}

/**
 * A previous build to reuse: in `outDir` when given, else in whichever folder of `outputRoot` holds a
 * manifest with the same key (the key covers the config, so it is the folder this build would write).
 */
export async function findReusableBuild(
  options: Pick<BuildOptions, 'outDir' | 'outputRoot'>,
  inputKey: string,
  deckStepFiles: string[],
): Promise<BuildResult | null> {
  if (options.outDir) return checkPreviousBuild(path.resolve(options.outDir), inputKey, deckStepFiles);
  const entries = await readdir(options.outputRoot, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory() || /\.(tmp|old)-/.test(entry.name)) continue;
    const found = await checkPreviousBuild(path.resolve(options.outputRoot, entry.name), inputKey, deckStepFiles);
    if (found) return found;
  }
  return null;
}
