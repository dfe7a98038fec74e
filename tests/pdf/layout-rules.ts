// The typesetter's rules, checked on what a PDF's layout reports (renderPdf's `layout` and `boxes`): no heading last
// in a page's column, no line of a paragraph or list item alone at a column's top or bottom, no table split leaving
// one row (a table of fewer than four rows not split at all), every text inside the page and none too small.

import type { AtomRole, FrameLayout, TextBox } from '../../generator/pdf/types.ts';

export interface CheckedPdf {
  layout?: FrameLayout[];
  boxes: TextBox[];
  pageSize: { width: number; height: number };
}

const MIN_EACH_SIDE = 2; // lines of a paragraph, rows of a table, on each side of a break

/** What breaking after `role` (the last atom of a full frame) leaves wrong, or null. */
function brokenAfter(role: AtomRole): string | null {
  switch (role.kind) {
    case 'heading':
      return 'a heading ends the page';
    case 'header':
      return 'a table header ends the page';
    case 'line':
      return role.line < role.lines - 1 && Math.min(role.line + 1, role.lines - role.line - 1) < MIN_EACH_SIDE
        ? `line ${role.line + 1} of ${role.lines} of a paragraph ends the page`
        : null;
    case 'row':
      return role.row < role.rows - 1 && Math.min(role.row + 1, role.rows - role.row - 1) < MIN_EACH_SIDE
        ? `row ${role.row + 1} of ${role.rows} of a table ends the page`
        : null;
    case 'piece':
      return null;
  }
}

/** What opening a frame with `role` leaves wrong, or null. */
function brokenBefore(role: AtomRole): string | null {
  if (role.kind === 'line' && role.line > 0 && Math.min(role.line, role.lines - role.line) < MIN_EACH_SIDE)
    return `line ${role.line + 1} of ${role.lines} of a paragraph starts the page`;
  if (role.kind === 'row' && role.row > 0 && Math.min(role.row, role.rows - role.row) < MIN_EACH_SIDE)
    return `row ${role.row + 1} of ${role.rows} of a table starts the page`;
  return null;
}

/** The breaks that break the rules, one message each ("page 3, column 1: a heading ends the page (block 12)"). */
export function breakProblems(layout: readonly FrameLayout[]): string[] {
  const problems: string[] = [];
  for (const frame of layout) {
    const where = `page ${frame.page}, column ${frame.flow + 1}`;
    const before = frame.first && brokenBefore(frame.first);
    if (before) problems.push(`${where}: ${before} (block ${frame.first!.block})`);
    // Only where the next atom did not fit: a page-break block ends a page on purpose (a slide, a divider).
    const after = frame.end === 'full' && frame.last ? brokenAfter(frame.last) : null;
    if (after) problems.push(`${where}: ${after} (block ${frame.last!.block})`);
  }
  return problems;
}

/** Texts outside the page or smaller than `minSize` points, one message each. */
export function boxProblems(pdf: CheckedPdf, minSize: number): string[] {
  const { width, height } = pdf.pageSize;
  const slack = 0.01;
  const problems: string[] = [];
  for (const box of pdf.boxes) {
    const where = `page ${box.page}, "${box.text.slice(0, 40)}"`;
    if (box.x < -slack || box.y < -slack || box.x + box.width > width + slack || box.y + box.height > height + slack)
      problems.push(`${where}: outside the page`);
    if (box.size < minSize - slack) problems.push(`${where}: ${box.size} pt, under ${minSize} pt`);
  }
  return problems;
}

/** Every problem of a PDF: its breaks (when it reports its layout) and its text boxes. */
export function layoutProblems(pdf: CheckedPdf, minSize: number): string[] {
  return [...breakProblems(pdf.layout ?? []), ...boxProblems(pdf, minSize)];
}
