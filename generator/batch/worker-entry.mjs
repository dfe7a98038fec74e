// A `kit batch` worker process: serves the module named in argv[2] (generator/batch/worker.ts, or a test's
// stand-in), which exports startWorker(). When the parent `kit` runs the compiled kit (KIT_COMPILED_WORKER, the
// build's worker, set by kit.mjs after checking the build is current), so does the worker; else the sources via tsx.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WORKER_SOURCE = fileURLToPath(new URL('./worker.ts', import.meta.url));
const compiled = process.env.KIT_COMPILED_WORKER;
let worker;
if (compiled && path.resolve(process.argv[2]) === WORKER_SOURCE) {
  worker = await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  worker = await import(pathToFileURL(process.argv[2]).href);
}
worker.startWorker();
