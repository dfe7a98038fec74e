// Which counties the map draws and how each is filled, decided once: the map (build-map.ts) paints these fills and
// the map's note (content/map-note.ts) counts them, so that the note always counts what the map shows.

import { STATES } from '../data/states.ts';
import { fillOf, type Fill } from './legend.ts';
import type { MapFacts, MapTally } from './model.ts';
import { loadShapes } from './project.ts';

/**
 * Every county the map of `state` (USPS code) draws, by FIPS in drawing order, with its fill from the models local
 * agencies hold there (`counties`: FIPS -> models). Empty for an unknown state.
 */
export function fillCounties(state: string, counties: MapFacts['counties']): Map<string, Fill> {
  const fips = STATES.find((candidate) => candidate.code === state)?.fips;
  const shapes = fips ? loadShapes(fips) : [];
  return new Map(shapes.map((shape) => [String(shape.id), fillOf(counties[String(shape.id)])]));
}

/** The note's numbers for a map of `facts`: counties drawn, those colored, and the state agencies' reach. */
export function countMapCounties(facts: MapFacts): MapTally {
  const fills = [...fillCounties(facts.state, facts.counties).values()];
  return {
    local: fills.filter((fill) => fill !== 'none').length,
    drawn: fills.length,
    statewide: { field: [...facts.statewide.field], jail: [...facts.statewide.jail] },
  };
}
