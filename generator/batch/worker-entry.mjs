// A `kit batch` worker process: loads the TypeScript sources through tsx, then serves the module named
// in argv[2] (generator/batch/worker.ts, or a test's stand-in), which exports startWorker().
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';

register();
const worker = await import(pathToFileURL(process.argv[2]).href);
worker.startWorker();
