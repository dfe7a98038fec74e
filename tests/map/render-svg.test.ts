import { describe, expect, it } from 'vitest';
import { escapeXml, renderMapSvg, ringsToPathData } from '../../generator/map/render-svg.ts';
import { smallMap } from './small-map.ts';
import { parseXml } from './xml.ts';

describe('renderMapSvg', () => {
  it('writes a small known map element by element, numbers as the model holds them', () => {
    const svg = renderMapSvg(smallMap());
    expect(svg.split('\n')).toEqual([
      `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="80" viewBox="0 0 100 80" role="img" aria-label="Tom &amp; Jerry" font-family="'Noto Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif">`,
      '<title>Tom &amp; Jerry</title>',
      '<rect width="100%" height="100%" fill="#FFFFFF"/>',
      '<text x="4" y="18" font-size="14" font-weight="bold" fill="#1A1A1A">Tom &amp; Jerry</text>',
      '<g stroke="#FFFFFF" stroke-width="0.8" stroke-linejoin="round">',
      '<path data-fips="99001" fill="#E69F00" d="M10,20L30,20L30,40.5Z"><title>North</title></path>',
      '<path data-fips="99003" fill="#DDDDDD" d="M10,50L20,50L20,60ZM40,50L50,60L40,60Z">' +
        '<title>South &lt;Isle&gt;</title></path>',
      '</g>',
      '<g fill="none" stroke="#000000" stroke-width="3" stroke-linejoin="round">',
      '<path data-region="99003" d="M10,50L20,50L20,60ZM40,50L50,60L40,60Z"/>',
      '</g>',
      '<circle data-marker="99003" cx="45" cy="57" r="6" fill="#DDDDDD" stroke="#000000" stroke-width="3">' +
        '<title>South &lt;Isle&gt;</title></circle>',
      '<g font-size="9" fill="#1A1A1A">',
      '<rect x="60" y="30" width="11" height="11" fill="#E69F00" stroke="#E69F00" stroke-width="0"/>',
      '<text x="75" y="38">Jail</text>',
      '<text x="75" y="48">model</text>',
      '<rect x="61.5" y="51.5" width="8" height="8" fill="none" stroke="#000000" stroke-width="3"/>',
      '<text x="75" y="58">Region</text>',
      '<text x="60" y="68">State:</text>',
      '<text x="60" y="78">• Task force</text>',
      '</g>',
      '</svg>',
      '',
    ]);
    expect(() => parseXml(svg)).not.toThrow();
  });

  it('leaves out the region group for a whole-state map, and writes an empty path for a county with no rings', () => {
    const map = { ...smallMap(), region: null };
    map.counties[0] = { ...map.counties[0]!, rings: [] };
    const svg = renderMapSvg(map);
    expect(svg).not.toContain('data-region');
    expect(svg).toContain('<path data-fips="99001" fill="#E69F00" d=""><title>North</title></path>');
  });

  it('writes rings as d3-geo writes polygons: M, L between points, Z, no spaces', () => {
    expect(ringsToPathData([])).toBe('');
    expect(
      ringsToPathData([
        [
          [0, 0],
          [1.5, -2],
        ],
        [[3, 4]],
      ]),
    ).toBe('M0,0L1.5,-2ZM3,4Z');
  });

  it('escapes the five XML characters and replaces characters XML forbids', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    expect(escapeXml('a\u0000b\u001Fc\uD800d\tü 警察 👮')).toBe('a\uFFFDb\uFFFDc\uFFFDd\tü 警察 👮');
    expect(() => parseXml(`<t>${escapeXml('\u0007 & \uDC00 ]]>')}</t>`)).not.toThrow();
  });
});
