// The region's own state law on ICE detainers, for the curriculum's {{region.stateLaw}} placeholder: a kit cites a
// state's law only where it applies (FACTS.md §2, §5). A small table names, for each state whose law FACTS.md
// sources, the UI string that states it and the sources that back it; any other state, or a region spanning states,
// gets a pointer to a local legal group. Other states' laws appear in the curriculum only as labelled examples.
// Pure: table and strings in, markup nodes out.

import path from 'node:path';
import type { Problem } from '../errors.ts';
import { fillTemplate, type MarkupNode } from './markup.ts';
import type { Curriculum } from './types.ts';

/** The placeholder the curriculum writes where the region's own state law belongs. */
export const STATE_LAW_PLACEHOLDER = 'region.stateLaw';

/** States (USPS code) whose detainer law FACTS.md sources: the UI string that states it, and its source ids. */
export const STATE_LAWS: Readonly<Record<string, { key: string; sources: readonly string[] }>> = {
  TX: { key: 'stateLawTX', sources: ['el-cenizo'] }, // SB 4 (2017): jails must honor detainers (FACTS.md §2, S12)
  FL: { key: 'stateLawFL', sources: ['florida-sb168'] }, // SB 168 (2019): comply with detainers (§2, S50)
  IL: { key: 'stateLawIL', sources: ['illinois-trust'] }, // TRUST Act: no holds on a detainer alone (§2, S49)
};

// Without a sourced note: the state's name, or (a region spanning states) no name.
const OTHER_STATE = 'stateLawOther';
const NO_STATE = 'stateLawNone';

/**
 * The nodes that stand for {{region.stateLaw}} in a region of `state` (USPS code, null for a region spanning
 * states): the state's sourced sentence followed by its source markers, or a sentence pointing to a local legal
 * group. `line` is the placeholder's line, carried by the markers for the content check's messages.
 */
export function buildStateLaw(
  state: string | null,
  stateName: string | null,
  ui: Readonly<Record<string, string>>,
  line: number,
): MarkupNode[] {
  const law = state ? STATE_LAWS[state] : undefined;
  if (law)
    return [
      { kind: 'text', text: `${ui[law.key] ?? law.key} ` },
      ...law.sources.flatMap((id, index): MarkupNode[] => [
        ...(index > 0 ? [{ kind: 'text' as const, text: ' ' }] : []),
        { kind: 'source', id, line },
      ]),
    ];
  const key = state && stateName ? OTHER_STATE : NO_STATE;
  return [{ kind: 'text', text: fillTemplate(ui[key] ?? key, { state: stateName ?? '' }) }];
}

/** `nodes` with each {{region.stateLaw}} placeholder replaced by `law` (buildStateLaw); other nodes as they are. */
export function expandStateLaw(nodes: readonly MarkupNode[], law: (line: number) => MarkupNode[]): MarkupNode[] {
  return nodes.flatMap((node) =>
    node.kind === 'placeholder' && node.name === STATE_LAW_PLACEHOLDER ? law(node.line) : [node],
  );
}

/**
 * The table's problems against the curriculum: a source id missing from sources.yaml, or a UI string missing from
 * the source language's language.yaml (translations fall back to it, and the check lists them as missing there).
 */
export function checkStateLaws(curriculum: Curriculum): Problem[] {
  const problems: Problem[] = [];
  const english = curriculum.languages.get(curriculum.sourceLanguage);
  const languageFile = path.join(curriculum.dir, curriculum.sourceLanguage, 'language.yaml');
  for (const [state, law] of Object.entries(STATE_LAWS)) {
    for (const id of law.sources)
      if (!curriculum.sources.has(id))
        problems.push({
          file: path.join(curriculum.dir, 'sources.yaml'),
          column: id,
          message: `is cited for ${state}'s state law (generator/content/state-law.ts) but is not in sources.yaml`,
        });
  }
  const keys = [...Object.values(STATE_LAWS).map((law) => law.key), OTHER_STATE, NO_STATE];
  for (const key of keys)
    if (english && !(key in english.meta.ui))
      problems.push({
        file: languageFile,
        column: `ui.${key}`,
        message: 'is missing: the state-law note needs it (generator/content/state-law.ts)',
      });
  return problems;
}
