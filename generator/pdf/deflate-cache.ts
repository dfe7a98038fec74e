// Deflate with a memory of what it compressed: the font subsets of most documents of a language, and the content
// streams of the pages every region shares, are the same bytes document after document, so a batch worker compresses
// each of them once. A hit is checked byte for byte against the stored input, so two inputs never share an output.

import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/** A deflate function (zlib format, default level) that remembers recent results, within a budget of bytes. */
export type CachedDeflate = ((data: Uint8Array) => Uint8Array) & { readonly heldBytes: () => number };

/** Streams shorter than this are compressed every time: hashing them costs about as much as deflating them. */
const MIN_CACHED_BYTES = 1024;

/**
 * Make a deflate that keeps its results for inputs of at least 1 KiB, least recently used first out once the inputs
 * and outputs held pass `budgetBytes` (an input larger than the budget alone is never kept). Each call returns a
 * fresh copy, so a caller may change what it gets back.
 */
export function createCachedDeflate(budgetBytes: number): CachedDeflate {
  const entries = new Map<string, { input: Uint8Array; output: Uint8Array }>();
  let held = 0;
  const deflate = (data: Uint8Array): Uint8Array => {
    if (data.length < MIN_CACHED_BYTES) return new Uint8Array(deflateSync(data));
    const key = `${data.length}:${createHash('sha1').update(data).digest('base64')}`;
    const found = entries.get(key);
    if (found && Buffer.from(found.input.buffer, found.input.byteOffset, found.input.length).equals(data)) {
      entries.delete(key);
      entries.set(key, found);
      return found.output.slice();
    }
    const output = new Uint8Array(deflateSync(data));
    const size = data.length + output.length;
    if (size > budgetBytes) return output;
    if (found) {
      entries.delete(key);
      held -= found.input.length + found.output.length;
    }
    entries.set(key, { input: data.slice(), output: output.slice() });
    held += size;
    for (const [oldKey, old] of entries) {
      if (held <= budgetBytes) break;
      entries.delete(oldKey);
      held -= old.input.length + old.output.length;
    }
    return output;
  };
  return Object.assign(deflate, { heldBytes: () => held });
}
