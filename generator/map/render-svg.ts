// Writes a state's map model as a standalone SVG document, the region map the deck shows. Every text is escaped
// here; every number is printed as the model holds it (already rounded to 0.1 px).

import type { MapRing, StateMap } from './model.ts';

const FONT = "'Noto Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Characters XML 1.0 forbids anywhere (controls, lone surrogates, U+FFFE/FFFF) would make the document unreadable.
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(XML_FORBIDDEN, '\uFFFD').replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!);
}

/** SVG path data for closed rings: "M x,y L x,y … Z" per ring, without spaces, as d3-geo writes polygons. */
export function ringsToPathData(rings: readonly MapRing[]): string {
  return rings.map((ring) => `M${ring.map(([x, y]) => `${x},${y}`).join('L')}Z`).join('');
}

/**
 * The map as an SVG document string (UTF-8 text, ending in a newline): white background, title, county fills with
 * their names as tooltips, the region's outlines, markers, and the legend.
 */
export function renderMapSvg(map: StateMap): string {
  const title = escapeXml(map.title.text);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${map.width}" height="${map.height}" viewBox="0 0 ${map.width} ${map.height}" role="img" aria-label="${title}" font-family="${FONT}">`,
    `<title>${title}</title>`,
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
  ];
  for (const line of map.title.lines) {
    out.push(
      `<text x="${line.x}" y="${line.y}" font-size="${map.title.size}" font-weight="bold" fill="${map.title.color}">` +
        `${escapeXml(line.text)}</text>`,
    );
  }
  out.push(`<g stroke="${map.border.color}" stroke-width="${map.border.width}" stroke-linejoin="round">`);
  const data = new Map<string, string>();
  for (const county of map.counties) {
    const d = ringsToPathData(county.rings);
    data.set(county.fips, d);
    out.push(
      `<path data-fips="${county.fips}" fill="${county.fill}" d="${d}"><title>${escapeXml(county.name)}</title></path>`,
    );
  }
  out.push('</g>');
  if (map.region) {
    out.push(`<g fill="none" stroke="${map.region.color}" stroke-width="${map.region.width}" stroke-linejoin="round">`);
    for (const fips of map.region.fips) out.push(`<path data-region="${fips}" d="${data.get(fips)}"/>`);
    out.push('</g>');
  }
  for (const marker of map.markers) {
    out.push(
      `<circle data-marker="${marker.fips}" cx="${marker.cx}" cy="${marker.cy}" r="${marker.r}" ` +
        `fill="${marker.fill}" stroke="${marker.stroke}" stroke-width="${marker.strokeWidth}">` +
        `<title>${escapeXml(marker.name)}</title></circle>`,
    );
  }
  out.push(`<g font-size="${map.legend.size}" fill="${map.legend.color}">`);
  for (const { swatch, lines } of map.legend.entries) {
    if (swatch?.shape === 'dot') {
      // The dot fills the swatch's square: its centre and radius are the square's, to 0.05 px.
      const r = swatch.side / 2;
      const [cx, cy] = [+(swatch.x + r).toFixed(2), +(swatch.y + r).toFixed(2)];
      out.push(
        `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${swatch.fill}" ` +
          `stroke="${swatch.stroke}" stroke-width="${swatch.strokeWidth}"/>`,
      );
    } else if (swatch) {
      out.push(
        `<rect x="${swatch.x}" y="${swatch.y}" width="${swatch.side}" height="${swatch.side}" fill="${swatch.fill}" ` +
          `stroke="${swatch.stroke}" stroke-width="${swatch.strokeWidth}"/>`,
      );
    }
    for (const line of lines) out.push(`<text x="${line.x}" y="${line.y}">${escapeXml(line.text)}</text>`);
  }
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}
