import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILED_CLI, findFreshCompiled, hashCompiledSources } from '../../generator/cli/compiled.mjs';
import { KIT_ROOT } from '../../generator/paths.ts';
import { tempDir } from '../helpers.ts';

/** Runs `node kit.mjs ARGS` (of the kit at `root`) as a user would; KIT_RUN_SOURCES=1 when `sources`. */
function runBin(root: string, args: string[], sources = false) {
  const env = { ...process.env, KIT_RUN_SOURCES: sources ? '1' : '' };
  const result = spawnSync(process.execPath, [path.join(root, 'generator', 'cli', 'kit.mjs'), ...args], {
    encoding: 'utf8',
    env,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Every file under `dir` (relative path → bytes), the manifests' times (builtAt, lastWrite.at) left out, and the
 * files named in `skip` (relative paths: a batch's report, its index and its manifest, which hashes the report, hold
 * its timings).
 */
function readTree(dir: string, skip: string[] = []): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const tree = new Map<string, string>();
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    let bytes = readFileSync(file).toString('base64');
    if (entry.name === 'manifest.json') {
      const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'));
      bytes = JSON.stringify(manifest, (key, value: unknown) =>
        key === 'builtAt' || key === 'at' ? undefined : value,
      );
    }
    if (!skip.includes(path.relative(dir, file))) tree.set(path.relative(dir, file), bytes);
  }
  return tree;
}

/** A copy of the kit's code (generator/, package.json, tsconfig.json) with the real node_modules, to edit. */
function copyKit(): string {
  const root = tempDir('kit-compiled-');
  for (const name of ['generator', 'package.json', 'tsconfig.json'])
    cpSync(path.join(KIT_ROOT, name), path.join(root, name), { recursive: true });
  symlinkSync(path.join(KIT_ROOT, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

describe('the compiled kit (dist/)', () => {
  it('writes byte for byte the files the TypeScript sources write for the example county in en and es', () => {
    const compiled = tempDir();
    const sources = tempDir();
    const args = ['build', '--config', path.join(KIT_ROOT, 'data/workshops/example.yaml'), '--fast', '--force'];
    expect(runBin(KIT_ROOT, [...args, '--out', compiled]).status).toBe(0);
    expect(runBin(KIT_ROOT, [...args, '--out', sources], true).status).toBe(0);
    const fromCompiled = readTree(compiled);
    expect(fromCompiled.size).toBeGreaterThan(20);
    expect([...fromCompiled.keys()].some((file) => file.endsWith('.pdf'))).toBe(true);
    expect(fromCompiled).toEqual(readTree(sources));
  }, 120_000);

  it('runs kit batch, workers included, to the same bytes as the sources (Delaware, en, quizzes)', () => {
    const compiled = tempDir();
    const sources = tempDir();
    const args = ['batch', '--states', 'de', '--lang', 'en', '--only', 'quiz', '--jobs', '1'];
    expect(runBin(KIT_ROOT, [...args, '--out', compiled]).status).toBe(0);
    expect(runBin(KIT_ROOT, [...args, '--out', sources], true).status).toBe(0);
    const fromCompiled = readTree(compiled, ['batch.json', 'index.html', 'manifest.json']);
    expect([...fromCompiled.keys()]).toContain('de/quiz/quiz-en.pdf');
    expect(fromCompiled).toEqual(readTree(sources, ['batch.json', 'index.html', 'manifest.json']));
  }, 120_000);

  it('is compiled on first use, and an edited source gets its own build instead of the stale one', async () => {
    const root = copyKit();
    expect((await findFreshCompiled(root)).dir).toBeNull();
    const first = runBin(root, ['--help']);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Usage: kit <command>/);
    const built = (await findFreshCompiled(root)).dir;
    expect(built && existsSync(path.join(built, COMPILED_CLI))).toBe(true);

    const main = path.join(root, 'generator', 'cli', 'main.ts');
    const before = await hashCompiledSources(root);
    writeFileSync(main, readFileSync(main, 'utf8').replace('Usage: kit <command>', 'Usage (edited): kit <command>'));
    expect(await hashCompiledSources(root)).not.toBe(before);
    expect((await findFreshCompiled(root)).dir).toBeNull();
    expect(runBin(root, ['--help']).stdout).toMatch(/Usage \(edited\): kit <command>/);
    const rebuilt = (await findFreshCompiled(root)).dir;
    expect(rebuilt).not.toBeNull();
    expect(rebuilt).not.toBe(built);
  }, 120_000);

  it('runs the sources when it cannot be compiled (here, a source esbuild rejects: tsx reports it too)', () => {
    const root = copyKit();
    const main = path.join(root, 'generator', 'cli', 'main.ts');
    writeFileSync(main, `${readFileSync(main, 'utf8')}\nconst broken = ;\n`);
    const result = runBin(root, ['--help']);
    expect(result.status).not.toBe(0);
    expect(existsSync(path.join(root, 'dist'))).toBe(true);
    expect(readdirSync(path.join(root, 'dist'))).toEqual([]);
    expect(result.stderr).toMatch(/main\.ts/);
  }, 120_000);
});
