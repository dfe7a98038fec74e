#!/usr/bin/env node
// Entry point of the `kit` command: runs the compiled kit (dist/, see compile.mjs) when it was built from the current
// sources, else loads the TypeScript sources through tsx.
import { COMPILED_CLI, findFreshCompiled } from './compiled.mjs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// A reader that stops early (`kit regions harris | head`) closes the pipe: stop writing, as Unix tools do, instead of
// failing with an unhandled EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const compiled = process.env.KIT_RUN_SOURCES === '1' ? null : await findFreshCompiled();
let cli;
if (compiled) {
  // Batch workers (worker-entry.mjs) run the compiled worker of the same build.
  process.env.KIT_COMPILED_DIR = compiled;
  cli = await import(pathToFileURL(path.join(compiled, COMPILED_CLI)).href);
} else {
  delete process.env.KIT_COMPILED_DIR;
  const { register } = await import('tsx/esm/api');
  register();
  cli = { ...(await import('./main.ts')), ...(await import('./io.ts')) };
}
process.exitCode = await cli.run(process.argv.slice(2), cli.processIO());
