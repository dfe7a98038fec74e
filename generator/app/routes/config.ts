// The workshop config: check it (the CLI's rules and messages), parse a YAML file, write one back.
// POST /api/config/check, /api/config/parse, /api/config/yaml.

import { Hono, type Context } from 'hono';
import { parseConfigText } from '../../config/load.ts';
import { findPlaceholderFields } from '../../config/placeholders.ts';
import { validateConfig } from '../../config/validate.ts';
import { writeConfigYaml } from '../../config/write-yaml.ts';
import type { ResolvedWorkshopConfig } from '../../config/types.ts';
import { describePlaceholder } from '../../workshop/checklist.ts';
import { isRecord } from '../../json-value.ts';
import { HttpError, toApiProblem, type ApiProblem } from '../errors.ts';
import { limitBody, UPLOAD_LIMITS } from '../limits.ts';
import type { AppEnv } from '../raw-path.ts';
import { CONFIG_FILE_NAME } from '../checked-config.ts';

/** The `config` of a JSON body `{ config }`: an object, else 400. */
export async function readConfigBody(c: Context): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HttpError(400, 'The request is not JSON: send { "config": { ... } }.');
  }
  const config = isRecord(body) ? body.config : undefined;
  if (!isRecord(config) || Array.isArray(config))
    throw new HttpError(400, 'The request has no config: send { "config": { ... } }.');
  return config;
}

/** The placeholder fields of a checked config, each with the checklist's sentence. */
export function listPlaceholders(config: ResolvedWorkshopConfig): ApiProblem[] {
  return findPlaceholderFields(config).map((found) => ({ field: found.field, message: describePlaceholder(found) }));
}

export function configRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const limit = limitBody(UPLOAD_LIMITS.config, 'A workshop config');
  app.post('/api/config/check', limit, async (c) => {
    const { config, problems } = validateConfig(await readConfigBody(c), CONFIG_FILE_NAME);
    return c.json({
      ok: problems.length === 0,
      problems: problems.map(toApiProblem),
      placeholders: listPlaceholders(config),
    });
  });
  app.post('/api/config/parse', limit, async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!['text/yaml', 'text/plain', 'application/yaml', 'text/x-yaml', 'application/x-yaml'].includes(type))
      throw new HttpError(415, 'Send the config as YAML text (Content-Type text/yaml or text/plain).');
    const text = await c.req.text();
    if (text.includes('\0')) throw new HttpError(415, 'This is not a YAML text file (it holds NUL bytes).');
    const parsed = parseConfigText(text, CONFIG_FILE_NAME);
    if (!isRecord(parsed) || Array.isArray(parsed))
      throw new HttpError(400, `${CONFIG_FILE_NAME}: this is not a workshop config (no fields found).`);
    const { problems } = validateConfig(parsed, CONFIG_FILE_NAME);
    return c.json({ config: parsed, problems: problems.map(toApiProblem) });
  });
  app.post('/api/config/yaml', limit, async (c) => {
    return c.json({ yaml: writeConfigYaml(await readConfigBody(c)), fileName: CONFIG_FILE_NAME });
  });
  return app;
}
