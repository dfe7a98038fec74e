// The note under the region map: its sentences for each kind of tally, its words in every curriculum language, and
// the note a real build prints, checked against the map that build draws.

import { describe, expect, it } from 'vitest';
import { buildMapNote } from '../../generator/content/map-note.ts';
import { loadCurriculum } from '../../generator/content/load.ts';
import { phrase } from '../../generator/content/view.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { MAP_COLORS, type MapModel, type MapTally } from '../../generator/map/model.ts';
import { CURRICULUM_DIR } from '../../generator/paths.ts';
import { prepareWorkshop } from '../../generator/workshop/prepare.ts';
import { SHIPPED_DATA } from '../helpers.ts';

const NAMES: Record<MapModel, string> = { JEM: 'Jail', WSO: 'Warrant', TFM: 'Task Force' };
const noteOf = (tally: MapTally | null, language = 'en') =>
  buildMapNote(
    tally,
    language,
    (value) => `#${value}`,
    (model) => NAMES[model],
  );
const none = { field: [], jail: [] };

describe('buildMapNote', () => {
  it('counts the colored counties of the drawn ones, and says nothing of state agencies when there are none', () => {
    expect(noteOf({ local: 3, drawn: 254, statewide: none })).toEqual([
      { key: 'mapNote', vars: { count: '#3', total: '#254' } },
    ]);
    expect(noteOf({ local: 0, drawn: 5, statewide: none })).toEqual([
      { key: 'mapNote', vars: { count: '#0', total: '#5' } },
    ]);
  });

  it('says in words when every county is colored', () => {
    expect(noteOf({ local: 67, drawn: 67, statewide: none }).map((sentence) => sentence.key)).toEqual([
      'mapNote',
      'mapNoteEvery',
    ]);
  });

  it('says where state agencies work: Task Force on the street, jail models only inside, models joined by "or"', () => {
    expect(noteOf({ local: 1, drawn: 2, statewide: { field: ['TFM'], jail: ['JEM', 'WSO'] } }).slice(1)).toEqual([
      { key: 'mapNoteStatewideField', vars: { models: 'Task Force' } },
      { key: 'mapNoteStatewideJail', vars: { models: 'Jail or Warrant' } },
    ]);
    expect(noteOf({ local: 1, drawn: 2, statewide: { field: [], jail: ['JEM', 'WSO'] } }, 'es').slice(1)).toEqual([
      { key: 'mapNoteStatewideJail', vars: { models: 'Jail o Warrant' } },
    ]);
  });

  it('says there is no map when the region has none', () => {
    expect(noteOf(null)).toEqual([{ key: 'mapNoteNoMap', vars: {} }]);
  });

  it('finds each of its sentences, with the same {{values}}, in every curriculum language', async () => {
    const curriculum = await loadCurriculum(CURRICULUM_DIR);
    const english = curriculum.languages.get('en')!.meta.ui;
    const keys = ['mapNote', 'mapNoteEvery', 'mapNoteStatewideField', 'mapNoteStatewideJail', 'mapNoteNoMap'];
    const legend = ['mapMarker', 'mapStatewide', 'mapStatewideField', 'mapStatewideJail'];
    const values = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const [code, language] of curriculum.languages) {
      for (const key of [...keys, ...legend]) {
        const text = language.meta.ui[key];
        expect(text, `${code} ${key}`).toBeTruthy();
        expect(values(text!), `${code} ${key}`).toEqual(values(english[key]!));
      }
    }
  });
});

describe('the map note of a real build', () => {
  const configFor = (region: string) => validateConfig({ languages: ['en', 'es'], region }, null).config;
  const noteText = async (region: string) => {
    const prepared = await prepareWorkshop({ dataDir: SHIPPED_DATA, config: configFor(region), today: '2026-11-28' });
    const map = prepared.maps.en!;
    const colored = map.counties.filter((county) => county.fill !== MAP_COLORS.none).length;
    const [en, es] = prepared.contents.map((content) =>
      content.region.map.map((sentence) => phrase(content.ui, sentence, (text) => text)).join(' '),
    );
    return { en: en!, es: es!, colored, drawn: map.counties.length };
  };

  it("counts Texas's drawn counties for Tarrant County; Texas's Task Force agencies: on the street", async () => {
    const note = await noteText('tx/tarrant-county');
    expect(note.drawn).toBe(254);
    expect(note.en).toBe(
      `Counties with a local agreement: ${note.colored} of 254. State agencies with a Task Force Model agreement ` +
        'can also do immigration work on the street, in every county.',
    );
    expect(note.en).not.toMatch(/reach all/);
    expect(note.es).toMatch(new RegExp(`^Condados con un acuerdo local: ${note.colored} de 254\\.`));
    expect(note.es).toContain('en la calle, en todos los condados');
  }, 60_000);

  it('says every Florida county is colored; the Department of Corrections works only inside its prisons', async () => {
    const note = await noteText('fl/miami-dade-county');
    expect([note.colored, note.drawn]).toEqual([67, 67]);
    expect(note.en).toBe(
      'Counties with a local agreement: 67 of 67. Every county has a local agreement. State agencies with a ' +
        'Task Force Model agreement can also do immigration work on the street, in every county. State agencies ' +
        'with a Jail Enforcement Model agreement work only inside their own prisons or jails, with people held there.',
    );
    expect(note.es).toContain('Todos los condados tienen un acuerdo local.');
    expect(note.es).toContain('solo dentro de sus propias prisiones o cárceles');
  }, 60_000);

  it('says nothing of state agencies in Virginia, where none has an agreement', async () => {
    const note = await noteText('va');
    expect(note.en).toBe(`Counties with a local agreement: ${note.colored} of 133.`);
  }, 60_000);
});
