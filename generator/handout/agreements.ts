// The agreement table of the handouts: which agencies reach the region, their models and signing dates, with the
// "where" column only when it tells agencies apart (handout.ts for one language, bilingual.ts for two).

import type { WorkshopContent } from '../content/view.ts';
import type { Model } from '../data/types.ts';
import type { Block, ModelBadge } from '../pdf/types.ts';

/**
 * Where each agency acts, as the agency column says it when the table has no "where" column; null when the column
 * is needed. The column goes when every local agency is in the same place (a one-county region), some with a kind
 * label ("Miami-Dade County (campus police)"): a statewide agency then says so after its name, "Texas National
 * Guard (Statewide)", and a local one its kind label, "Florida International University Police (campus police)".
 */
export function agencyLabels(content: WorkshopContent): string[] | null {
  const agencies = content.region.agencies;
  const places = agencies.filter((row) => !row.statewide).map((row) => row.where ?? '');
  const counts = new Map<string, number>();
  for (const place of places) counts.set(place, (counts.get(place) ?? 0) + 1);
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const labels: string[] = [];
  for (const row of agencies) {
    const where = row.where ?? '';
    if (row.statewide) labels.push(where ? `${row.name} (${where})` : row.name);
    else if (where === common) labels.push(row.name);
    else if (common && where.startsWith(`${common} (`)) labels.push(`${row.name} ${where.slice(common.length + 1)}`);
    else return null;
  }
  return labels;
}

/**
 * Each agency's models as badges on the model's colours (design/palette.ts): `named` gives a badge's text (the
 * model's name, or its language-neutral abbreviation in the bilingual table); a pending one says so.
 */
export function modelBadges(content: WorkshopContent, named: (model: Model, name: string) => string): ModelBadge[][] {
  const pending = content.ui.pending ?? 'pending';
  return content.region.agencies.map((row) => [
    ...row.agreements.map((agreement) => ({
      model: agreement.model,
      text: named(agreement.model, agreement.modelName),
    })),
    ...row.pending.map((entry) => ({
      model: entry.model,
      text: `${named(entry.model, entry.modelName)} (${pending})`,
    })),
  ]);
}

/**
 * The agreement table: agency, where (left out when agencyLabels() can say it), models as colour badges, signing
 * dates.
 */
export function agreementTable(content: WorkshopContent): Block {
  const ui = (key: string) => content.ui[key] ?? key;
  const labels = agencyLabels(content);
  const cells = agreementCells(content);
  const badges = modelBadges(content, (_model, name) => name);
  if (!labels)
    return {
      kind: 'table',
      columns: [
        { header: ui('agency'), width: 0.42 },
        { header: ui('county'), width: 0.18 },
        { header: ui('models'), width: 0.22 },
        { header: ui('signed'), width: 0.18 },
      ],
      rows: cells.map((row) => [row.name, row.where, row.models, row.signed]),
      badges: { column: 2, cells: badges },
    };
  return {
    kind: 'table',
    columns: [
      { header: ui('agency'), width: 0.5 },
      { header: ui('models'), width: 0.28 },
      { header: ui('signed'), width: 0.22 },
    ],
    rows: cells.map((row, index) => [labels[index]!, row.models, row.signed]),
    badges: { column: 1, cells: badges },
  };
}

/** Each agency's cells in the content's language: name, where it acts, its models (pending marked), signing dates. */
export function agreementCells(
  content: WorkshopContent,
): { name: string; where: string; statewide: boolean; models: string; signed: string }[] {
  const ui = (key: string) => content.ui[key] ?? key;
  return content.region.agencies.map((row) => ({
    name: row.name,
    where: row.where ?? ui('unknown'),
    statewide: row.statewide,
    models: [
      ...row.agreements.map((agreement) => agreement.modelName),
      ...row.pending.map((pending) => `${pending.modelName} (${ui('pending')})`),
    ].join(', '),
    signed:
      [...new Set(row.agreements.map((agreement) => agreement.signed ?? ui('unknown')))].join(', ') || ui('pending'),
  }));
}
