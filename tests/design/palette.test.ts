import { describe, expect, it } from 'vitest';
import { KIT_COLORS, MODEL_COLORS, ON_MODEL_COLOR, rgbOf } from '../../generator/design/palette.ts';
import { MODELS } from '../../generator/data/types.ts';
import { MAP_COLORS } from '../../generator/map/model.ts';

// WCAG 2 relative luminance and contrast ratio.
const channel = (value: number) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((at) => channel(Number.parseInt(hex.slice(at, at + 2), 16) / 255));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('the kit palette', () => {
  it('text on a model colour, and on the kit’s bands and boxes, passes WCAG AA (4.5:1)', () => {
    for (const color of Object.values(MODEL_COLORS)) expect(contrast(color, ON_MODEL_COLOR)).toBeGreaterThan(4.5);
    expect(contrast(KIT_COLORS.accent, '#FFFFFF')).toBeGreaterThan(7);
    for (const tint of [KIT_COLORS.accentTint, KIT_COLORS.say])
      expect(contrast(tint, KIT_COLORS.ink)).toBeGreaterThan(7);
    expect(contrast(KIT_COLORS.warn, '#FFFFFF')).toBeGreaterThan(7);
  });

  it('the map draws each model in the kit’s colour for it', () => {
    for (const model of MODELS) expect(MAP_COLORS[model]).toBe(MODEL_COLORS[model]);
  });

  it('reads #RRGGBB into 0..1 channels and refuses anything else', () => {
    expect(rgbOf('#FF8000')).toEqual([1, 128 / 255, 0]);
    expect(() => rgbOf('orange')).toThrow(/not a #RRGGBB/);
  });
});
