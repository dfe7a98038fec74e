// Poppler (fonts, page info, pixels) and qpdf run on rendered PDFs as a reader's tools would, plus the shared specs and
// checks of the PDF tests. Text is read with pdf.js: text.ts.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { MARGIN } from '../../generator/pdf/style.ts';
import type { DocumentSpec, TextBox } from '../../generator/pdf/types.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kit-pdf-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;

/** Writes `bytes` to a fresh file in a folder removed after the test file; returns its path. */
export function writeTemp(bytes: Uint8Array, name = 'doc'): string {
  const file = path.join(dir, `${name}-${++count}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** Whitespace runs to one space, trimmed. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface FontRow {
  name: string;
  type: string;
  emb: string;
  sub: string;
  uni: string;
}
export function pdffonts(file: string): FontRow[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/);
    // name, type (may hold spaces), encoding, emb, sub, uni, object, generation
    const [uni, sub, emb] = cells.slice(-5, -2).reverse();
    return { name: cells[0]!, type: cells.slice(1, -6).join(' '), emb: emb!, sub: sub!, uni: uni! };
  });
}

export function qpdfCheck(file: string): { status: number; output: string } {
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** The document's objects uncompressed by qpdf, to look for catalog entries such as /Lang. */
export function catalog(file: string): string {
  return execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], {
    encoding: 'latin1',
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function pdfinfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' }).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!] = match[2]!;
  }
  return info;
}

/** One page rendered in gray at `dpi` by pdftoppm: 0 is black, 255 white; pixel (0, 0) is the top-left corner. */
export function grayPage(
  file: string,
  page: number,
  dpi = 72,
): { width: number; height: number; at(x: number, y: number): number } {
  const out = path.join(dir, `page-${++count}`);
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-gray',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    out,
  ]);
  const bytes = readFileSync(`${out}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 50).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = bytes.subarray(header[0].length);
  return { width, height, at: (x, y) => data[Math.round(y) * width + Math.round(x)]! };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fails, naming the box, unless `box` lies within `rect` (PDF points, a hundredth of a point of slack). */
export function expectInside(box: TextBox, rect: Rect, what: string): void {
  const slack = 0.01;
  const inside =
    box.x >= rect.x - slack &&
    box.y >= rect.y - slack &&
    box.x + box.width <= rect.x + rect.width + slack &&
    box.y + box.height <= rect.y + rect.height + slack;
  expect(
    inside,
    `${what}: ${JSON.stringify(box.text.slice(0, 40))} on page ${box.page} ` +
      `at ${box.x.toFixed(1)},${box.y.toFixed(1)} ${box.width.toFixed(1)}x${box.height.toFixed(1)} ` +
      `is outside ${JSON.stringify(rect)}`,
  ).toBe(true);
}

/** The page inside its half-inch margins. */
export function contentRect(size: { width: number; height: number }): Rect {
  return { x: MARGIN, y: MARGIN, width: size.width - 2 * MARGIN, height: size.height - 2 * MARGIN };
}

export function makeSpec(overrides: Partial<DocumentSpec> = {}): DocumentSpec {
  return {
    paper: 'letter',
    language: 'es',
    title: 'Conozca sus derechos — Condado de Tarrant',
    subject: 'Acuerdos 287(g)',
    creator: '287(g) Workshop Kit 0.1.0',
    date: '2026-11-01',
    header: 'Conozca sus derechos — Condado de Tarrant',
    footer: 'Datos de ICE al 2026-11-01 · Información general, no es asesoría legal.',
    pageLabel: (page, pages) => `Página ${page} de ${pages}`,
    ...overrides,
  };
}
