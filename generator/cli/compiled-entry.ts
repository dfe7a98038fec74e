// What the compiled CLI (dist/kit.js, see compile.mjs) exports to kit.mjs: the same two functions it imports from the
// sources.

export { run } from './main.ts';
export { processIO } from './io.ts';
