#!/usr/bin/env node
// @ts-check
// `node generator/cli/compile.mjs [--strict]` (npm's prepare step, run by `npm ci` and `npm install`, and
// `npm run build`): bundles the kit's TypeScript into dist/ with esbuild, node_modules left external, so that `kit`
// starts without compiling. A file that finds itself by import.meta.url (paths.ts, pool.ts, createRequire) keeps its
// own location in the bundle, so templates/, slides/, the batch worker and the packages resolve as from the sources.
// Without --strict a failure only warns: kit.mjs then runs the sources through tsx, as it does for a stale build.

import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  COMPILED_CLI,
  COMPILED_DIR,
  COMPILED_MANIFEST,
  COMPILED_WORKER,
  hashCompiledSources,
  KIT_ROOT,
} from './compiled.mjs';

/**
 * Bundles the sources of the kit at `root` into `root`/dist (replaced whole, through a temporary folder) and records
 * the hash of the sources it was built from.
 * @param {string} root
 */
export async function compileKit(root) {
  const { build } = await import('esbuild');
  const sources = await hashCompiledSources(root);
  const dir = path.join(root, COMPILED_DIR);
  const staging = `${dir}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: {
      [path.parse(COMPILED_CLI).name]: 'generator/cli/compiled-entry.ts',
      [path.parse(COMPILED_WORKER).name]: 'generator/batch/worker.ts',
    },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunk-[hash]',
    logLevel: 'warning',
    plugins: [keepModuleLocations(dir)],
  });
  await writeFile(path.join(staging, COMPILED_MANIFEST), `${JSON.stringify({ sources }, null, 2)}\n`);
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);
}

/**
 * An esbuild plugin that replaces `import.meta.url` in each of the kit's modules with the module's own source URL,
 * computed at run time relative to the bundle (all chunks sit in one folder), so the bundle can move with the kit.
 * @param {string} final the folder the bundle ends up in (not the staging folder esbuild writes)
 * @returns {import('esbuild').Plugin}
 */
function keepModuleLocations(final) {
  return {
    name: 'keep-module-locations',
    setup(build) {
      build.onLoad({ filter: /\.(ts|mjs)$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const text = await readFile(args.path, 'utf8');
        const relative = path.relative(final, args.path).split(path.sep).join('/');
        const own = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
        return {
          contents: text.replaceAll('import.meta.url', own),
          loader: args.path.endsWith('.ts') ? 'ts' : 'js',
          resolveDir: path.dirname(args.path),
        };
      });
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const strict = process.argv.includes('--strict');
  try {
    const started = Date.now();
    await compileKit(KIT_ROOT);
    console.error(`kit: compiled the sources into ${COMPILED_DIR}/ in ${Date.now() - started} ms`);
  } catch (error) {
    console.error(`kit: could not compile the sources (${error instanceof Error ? error.message : String(error)});`);
    console.error('kit: the `kit` command runs them through tsx instead, more slowly. Retry with `npm run build`.');
    if (strict) process.exitCode = 1;
  }
}
