// Typesets a document: one flow in one column, or two flows side by side (a bilingual handout: flow 0 on the left,
// flow 1 on the right, each paginated on its own; page i shows the i-th page of both).

import { blockAtoms, blockText } from './blocks.ts';
import { createDocument, saveDocument } from './document.ts';
import { drawOps } from './draw.ts';
import { checkLabels, furnitureOps, planPage, specText } from './page.ts';
import { paginateFlow } from './paginate.ts';
import { documentStyle, FRAME_INSET } from './style.ts';
import type { Block, DocumentSpec, FrameLayout, RenderedPdf, TextBox } from './types.ts';

/**
 * A PDF of `flows` (one or two) on `spec.paper`, with header, footer and "page i of n" on every page; page-break
 * blocks start new pages, and `breaks` tells where each one took the first flow.
 * Text is real text in embedded subset fonts; `boxes` lists where each piece went, `layout` what each page's columns
 * start and end with.
 */
export async function renderPdf(spec: DocumentSpec, flows: Block[][]): Promise<RenderedPdf> {
  if (flows.length !== 1 && flows.length !== 2) {
    throw new Error(
      `renderPdf: expected one flow (one column) or two (two languages side by side), got ${flows.length}`,
    );
  }
  const { doc, fonts } = await createDocument(spec, [specText(spec), ...flows.flat().map(blockText)].join('\n'));
  const plan = planPage(spec, flows.length, fonts.measure);
  const { type } = documentStyle(spec);
  const laidOut = flows.map((flow, index) => {
    const column = plan.columns[index]!;
    const height = column.height - 2 * FRAME_INSET;
    return paginateFlow(blockAtoms(flow, { width: column.width, height, measure: fonts.measure, type }), height);
  });
  const frames = laidOut.map((flow) => flow.frames);
  const pages = Math.max(...frames.map((frame) => frame.length));
  const labels = Array.from({ length: pages }, (_, index) => spec.pageLabel(index + 1, pages));
  checkLabels(labels, fonts.characters);

  const boxes: TextBox[] = [];
  for (let index = 0; index < pages; index++) {
    const page = doc.addPage([plan.size.width, plan.size.height]);
    // Reading order is drawing order: the header, the left column, the right column, the footer.
    const furniture = furnitureOps(plan, labels[index]!, fonts.measure);
    const pageOrigin = { x: 0, top: plan.size.height };
    drawOps(page, index + 1, furniture.header, pageOrigin, fonts, boxes);
    frames.forEach((frame, column) => {
      const { x, top } = plan.columns[column]!;
      drawOps(page, index + 1, frame[index] ?? [], { x, top: top - FRAME_INSET }, fonts, boxes);
    });
    drawOps(page, index + 1, furniture.footer, pageOrigin, fonts, boxes);
  }
  const layout: FrameLayout[] = laidOut.flatMap((flow, index) =>
    flow.placed.map((frame, page) => ({ page: page + 1, flow: index, ...frame })),
  );
  return {
    bytes: await saveDocument(doc),
    layout,
    unprinted: fonts.unprinted,
    pages,
    boxes,
    pageSize: { ...plan.size },
    breaks: laidOut[0]!.breaks.map((frame) => frame + 1),
  };
}
