#!/usr/bin/env node
// @ts-check
// Bundles the kit's TypeScript into dist/<hash of the sources>/ with esbuild (node_modules left external), so that
// `kit` starts without compiling. Run by kit.mjs when the sources have no build yet, and by `npm run build`
// (`node generator/cli/compile.mjs`). A file that finds itself by import.meta.url (paths.ts, pool.ts, createRequire)
// keeps its own location in the bundle, so templates/, slides/, the batch worker and the packages resolve as from the
// sources.

import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  COMPILED_CLI,
  COMPILED_DIR,
  COMPILED_WORKER,
  hashCompiledSources,
  KIT_ROOT,
  locateCompiled,
} from './compiled.mjs';

// Builds of other sources older than this are removed after a build; a younger one may still serve a running batch.
const KEEP_OLD_BUILDS_MS = 60 * 60 * 1000;

/**
 * Bundles the sources of the kit at `root` (hashed `sources`, see hashCompiledSources) into their folder under dist/,
 * written to a temporary folder first and renamed into place whole, so that a `kit` started meanwhile never sees half
 * a build. Returns the folder. Throws esbuild's error for sources that do not compile, and an Error when the sources
 * changed while they were bundled.
 * @param {string} root
 * @param {string} [sources]
 * @returns {Promise<string>}
 */
export async function compileKit(root, sources) {
  const { build } = await import('esbuild');
  sources ??= await hashCompiledSources(root);
  const dir = locateCompiled(root, sources);
  const staging = path.join(root, COMPILED_DIR, `.tmp-${process.pid}-${Date.now()}`);
  await mkdir(staging, { recursive: true });
  try {
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
      logLevel: 'silent',
      plugins: [keepModuleLocations(dir)],
    });
    if ((await hashCompiledSources(root)) !== sources) throw new Error('the sources changed while they were compiled');
    await rename(staging, dir).catch(async (error) => {
      // Another `kit` made the same build meanwhile: theirs serves.
      if (!(await stat(path.join(dir, COMPILED_CLI)).catch(() => null))) throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await removeOldBuilds(path.dirname(dir), dir);
  return dir;
}

/** Removes the builds in `parent` other than `keep` made more than KEEP_OLD_BUILDS_MS ago. */
async function removeOldBuilds(/** @type {string} */ parent, /** @type {string} */ keep) {
  for (const name of await readdir(parent)) {
    const other = path.join(parent, name);
    const info = await stat(other).catch(() => null);
    if (other !== keep && info && Date.now() - info.mtimeMs > KEEP_OLD_BUILDS_MS)
      await rm(other, { recursive: true, force: true });
  }
}

/**
 * An esbuild plugin that replaces `import.meta.url` in each of the kit's modules with the module's own source URL,
 * computed at run time relative to the bundle (all chunks sit in one folder), so the kit can move as a whole.
 * @param {string} final the folder the bundle ends up in (not the temporary folder esbuild writes)
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
  const started = Date.now();
  try {
    const dir = await compileKit(KIT_ROOT);
    console.error(`kit: compiled the sources into ${path.relative(KIT_ROOT, dir)} in ${Date.now() - started} ms`);
  } catch (error) {
    console.error(`kit: could not compile the sources: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
