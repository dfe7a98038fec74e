#!/usr/bin/env node
// Entry point of the `kit` command: loads the TypeScript sources through tsx and runs the CLI.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('./main.ts');
const { processIO } = await import('./io.ts');
process.exitCode = await run(process.argv.slice(2), processIO());
