#!/usr/bin/env node
// Entry point of the `kit` command: loads the TypeScript sources through tsx and runs the CLI.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`kit regions harris | head`) closes the pipe: stop writing, as Unix tools do, instead of
// failing with an unhandled EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { run } = await import('./main.ts');
const { processIO } = await import('./io.ts');
process.exitCode = await run(process.argv.slice(2), processIO());
