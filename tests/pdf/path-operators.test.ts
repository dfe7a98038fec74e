import { drawSvgPath, rgb, type PDFOperator } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ICONS, iconPath, type IconName } from '../../generator/design/icons.ts';
import { roundedBoxPath } from '../../generator/pdf/icon.ts';
import type { Op } from '../../generator/pdf/ops.ts';
import { svgOperators } from '../../generator/pdf/path-operators.ts';
import { qrPolygons } from '../../generator/pdf/qr.ts';

type SvgOp = Extract<Op, { kind: 'svg' }>;
const text = (operators: PDFOperator[]) => operators.map((operator) => operator.toString()).join('\n');
const color = (value: SvgOp['fill']) => (value ? rgb(...value) : undefined);
// What pdf-lib's drawSvgPath writes for the op, the path parsed afresh.
const drawnByPdfLib = (op: SvgOp, x: number, y: number) =>
  text(
    drawSvgPath(op.d, {
      x,
      y,
      scale: op.scale,
      color: color(op.fill),
      borderColor: color(op.stroke),
      borderWidth: op.stroke ? (op.lineWidth ?? 1) : 0,
    }),
  );

describe('SVG paths parsed once', () => {
  const names = Object.keys(ICONS).filter((name): name is IconName => name in ICONS);
  const ops: SvgOp[] = [
    ...names.map((name, index): SvgOp => ({
      kind: 'svg',
      d: iconPath(name),
      x: 0,
      y: 0,
      scale: 0.5 + index / 7,
      fill: [0.1, 0.2, 0.3],
    })),
    { kind: 'svg', d: roundedBoxPath(120, 40, 6), x: 0, y: 0, scale: 1, stroke: [1, 0, 0], lineWidth: 0.75 },
    { kind: 'svg', d: roundedBoxPath(80.5, 33.25, 4), x: 0, y: 0, scale: 1, fill: [1, 1, 1], stroke: [0, 0, 0] },
    { kind: 'svg', d: 'M0 0 L10 0 L10 10 Z', x: 0, y: 0, scale: 0, stroke: [0, 0, 0] },
  ];

  it("write what pdf-lib's drawSvgPath writes, at every position, the first time and again", () => {
    for (const op of ops) {
      for (const [x, y] of [
        [36, 700],
        [300.125, 12.5],
        [36, 700],
      ] as const)
        expect(text(svgOperators(op, x, y)), op.d).toBe(drawnByPdfLib(op, x, y));
    }
  });

  it('give paths that differ their own shapes', () => {
    const a = svgOperators({ ...ops[0]!, d: 'M0 0 L5 5 Z' }, 0, 0);
    const b = svgOperators({ ...ops[0]!, d: 'M0 0 L5 6 Z' }, 0, 0);
    expect(text(a)).toContain('5 5 l');
    expect(text(b)).toContain('5 6 l');
  });
});

describe('QR codes made once per address', () => {
  it('give the same modules the second time, and different addresses different codes', () => {
    const first = qrPolygons('https://example.org/a');
    const copy = structuredClone(first);
    expect(qrPolygons('https://example.org/a')).toEqual(copy);
    expect(qrPolygons('https://example.org/b').polygons).not.toEqual(copy.polygons);
  });

  it('keep giving right codes after more addresses than they remember', () => {
    const first = structuredClone(qrPolygons('https://example.org/start'));
    for (let i = 0; i < 300; i++) qrPolygons(`https://example.org/${i}`);
    expect(qrPolygons('https://example.org/start')).toEqual(first);
  });
});
