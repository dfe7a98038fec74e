// Shared test helpers: where the real ICE workbooks are, a temporary data folder, and running the
// CLI in-process with its output captured.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { run } from '../generator/cli/main.ts';
import type { CliIO } from '../generator/cli/io.ts';
import { KitError } from '../generator/errors.ts';
import { importList } from '../generator/data/import.ts';
import type { ListKind, Snapshot } from '../generator/data/types.ts';
import { KIT_ROOT } from '../generator/paths.ts';
import { validateConfig } from '../generator/config/validate.ts';
import { buildWorkshop } from '../generator/workshop/build.ts';
import type { BuildOptions, BuildResult } from '../generator/workshop/types.ts';
import type { ResolvedWorkshopConfig } from '../generator/config/types.ts';

/** The real ICE workbooks and CSVs, in ../shared/data/ice-287g beside the project; KIT_ICE_DIR names them
 *  where the project is a copy elsewhere (Stryker's sandbox). */
export const ICE_DIR = process.env.KIT_ICE_DIR ?? path.resolve(KIT_ROOT, '..', 'shared', 'data', 'ice-287g');
export const FIXTURES = path.join(KIT_ROOT, 'tests', 'fixtures');
export const SHIPPED_DATA = path.join(KIT_ROOT, 'data');

export function iceFile(name: string): string {
  return path.join(ICE_DIR, name);
}

export async function importIce(
  name: string,
  kind: ListKind = name.startsWith('pending') ? 'pending' : 'participating',
): Promise<Snapshot> {
  return importList({
    file: name,
    bytes: readFileSync(iceFile(name)),
    kind,
    asOf: name.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? '2026-01-01',
    importedAt: '2026-11-28T00:00:00.000Z',
  });
}

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every file under `dir` (relative path → bytes as base64), to tell whether a command wrote anything. */
export function readFolderBytes(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = readFileSync(file).toString('base64');
  }
  return files;
}

/** A fresh folder removed after the test. */
export function tempDir(prefix = 'kit-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** A copy of the shipped data folder that a test may change. */
export function copyOfShippedData(): string {
  const dir = tempDir('kit-data-');
  cpSync(SHIPPED_DATA, dir, { recursive: true });
  return dir;
}

export interface KitRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kit ARGV` in-process, as a user in `cwd` would. */
export async function runKit(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<KitRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd ?? KIT_ROOT,
    env: { KIT_TODAY: '2026-11-28', ...options.env },
    now: () => new Date('2026-11-28T12:00:00Z'),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/**
 * `thrown` as the KitError it must be. Fails the test, showing what came instead, when it is anything else (nothing
 * thrown at all, a plain Error).
 */
export function expectKitError(thrown: unknown): KitError {
  expect(thrown).toBeInstanceOf(KitError);
  if (!(thrown instanceof KitError)) throw new Error('expected a KitError');
  return thrown;
}

/**
 * Builds `config` into `out` (also the output root) with the shipped data, on the date the tests fix (2026-11-28).
 * `options` add to or replace any build option (`deck`, `only`, `onContents`...); the deck's default is the build's.
 */
export function buildTestKitFrom(
  config: ResolvedWorkshopConfig,
  out: string,
  options: Partial<BuildOptions> = {},
): Promise<BuildResult> {
  return buildWorkshop({
    dataDir: SHIPPED_DATA,
    config,
    outDir: out,
    outputRoot: out,
    today: '2026-11-28',
    builtAt: '2026-11-28T00:00:00Z',
    ...options,
  });
}

/**
 * Builds a kit into `out` from a workshop config given as an object (validated: a config problem fails the test),
 * as buildTestKitFrom does, the deck as Slidev Markdown only unless `options` say otherwise.
 */
export async function buildTestKit(
  input: Record<string, unknown>,
  out: string,
  options: Partial<BuildOptions> = {},
): Promise<BuildResult> {
  const { config, problems } = validateConfig(input, null);
  expect(problems).toEqual([]);
  return buildTestKitFrom(config, out, { deck: 'markdown', ...options });
}
