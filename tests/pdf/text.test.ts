// Reading a PDF's text with pdf.js: in drawing order, by line as a reader sees columns side by side, by page, and
// only the footer.

import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../generator/pdf/render.ts';
import type { Block } from '../../generator/pdf/types.ts';
import { makeSpec } from './tools.ts';
import { readPdfText } from './text.ts';

const table: Block = {
  kind: 'table',
  columns: [
    { header: 'Agencia', width: 0.5 },
    { header: 'Modelo', width: 0.5 },
  ],
  rows: [['Oficina del Sheriff', 'Cárcel']],
};
const second: Block[] = [{ kind: 'page-break' }, { kind: 'paragraph', runs: [{ text: 'Segunda página' }] }];

describe('reading the text of a PDF', async () => {
  const { bytes } = await renderPdf(makeSpec(), [[table, ...second]]);

  it('ends every page with a form feed, in drawing order', async () => {
    const text = await readPdfText(bytes);
    expect(text.split('\f')).toHaveLength(3);
    expect(text).toMatch(/Agencia[\s\S]*Modelo[\s\S]*Oficina del Sheriff[\s\S]*Cárcel[^\f]*\f[^\f]*Segunda página/);
  });

  it('puts the cells of one row on one line, left to right, in lines mode', async () => {
    const lines = (await readPdfText(bytes, { mode: 'lines' })).split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^Agencia\s+Modelo$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Oficina del Sheriff\s+Cárcel$/));
  });

  it('reads two columns side by side line by line in lines mode, one column after the other in raw mode', async () => {
    const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
    const columns = await renderPdf(makeSpec(), [
      [paragraph('Uno izquierda'), paragraph('Dos izquierda')],
      [paragraph('Uno derecha'), paragraph('Dos derecha')],
    ]);
    expect(await readPdfText(columns.bytes, { mode: 'lines' })).toMatch(
      /Uno izquierda\s+Uno derecha\nDos izquierda\s+Dos derecha/,
    );
    expect(await readPdfText(columns.bytes)).toMatch(/Uno izquierda\s+Dos izquierda\s+Uno derecha\s+Dos derecha/);
  });

  it('reads only the pages asked for, and only the footer with `bottom`', async () => {
    const second = await readPdfText(bytes, { pages: { first: 2, last: 2 } });
    expect(second).toContain('Segunda página');
    expect(second).not.toContain('Agencia');
    const footer = await readPdfText(bytes, { pages: { first: 1, last: 1 }, bottom: 50 });
    expect(footer.replace(/\s+/g, ' ').trim()).toBe(
      'Datos de ICE al 2026-11-01 · Información general, no es asesoría legal. Página 1 de 2',
    );
  });
});
