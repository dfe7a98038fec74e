// pdf-lib compresses every stream (fonts, page contents) with pako, zlib written in JavaScript, which
// took a third of the time a handout took. Node's own zlib writes the same Flate format about five times
// faster, so pako's one-shot deflate, the only function pdf-lib compresses with, is pointed at it here, in
// the copy of pako that pdf-lib itself loads. The same bytes in still give the same bytes out.
// Streams repeat across the documents of a batch (font subsets, shared pages), so the deflate remembers its results
// (deflate-cache.ts; 48 MB of inputs and outputs per process at most). Imported for its effect by document.ts.

import { createRequire } from 'node:module';
import { createCachedDeflate } from './deflate-cache.ts';

const require = createRequire(import.meta.url);
type Pako = { deflate: (data: Uint8Array) => Uint8Array };
const isPako = (value: unknown): value is Pako =>
  typeof value === 'object' && value !== null && 'deflate' in value && typeof value.deflate === 'function';
const pako: unknown = createRequire(require.resolve('pdf-lib'))('pako');
if (!isPako(pako)) throw new Error("flate.ts: pdf-lib's copy of pako has no deflate function; reinstall with npm ci.");

pako.deflate = createCachedDeflate(48 * 1024 * 1024);
