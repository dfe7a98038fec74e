import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapAtoms, mapText, readLegend } from '../../generator/pdf/map-block.ts';
import type { Measure } from '../../generator/pdf/measure.ts';
import type { Op } from '../../generator/pdf/ops.ts';
import { pathOperators } from '../../generator/pdf/path-operators.ts';
import { renderPdf } from '../../generator/pdf/render.ts';
import { PAGE_TYPOGRAPHY } from '../../generator/pdf/style.ts';
import type { LayoutContext } from '../../generator/pdf/text-blocks.ts';
import { smallMap } from '../map/small-map.ts';
import { readPdfText } from './text.ts';
import { makeSpec, squash, writeTemp } from './tools.ts';

// Every character half an em wide: the map's geometry does not depend on the font, and the legend's lines are short.
const measure: Measure = { width: (text, _bold, size) => [...text].length * size * 0.5, ascent: 1, descent: 0.25 };
const ctx: LayoutContext = { width: 400, height: 600, measure, type: PAGE_TYPOGRAPHY };
const JEM: readonly number[] = [0xe6 / 255, 0x9f / 255, 0];
const GRAY: readonly number[] = [0xdd / 255, 0xdd / 255, 0xdd / 255];

describe('pathOperators', () => {
  it('moves, scales and flips the polygons, then fills and strokes them inside their own graphics state', () => {
    const op: Op = {
      kind: 'path',
      polygons: [
        [
          [10, 20],
          [30, 20],
          [30, 40.5],
        ],
        [
          [1, 2],
          [3, 4],
        ],
      ],
      x: 5,
      y: 7,
      scale: 2,
      fill: [1, 0, 0],
      stroke: [0, 0, 1],
      lineWidth: 0.8,
    };
    expect(pathOperators(op, 100, 700).map(String)).toEqual([
      'q',
      '1 0 0 1 100 700 cm',
      '1 0 0 1 0 0 cm', // the no-op rotation pdf-lib's drawSvgPath wrote
      '2 0 0 -2 0 0 cm',
      '1 0 0 rg',
      '0 0 1 RG',
      '0.8 w',
      '[] 0 d',
      '10 20 m',
      '30 20 l',
      '30 40.5 l',
      'h',
      '1 2 m',
      '3 4 l',
      'h',
      'B',
      'Q',
    ]);
  });

  it('only fills a shape without a stroke, and only strokes one without a fill', () => {
    const square: Op = {
      kind: 'path',
      polygons: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
        ],
      ],
      x: 0,
      y: 0,
      scale: 1,
    };
    const filled = pathOperators({ ...square, fill: [0, 0, 0] }, 0, 0).map(String);
    expect(filled.slice(-2)).toEqual(['f', 'Q']);
    expect(filled).not.toContain('w');
    const stroked = pathOperators({ ...square, stroke: [0, 0, 0], lineWidth: 3 }, 0, 0).map(String);
    expect(stroked.slice(-2)).toEqual(['S', 'Q']);
    expect(stroked).toContain('3 w');
  });
});

describe('mapAtoms', () => {
  it('draws the counties, then the region outlines, then the markers, cropped to their strokes and centred', () => {
    const atoms = mapAtoms(smallMap(), 0.8, undefined, ctx, 5);
    const map = atoms.find((atom) => atom.ops.some((op) => op.kind === 'path'))!;
    // Bounds in map px, each shape widened by half its stroke: counties by 0.4, outlines and the marker by 1.5.
    // x: 10 - 1.5 = 8.5 (outline) .. 45 + 6 + 1.5 = 52.5 (marker); y: 20 - 0.4 = 19.6 .. 57 + 6 + 1.5 = 64.5.
    const scale = (0.8 * 400) / 44; // the width binds: 44 px wide, 44.9 high, at most 450 pt high
    const left = (400 - 44 * scale) / 2 - 8.5 * scale;
    const top = -19.6 * scale;
    expect(map.height).toBeCloseTo(44.9 * scale, 9);
    const paths = map.ops.filter((op) => op.kind === 'path');
    expect(paths.map((op) => [op.polygons.length, op.fill, op.stroke, op.lineWidth])).toEqual([
      [1, JEM, [1, 1, 1], 0.8],
      [2, GRAY, [1, 1, 1], 0.8],
      [2, undefined, [0, 0, 0], 3],
    ]);
    for (const op of paths) {
      expect(op.scale).toBeCloseTo(scale, 12);
      expect(op.x).toBeCloseTo(left, 9);
      expect(op.y).toBeCloseTo(top, 9);
    }
    expect(paths[2]!.polygons).toEqual(smallMap().counties[1]!.rings);
    const circle = map.ops.find((op) => op.kind === 'circle')!;
    expect(circle).toMatchObject({ fill: GRAY, stroke: [0, 0, 0] });
    if (circle.kind !== 'circle') throw new Error('not a circle');
    expect(circle.cx).toBeCloseTo(left + 45 * scale, 9);
    expect(circle.cy).toBeCloseTo(top + 57 * scale, 9);
    expect(circle.r).toBeCloseTo(6 * scale, 9);
    expect(circle.lineWidth).toBeCloseTo(3 * scale, 9);
  });

  it('sets the title, swatches and legend again in the document type: swatch outlines scaled, at most 2 pt', () => {
    const atoms = mapAtoms(smallMap(), 0.8, 'Source: ICE', ctx, 5);
    const texts = atoms.flatMap((atom) => atom.ops.flatMap((op) => (op.kind === 'text' ? [op.text] : [])));
    expect(texts.join(' | ')).toBe('Tom & Jerry | Jail model | Region | State: | • Task force | Source: ICE');
    const swatches = atoms.flatMap((atom) => atom.ops.filter((op) => op.kind === 'rect'));
    const size = PAGE_TYPOGRAPHY.small;
    const outline = Math.min(2, (3 / 8) * size);
    expect(swatches).toEqual([
      { kind: 'rect', x: 0, y: expect.any(Number), width: size, height: size, fill: JEM },
      {
        kind: 'rect',
        x: 206 + outline / 2,
        y: expect.any(Number),
        width: size - outline,
        height: size - outline,
        stroke: [0, 0, 0],
        lineWidth: outline,
      },
    ]);
  });

  it("sets a dot swatch (the markers' sample) as a circle in the swatch's square, beside and below the map", () => {
    const map = smallMap();
    const dot = { shape: 'dot' as const, x: 60, y: 60, side: 10, fill: '#FFFFFF', stroke: '#1A1A1A', strokeWidth: 1 };
    map.legend.entries.splice(2, 0, { swatch: dot, lines: [{ x: 75, y: 68, text: 'Dot: small county' }] });
    const size = PAGE_TYPOGRAPHY.small;
    const outline = Math.min(2, (1 / 10) * size);
    for (const share of [0.8, 0.5]) {
      const atoms = mapAtoms(map, share, undefined, ctx, 5);
      const legendOps = share > 0.6 ? atoms.slice(2).flatMap((atom) => atom.ops) : atoms[1]!.ops;
      const circles = legendOps.filter((op) => op.kind === 'circle' && op.fill?.[0] === 1);
      expect(circles, String(share)).toHaveLength(1);
      expect(circles[0]).toMatchObject({ r: size / 2 - outline / 2, fill: [1, 1, 1], lineWidth: outline });
      const texts = atoms.flatMap((atom) => atom.ops.flatMap((op) => (op.kind === 'text' ? [op.text] : [])));
      expect(texts).toContain('Dot: small county');
    }
  });

  it('reads the legend as print sets it: wrapped lines joined, the statewide note split at each "•" line', () => {
    const map = smallMap();
    expect(readLegend(map)).toEqual({
      title: 'Tom & Jerry',
      entries: [
        { swatch: map.legend.entries[0]!.swatch, text: 'Jail model' },
        { swatch: map.legend.entries[1]!.swatch, text: 'Region' },
        { swatch: null, text: 'State:' },
        { swatch: null, text: '• Task force' },
      ],
    });
    expect(mapText(map)).toBe('Tom & JerryJailmodelRegionState:• Task force');
  });
});

describe('a map block in a PDF', () => {
  it('writes each county ring as m, l and h operators of the model, filled and stroked, and its text', async () => {
    const pdf = await renderPdf(makeSpec(), [[{ kind: 'map', map: smallMap(), width: 0.5, caption: 'Fuente: ICE' }]]);
    const file = writeTemp(pdf.bytes, 'map-block');
    const plain = `${file}.qdf.pdf`;
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, plain]);
    const content = readFileSync(plain, 'latin1');
    expect(content).toContain('[] 0 d\n10 20 m\n30 20 l\n30 40.5 l\nh\nB\nQ');
    expect(content).toContain('[] 0 d\n10 50 m\n20 50 l\n20 60 l\nh\n40 50 m\n50 60 l\n40 60 l\nh\nS\nQ');
    const text = squash(await readPdfText(file));
    for (const label of ['Tom & Jerry', 'Jail model', 'Region', 'State:', '• Task force', 'Fuente: ICE'])
      expect(text).toContain(label);
  });
});
