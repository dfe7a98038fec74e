import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createCachedDeflate } from '../../generator/pdf/deflate-cache.ts';

const sampleBytes = new Uint8Array(readFileSync(new URL('../../node_modules/pdf-lib/package.json', import.meta.url)));

describe('the deflate that remembers its results', () => {
  it('returns on a hit the same bytes as plain zlib, and as the miss before it', () => {
    const deflate = createCachedDeflate(1 << 20);
    const miss = deflate(sampleBytes);
    const hit = deflate(new Uint8Array(sampleBytes));
    const plain = new Uint8Array(deflateSync(sampleBytes));
    expect(Buffer.from(miss).equals(plain)).toBe(true);
    expect(Buffer.from(hit).equals(plain)).toBe(true);
    expect(deflate.heldBytes()).toBe(sampleBytes.length + plain.length);
  });

  it('never gives one input the output of another of the same length', () => {
    const deflate = createCachedDeflate(1 << 20);
    const a = new Uint8Array(4096).fill(7);
    const b = a.slice();
    b[2000] = 8;
    deflate(a);
    expect(Buffer.from(inflateSync(deflate(b))).equals(b)).toBe(true);
    expect(Buffer.from(inflateSync(deflate(a))).equals(a)).toBe(true);
  });

  it('is not changed by a caller who changes the input or output after the call', () => {
    const deflate = createCachedDeflate(1 << 20);
    const input = new Uint8Array(sampleBytes);
    const first = deflate(input);
    input.fill(0, 0, 1);
    first.fill(0);
    expect(Buffer.from(deflate(sampleBytes)).equals(deflateSync(sampleBytes))).toBe(true);
  });

  it('holds no more than its budget, dropping the least recently used first', () => {
    const budget = 64 * 1024;
    const deflate = createCachedDeflate(budget);
    const inputs = Array.from({ length: 40 }, () => new Uint8Array(randomBytes(4096)));
    for (const input of inputs) {
      deflate(input);
      expect(deflate.heldBytes()).toBeLessThanOrEqual(budget);
    }
    expect(deflate.heldBytes()).toBeGreaterThan(budget / 2);
    // Every input, kept or dropped, still comes back as zlib compresses it.
    for (const input of inputs) expect(Buffer.from(deflate(input)).equals(deflateSync(input))).toBe(true);
    const huge = new Uint8Array(budget + 1);
    expect(Buffer.from(deflate(huge)).equals(deflateSync(huge))).toBe(true);
    expect(deflate.heldBytes()).toBeLessThanOrEqual(budget);
  });

  it('compresses short streams without keeping them', () => {
    const deflate = createCachedDeflate(1 << 20);
    const short = new Uint8Array(100).fill(1);
    expect(Buffer.from(deflate(short)).equals(deflateSync(short))).toBe(true);
    expect(deflate.heldBytes()).toBe(0);
  });
});
