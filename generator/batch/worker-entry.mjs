// A `kit batch` worker process: serves the module named in argv[2] (generator/batch/worker.ts, or a test's
// stand-in), which exports startWorker(). When the parent `kit` runs the compiled kit (KIT_COMPILED_DIR, set by
// kit.mjs after checking it is current), the worker runs the same build's compiled worker; else the sources via tsx.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WORKER_SOURCE = fileURLToPath(new URL('./worker.ts', import.meta.url));
const compiled = process.env.KIT_COMPILED_DIR;
let worker;
if (compiled && path.resolve(process.argv[2]) === WORKER_SOURCE) {
  const { COMPILED_WORKER } = await import('../cli/compiled.mjs');
  worker = await import(pathToFileURL(path.join(compiled, COMPILED_WORKER)).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  worker = await import(pathToFileURL(process.argv[2]).href);
}
worker.startWorker();
