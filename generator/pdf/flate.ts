// pdf-lib compresses every stream (fonts, page contents) with pako, zlib written in JavaScript, which
// took a third of the time a handout took. Node's own zlib writes the same Flate format about five times
// faster, so pako's one-shot deflate, the only function pdf-lib compresses with, is pointed at it here, in
// the copy of pako that pdf-lib itself loads. The same bytes in still give the same bytes out.
// Imported for its effect by document.ts.

import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const pako = createRequire(require.resolve('pdf-lib'))('pako') as { deflate: (data: Uint8Array) => Uint8Array };

pako.deflate = (data: Uint8Array): Uint8Array => new Uint8Array(deflateSync(data));
