import { PDFNumber } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatNumberSlowly } from '../../generator/pdf/number-format.ts';

describe("the PDF's number text", () => {
  it('writes numbers as a PDF reader expects them, without exponents', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(12.5)).toBe('12.5');
    expect(formatNumber(-0.25)).toBe('-0.25');
    expect(formatNumber(0.000001)).toBe('0.000001');
    expect(formatNumber(5e-7)).toBe('0.0000005');
    expect(formatNumber(-2.5e-9)).toBe('-0.0000000025');
    expect(formatNumber(1e22)).toBe('10000000000000000000000');
    expect(formatNumber(612.0000000000001)).toBe('612.0000000000001');
  });

  it("gives pdf-lib's own text for every kind of number a page holds", () => {
    const samples = [
      0,
      -0,
      1,
      -1,
      0.5,
      1e-6,
      9.99e-7,
      -1e-6,
      1e20,
      1e21,
      9.9e20,
      1e-300,
      1.7e308,
      Number.NaN,
      Infinity,
    ];
    let seed = 18;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20000; i++) samples.push((random() - 0.5) * 10 ** Math.floor(random() * 60 - 30));
    for (let i = 0; i < 2000; i++) samples.push(Math.round(random() * 8000) / 100, random() * 792);
    for (const sample of samples) expect(formatNumber(sample), String(sample)).toBe(formatNumberSlowly(sample));
  });

  it("is the function pdf-lib's numbers are written with", () => {
    expect(PDFNumber.of(3e-8).toString()).toBe('0.00000003');
    expect(PDFNumber.of(72.25).toString()).toBe('72.25');
  });
});
