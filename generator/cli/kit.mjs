#!/usr/bin/env node
// Entry point of the `kit` command: runs the compiled kit built from the current sources (dist/, see compile.mjs),
// compiling it first when there is none (an install, an edited source), else the TypeScript sources through tsx:
// when esbuild or a writable dist/ is missing, or KIT_RUN_SOURCES=1.
import { COMPILED_CLI, COMPILED_WORKER, findFreshCompiled, KIT_ROOT } from './compiled.mjs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// A reader that stops early (`kit regions harris | head`) closes the pipe: stop writing, as Unix tools do, instead of
// failing with an unhandled EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/** The folder of the compiled kit to run, or null to run the sources. */
async function resolveCompiled() {
  if (process.env.KIT_RUN_SOURCES === '1') return null;
  const found = await findFreshCompiled();
  if (found.dir) return found.dir;
  try {
    const { compileKit } = await import('./compile.mjs');
    return await compileKit(KIT_ROOT, found.sources);
  } catch {
    // Not compilable here (no esbuild, a read-only install, a syntax error tsx will report): run the sources.
    return null;
  }
}

const compiled = await resolveCompiled();
let cli;
if (compiled) {
  // Batch workers (worker-entry.mjs) run the compiled worker of the same build.
  process.env.KIT_COMPILED_WORKER = path.join(compiled, COMPILED_WORKER);
  cli = await import(pathToFileURL(path.join(compiled, COMPILED_CLI)).href);
} else {
  delete process.env.KIT_COMPILED_WORKER;
  const { register } = await import('tsx/esm/api');
  register();
  cli = { ...(await import('./main.ts')), ...(await import('./io.ts')) };
}
process.exitCode = await cli.run(process.argv.slice(2), cli.processIO());
