import { describe, expect, it } from 'vitest';
import { ICON_GRID, ICONS } from '../../generator/design/icons.ts';
import { createDocument, saveDocument } from '../../generator/pdf/document.ts';
import { drawOps } from '../../generator/pdf/draw.ts';
import { iconOp, roundedBoxOp, roundedBoxPath } from '../../generator/pdf/icon.ts';
import { grayPage, makeSpec, writeTemp } from './tools.ts';

async function drawOne(ops: Parameters<typeof drawOps>[2]): Promise<string> {
  const { doc, fonts } = await createDocument(makeSpec(), '');
  const page = doc.addPage([200, 200]);
  drawOps(page, 1, ops, { x: 0, top: 200 }, fonts, []);
  return writeTemp(await saveDocument(doc), 'icon');
}

describe('icons in print', () => {
  it('draws an icon inside the square it was given, filled, and nothing outside it', async () => {
    // The "stop" icon (a circle with a bar): ink near its ring, white well outside its 48 pt square.
    const file = await drawOne([iconOp('do-not', 50, 50, 48, [0, 0, 0])]);
    const page = grayPage(file, 1, 72);
    let inside = 0;
    let outside = 0;
    for (let y = 0; y < 200; y++)
      for (let x = 0; x < 200; x++) {
        const dark = page.at(x, y) < 128;
        if (x >= 50 && x < 98 && y >= 50 && y < 98) inside += dark ? 1 : 0;
        else if (x < 48 || x > 100 || y < 48 || y > 100) outside += dark ? 1 : 0;
      }
    expect(inside).toBeGreaterThan(200);
    expect(outside).toBe(0);
  });

  it('every icon is one path on the 24-unit grid', () => {
    for (const [name, d] of Object.entries(ICONS)) {
      expect(d, name).toMatch(/^M[\d.]/);
      const numbers = d.match(/-?\d*\.?\d+/g)!.map(Number);
      expect(Math.max(...numbers), name).toBeLessThanOrEqual(ICON_GRID);
    }
  });

  it('rounds a box’s corners: the corner pixel stays white where the edge is inked', async () => {
    expect(roundedBoxPath(100, 20, 30)).toContain('A10 10'); // the radius is cut to half the shorter side
    const file = await drawOne([roundedBoxOp(20, 20, 160, 160, 24, { fill: [0, 0, 0] })]);
    const page = grayPage(file, 1, 72);
    expect(page.at(21, 21)).toBeGreaterThan(200); // the rounded corner
    expect(page.at(100, 21)).toBeLessThan(50); // the top edge
    expect(page.at(100, 100)).toBeLessThan(50);
  });
});
