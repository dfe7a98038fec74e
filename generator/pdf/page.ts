// Page geometry and furniture: the header at the top, the footer with the page label at the bottom, and the one or two
// columns between them, in PDF points from the page's bottom-left corner.

import { lineMetrics, lineOps } from './lines.ts';
import type { Measure } from './measure.ts';
import type { Op } from './ops.ts';
import { BAND_GAP, COLUMN_GAP, documentStyle, INK, PAPER_SIZES, RULE, type PageLayout } from './style.ts';
import { cleanText } from './text.ts';
import type { DocumentSpec, Paper } from './types.ts';
import { wrapRuns, type Line } from './wrap.ts';

export interface Frame {
  x: number;
  top: number;
  width: number;
  height: number;
}

export interface PagePlan {
  size: { width: number; height: number };
  layout: PageLayout; // margin and the header's and footer's type
  header: Line[];
  footer: Line[];
  labelReserve: number; // points kept free at the footer's right for the page label
  columns: Frame[]; // where the body goes, left to right
}

const LABEL_GAP = 12;

/** Header and footer wrapped to the page, and the body's columns in what is left. */
export function planPage(spec: DocumentSpec, columnCount: number, measure: Measure): PagePlan {
  const size = PAPER_SIZES[spec.paper] as (typeof PAPER_SIZES)[Paper] | undefined;
  if (!size)
    throw new Error(
      `planPage: unknown paper ${JSON.stringify(spec.paper)}; expected ${Object.keys(PAPER_SIZES)
        .map((name) => `"${name}"`)
        .join(', ')}`,
    );
  const { layout } = documentStyle(spec);
  const { margin, furniture: small } = layout;
  const contentWidth = size.width - 2 * margin;
  const { height: lineHeight, overshoot } = lineMetrics(small, layout.leading, measure);
  // Labels grow with the page count; room for a three-digit "page 888 of 888" covers any handout.
  const labelReserve = measure.width(cleanText(spec.pageLabel(888, 888)), false, small);
  const header = spec.header ? wrapRuns([{ text: spec.header }], contentWidth, small, measure) : [];
  const footer = wrapRuns([{ text: spec.footer }], contentWidth - labelReserve - LABEL_GAP, small, measure);
  const headerHeight = header.length ? header.length * lineHeight + overshoot + BAND_GAP : 0;
  const footerHeight = Math.max(1, footer.length) * lineHeight + overshoot + BAND_GAP;
  const top = size.height - margin - headerHeight;
  const height = top - margin - footerHeight;
  const width = (contentWidth - (columnCount - 1) * COLUMN_GAP) / columnCount;
  const columns = Array.from({ length: columnCount }, (_, index) => ({
    x: margin + index * (width + COLUMN_GAP),
    top,
    width,
    height,
  }));
  return { size, layout, header, footer, labelReserve, columns };
}

/**
 * Header (with the rule between two columns) and footer with the page label, as ops from the page's top-left corner;
 * apart, so that the header is drawn before the body and the footer after it, in reading order.
 */
export function furnitureOps(plan: PagePlan, label: string, measure: Measure): { header: Op[]; footer: Op[] } {
  const { margin, furniture: small, leading } = plan.layout;
  const { height: lineHeight, baseline, overshoot } = lineMetrics(small, leading, measure);
  const { width: pageWidth, height: pageHeight } = plan.size;
  const right = pageWidth - margin;
  const headerTop = margin + overshoot;
  const ops: Op[] = plan.header.flatMap((line, index) =>
    lineOps(line, margin, headerTop + index * lineHeight, small, baseline),
  );
  if (plan.header.length) {
    const y = headerTop + plan.header.length * lineHeight + BAND_GAP / 2;
    ops.push({ kind: 'line', x1: margin, y1: y, x2: right, y2: y, lineWidth: 0.5, color: RULE });
  }
  const [left, second] = plan.columns;
  if (plan.columns.length === 2 && left && second) {
    const x = (left.x + left.width + second.x) / 2;
    ops.push({
      kind: 'line',
      x1: x,
      y1: pageHeight - left.top,
      x2: x,
      y2: pageHeight - left.top + left.height,
      lineWidth: 0.5,
      color: RULE,
    });
  }
  const footer: Op[] = [];
  const footerTop = pageHeight - margin - overshoot - Math.max(1, plan.footer.length) * lineHeight;
  footer.push({
    kind: 'line',
    x1: margin,
    y1: footerTop - BAND_GAP / 2,
    x2: right,
    y2: footerTop - BAND_GAP / 2,
    lineWidth: 0.5,
    color: RULE,
  });
  footer.push(
    ...plan.footer.flatMap((line, index) => lineOps(line, margin, footerTop + index * lineHeight, small, baseline)),
  );
  const text = cleanText(label);
  const width = measure.width(text, false, small);
  footer.push({
    kind: 'text',
    x: right - width,
    baseline: footerTop + baseline,
    text,
    size: small,
    bold: false,
    width,
    color: INK,
  });
  return { header: ops, footer };
}

/** Every string that `spec` itself prints (header, footer, page labels), for the font subset. */
export function specText(spec: DocumentSpec): string {
  return [spec.header ?? '', spec.footer, spec.pageLabel(1, 1), spec.pageLabel(888, 999)].join('\n');
}

/** Throws when the page labels use characters the fonts were not cut for (labels are known only after layout). */
export function checkLabels(labels: readonly string[], characters: Set<string>): void {
  for (const label of labels) {
    const missing = [...cleanText(label)].filter((char) => !characters.has(char));
    if (missing.length)
      throw new Error(
        `page label ${JSON.stringify(label)} uses ${missing.join('')}, which pageLabel(1, 1) did not show; ` +
          "keep the label's words the same on every page",
      );
  }
}
