// A small reader for the SVG maps that generator/map/render-map.ts writes: paths, circles, rects and texts with the
// fill, stroke and font settings they inherit from their groups, in document order. Not a general SVG parser: no
// transforms, no CSS, no tspans; what it does not know it leaves out of the drawing but never out of the text.

import type { Rgb } from './style.ts';

export interface Paint {
  fill: Rgb | null;
  stroke: Rgb | null;
  strokeWidth: number;
}
export type SvgItem =
  | ({ kind: 'path'; d: string } & Paint)
  | ({ kind: 'circle'; cx: number; cy: number; r: number } & Paint)
  | ({ kind: 'rect'; x: number; y: number; width: number; height: number; background: boolean } & Paint)
  | { kind: 'text'; x: number; y: number; size: number; bold: boolean; text: string; fill: Rgb | null };

export interface SvgDrawing {
  viewBox: { x: number; y: number; width: number; height: number };
  items: SvgItem[];
}

const NAMED: Record<string, Rgb> = { black: [0, 0, 0], white: [1, 1, 1], gray: [0.5, 0.5, 0.5], grey: [0.5, 0.5, 0.5] };
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An SVG color as 0..1 RGB: #rgb, #rrggbb, rgb(r, g, b), a few names; null for none; black when unknown. */
export function parseColor(value: string | undefined): Rgb | null {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || text === 'none' || text === 'transparent') return null;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return [1, 2, 3].map((index) => parseInt(short[index]!.repeat(2), 16) / 255) as unknown as Rgb;
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(text);
  if (long) return [1, 2, 3].map((index) => parseInt(long[index]!, 16) / 255) as unknown as Rgb;
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(text);
  if (rgb) return [1, 2, 3].map((index) => Math.min(255, Number(rgb[index])) / 255) as unknown as Rgb;
  return NAMED[text] ?? [0, 0, 0];
}

/** XML character references and the five predefined entities replaced by their characters. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return NAMED_ENTITIES[lower] ?? whole;
  });
}

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[match[1]!] = unescapeXml(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

interface Inherited {
  fill: string;
  stroke: string;
  strokeWidth: string;
  fontSize: string;
  fontWeight: string;
}

const number = (value: string | undefined, fallback = 0): number => {
  const parsed = Number.parseFloat(value ?? '');
  return Number.isFinite(parsed) ? parsed : fallback;
};

/** The drawable items of `svg` in document order. Throws when the text is not an <svg> element. */
export function parseSvg(svg: string): SvgDrawing {
  const tokens =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  const stack: { name: string; style: Inherited }[] = [];
  let style: Inherited = { fill: '#000000', stroke: 'none', strokeWidth: '1', fontSize: '16', fontWeight: 'normal' };
  let viewBox: SvgDrawing['viewBox'] | undefined;
  const items: SvgItem[] = [];
  let text: { x: number; y: number; size: number; bold: boolean; fill: Rgb | null; parts: string[] } | null = null;
  let skipDepth = 0; // inside <title>, <desc>, <style>, <defs>: not drawn

  for (const match of svg.matchAll(tokens)) {
    const [, closing, name, rawAttributes, selfClosing, content] = match;
    if (content !== undefined) {
      if (text && skipDepth === 0) text.parts.push(unescapeXml(content));
      continue;
    }
    if (!name) continue;
    const tag = name.toLowerCase();
    if (closing) {
      const open = stack.pop();
      if (open) style = open.style;
      if (['title', 'desc', 'style', 'defs', 'metadata'].includes(tag)) skipDepth = Math.max(0, skipDepth - 1);
      if (tag === 'text' && text) {
        const value = text.parts.join('').replace(/\s+/g, ' ').trim();
        if (value)
          items.push({
            kind: 'text',
            x: text.x,
            y: text.y,
            size: text.size,
            bold: text.bold,
            text: value,
            fill: text.fill,
          });
        text = null;
      }
      continue;
    }
    const attributes = attributesOf(rawAttributes ?? '');
    const own: Inherited = {
      fill: attributes.fill ?? style.fill,
      stroke: attributes.stroke ?? style.stroke,
      strokeWidth: attributes['stroke-width'] ?? style.strokeWidth,
      fontSize: attributes['font-size'] ?? style.fontSize,
      fontWeight: attributes['font-weight'] ?? style.fontWeight,
    };
    const paint: Paint = {
      fill: parseColor(own.fill),
      stroke: parseColor(own.stroke),
      strokeWidth: number(own.strokeWidth, 1),
    };
    if (tag === 'svg' && !viewBox) {
      const box = (attributes.viewBox ?? '').split(/[\s,]+/).map(Number);
      viewBox =
        box.length === 4 && box.every(Number.isFinite)
          ? { x: box[0]!, y: box[1]!, width: box[2]!, height: box[3]! }
          : { x: 0, y: 0, width: number(attributes.width, 300), height: number(attributes.height, 150) };
    }
    if (['title', 'desc', 'style', 'defs', 'metadata'].includes(tag)) skipDepth++;
    if (skipDepth === 0) {
      if (tag === 'path' && attributes.d) items.push({ kind: 'path', d: attributes.d, ...paint });
      if (tag === 'circle')
        items.push({
          kind: 'circle',
          cx: number(attributes.cx),
          cy: number(attributes.cy),
          r: number(attributes.r),
          ...paint,
        });
      if (tag === 'rect') {
        const relative = [attributes.width, attributes.height].some((value) => value?.trim().endsWith('%'));
        items.push({
          kind: 'rect',
          x: number(attributes.x),
          y: number(attributes.y),
          width: number(attributes.width),
          height: number(attributes.height),
          background: relative,
          ...paint,
        });
      }
      if (tag === 'text') {
        text = {
          x: number(attributes.x),
          y: number(attributes.y),
          size: number(own.fontSize, 16),
          bold: /bold|[6-9]00/.test(own.fontWeight),
          fill: paint.fill,
          parts: [],
        };
      }
    }
    if (!selfClosing) {
      stack.push({ name: tag, style });
      style = own;
    } else if (['title', 'desc', 'style', 'defs', 'metadata'].includes(tag)) {
      skipDepth--;
    }
  }
  if (!viewBox)
    throw new Error(
      'parseSvg: no <svg> element found; the svg block expects an SVG document such as renderStateMap writes',
    );
  return { viewBox, items };
}

/** [minX, minY, maxX, maxY] of path data made of absolute M, L and Z commands (as d3-geo writes); null for anything else. */
export function pathBounds(d: string): [number, number, number, number] | null {
  if (!/^[\sMLZ0-9.,eE+-]*$/.test(d)) return null;
  const numbers = d.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/gi)?.map(Number) ?? [];
  if (numbers.length < 2 || numbers.length % 2 !== 0) return null;
  let bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let index = 0; index < numbers.length; index += 2) {
    const x = numbers[index]!,
      y = numbers[index + 1]!;
    bounds = [Math.min(bounds[0], x), Math.min(bounds[1], y), Math.max(bounds[2], x), Math.max(bounds[3], y)];
  }
  return bounds;
}
