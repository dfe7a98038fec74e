// The bar chart of percent correct per question, as the SVG the PDF's svg block draws: bars are filled
// <path>s on a gray 100% track; the only texts are the legend's, which the block sets in the
// document's own type. Question labels go in the table printed under the chart.

import { escapeXml } from '../xml.ts';

export interface ChartSeries {
  label: string; // legend text
  color: string; // #rrggbb
  percents: (number | null)[]; // per question, 0..100; null draws no bar
}

const WIDTH = 400;
const ROW = 16;
const GAP = 8; // between rows, so that each question reads as one band
const TRACK = '#e6e8ec';
const GRID = '#9aa1ab';

const box = (x0: number, y0: number, x1: number, y1: number) => `M${x0} ${y0} L${x1} ${y0} L${x1} ${y1} L${x0} ${y1} Z`;
const round = (value: number) => Math.round(value * 100) / 100;

/** An SVG of horizontal bars, one row per question in order, one bar per series in each row. */
export function renderScoreChart(series: readonly ChartSeries[]): string {
  const rows = Math.max(0, ...series.map((entry) => entry.percents.length));
  const height = rows * (ROW + GAP) - GAP;
  const barHeight = (ROW - 2) / Math.max(1, series.length);
  const shapes: string[] = [];
  for (let row = 0; row < rows; row++) {
    const top = row * (ROW + GAP);
    shapes.push(`<path d="${box(0, top, WIDTH, top + ROW)}" fill="${TRACK}"/>`);
    series.forEach((entry, index) => {
      const percent = entry.percents[row];
      if (percent === null || percent === undefined || percent <= 0) return;
      const y = round(top + 1 + index * barHeight);
      shapes.push(`<path d="${box(0, y, round((Math.min(100, percent) / 100) * WIDTH), round(y + barHeight))}" fill="${entry.color}"/>`);
    });
  }
  // Quarter lines over the bars, so that 25, 50 and 75% can be read off without numbers in the drawing.
  for (const quarter of [1, 2, 3]) {
    const x = (quarter * WIDTH) / 4;
    shapes.push(`<path d="M${x} 0 L${x} ${height}" fill="none" stroke="${GRID}" stroke-width="0.6"/>`);
  }
  const legend = series.map((entry, index) => {
    const y = height + 12 + index * 16;
    return `<rect x="0" y="${y}" width="10" height="10" fill="${entry.color}"/><text x="14" y="${y + 9}" font-size="10">${escapeXml(entry.label)}</text>`;
  });
  const total = height + 12 + series.length * 16;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${total}" width="${WIDTH}" height="${total}">`,
    ...shapes,
    ...legend,
    '</svg>',
  ].join('\n');
}
