import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../generator/pdf/render.ts';
import { grayPage, makeSpec, squash, writeTemp } from './tools.ts';
import { readPdfText } from './text.ts';

describe('qr block', () => {
  it('prints each module the matrix has, about an inch wide, with the caption and address beside it', async () => {
    const url = 'https://example.org/kyr/tx-tarrant?lang=es';
    const pdf = await renderPdf(makeSpec({ header: null }), [
      [{ kind: 'qr', url, caption: 'Escanee para la guía en línea' }],
    ]);
    const file = writeTemp(pdf.bytes);
    expect(squash(await readPdfText(file))).toContain(`Escanee para la guía en línea ${url}`);

    const dpi = 288; // 4 pixels per point
    const page = grayPage(file, 1, dpi);
    const caption = pdf.boxes.find((box) => box.text.startsWith('Escanee'))!;
    const px = (points: number) => (points * dpi) / 72;
    // The dark pixels left of the caption and above the footer are the code.
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let y = 0; y < px(300); y++) {
      for (let x = 0; x < px(caption.x); x++) {
        if (page.at(x, y) < 128)
          [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      }
    }
    const matrix = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
    const module = (right - left + 1) / matrix.size;
    expect(Math.abs(right - left + 1 - (bottom - top + 1))).toBeLessThanOrEqual(1);
    const inches = ((right - left + 1) / dpi) * ((matrix.size + 8) / matrix.size); // with the quiet zone
    expect(inches).toBeGreaterThan(0.95);
    expect(inches).toBeLessThan(1.3);
    for (let row = 0; row < matrix.size; row++) {
      for (let col = 0; col < matrix.size; col++) {
        const dark = page.at(left + (col + 0.5) * module, top + (row + 0.5) * module) < 128;
        expect(dark, `module ${row},${col}`).toBe(matrix.get(row, col) === 1);
      }
    }
    // The quiet zone around the code is white.
    for (let step = 1; step <= 3; step++) {
      expect(page.at(left - step * module, (top + bottom) / 2)).toBeGreaterThan(200);
      expect(page.at((left + right) / 2, top - step * module)).toBeGreaterThan(200);
    }
  });
});
