// The note under the region map, as phrases of the language's ui strings: how many of the counties the map draws are
// colored for a local agreement (the map's own count, map/tally.ts), whether that is every county, and where the
// state's own agencies' agreements work: Task Force ones on the street in every county, jail ones only inside their
// own prisons or jails. The deck's caption and alt text, the handout's caption and the script read the same phrases.

import type { Model } from '../data/types.ts';
import type { Phrase } from './stamp.ts';

/** The models of the state's own agencies by where they work: every county's streets, or inside their facilities. */
export interface MapStatewide {
  field: Model[]; // Task Force: on the street, in every county of the state
  jail: Model[]; // Jail Enforcement, Warrant Service Officer: only inside the state's own prisons or jails
}

/**
 * What the map's note says, decided with the map (map/tally.ts): of the counties the map draws (all the state's),
 * how many are colored for a local agreement, and where the state's own agencies' agreements work.
 */
export interface MapTally {
  local: number; // counties colored: a local agency there holds an agreement
  drawn: number; // counties drawn: every county of the state
  statewide: MapStatewide;
}

/**
 * The map note's sentences in order, for `tally` (null when the region has no map). `language` is a BCP 47 code for
 * joining several model names with "or"; `number` formats a count and `modelName` names a model in that language.
 */
export function buildMapNote(
  tally: MapTally | null,
  language: string,
  number: (value: number) => string,
  modelName: (model: Model) => string,
): Phrase[] {
  if (!tally) return [{ key: 'mapNoteNoMap', vars: {} }];
  const models = (list: Model[]) => new Intl.ListFormat(language, { type: 'disjunction' }).format(list.map(modelName));
  const note: Phrase[] = [{ key: 'mapNote', vars: { count: number(tally.local), total: number(tally.drawn) } }];
  if (tally.local === tally.drawn && tally.drawn > 0) note.push({ key: 'mapNoteEvery', vars: {} });
  if (tally.statewide.field.length)
    note.push({ key: 'mapNoteStatewideField', vars: { models: models(tally.statewide.field) } });
  if (tally.statewide.jail.length)
    note.push({ key: 'mapNoteStatewideJail', vars: { models: models(tally.statewide.jail) } });
  return note;
}
