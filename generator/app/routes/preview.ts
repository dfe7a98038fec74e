// POST /api/preview { config }: what the workshop will say before it is built, for the config's first language:
// the region's answers and agencies, the map, the data's date and age, placeholders and the trainer's checklist.

import { Hono } from 'hono';
import { renderMapSvg } from '../../map/render-svg.ts';
import { phrase } from '../../content/view.ts';
import { listTrainerNotes } from '../../workshop/checklist.ts';
import { prepareWorkshop } from '../../workshop/prepare.ts';
import type { PreparedWorkshop } from '../../workshop/prepare.ts';
import type { ResolvedWorkshopConfig } from '../../config/types.ts';
import { checkConfigOrThrow } from '../checked-config.ts';
import { limitBody, UPLOAD_LIMITS } from '../limits.ts';
import type { AppEnv } from '../raw-path.ts';
import { listPlaceholders, readConfigBody } from './config.ts';

/** The preview's JSON (see i19-api.md) from a prepared workshop. */
export function describePreview(config: ResolvedWorkshopConfig, prepared: PreparedWorkshop) {
  const { summary, contents, maps } = prepared;
  const content = contents[0]!;
  const lang = content.language.code;
  const facts = new Map(content.region.facts.map((fact) => [fact.question, fact]));
  const map = maps[lang];
  const { freshness } = summary.data;
  return {
    region: { id: summary.region.id, name: summary.region.name },
    asOf: summary.data.asOf,
    source: summary.data.source,
    stale: freshness.stale ? { days: freshness.ageDays, message: freshness.message ?? '' } : null,
    answers: content.region.answers.map(({ question, answer }) => ({
      question: content.ui[question] ?? question,
      answer: phrase(content.ui, answer, (text) => text),
      models: facts.get(question)?.models ?? [],
    })),
    agencies: summary.agencies.map((agency) => ({
      name: agency.name,
      ...(agency.county ? { county: agency.county } : {}),
      models: agency.agreements.map((agreement) => agreement.model),
      ...(agency.agreements[0]?.signed ? { signed: agency.agreements[0].signed } : {}),
    })),
    mapSvg: map ? renderMapSvg(map) : null,
    placeholders: listPlaceholders(config),
    checklist: listTrainerNotes({
      config,
      summary,
      languages: contents.map((each) => ({ code: each.language.code, reviewed: each.language.reviewed })),
    }).map(({ id, text }) => ({ id, text })),
  };
}

export function previewRoutes(options: { dataDir: string; today: () => string }): Hono<AppEnv> {
  return new Hono<AppEnv>().post('/api/preview', limitBody(UPLOAD_LIMITS.config, 'A workshop config'), async (c) => {
    const config = checkConfigOrThrow(await readConfigBody(c));
    const prepared = await prepareWorkshop({ dataDir: options.dataDir, config, today: options.today() });
    return c.json(describePreview(config, prepared));
  });
}
