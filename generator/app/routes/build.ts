// POST /api/build { config, options? } -> { id }; GET /api/build/:id -> the job (polled by the page).

import { Hono } from 'hono';
import { isRecord } from '../../json-value.ts';
import type { BuildJobs, BuildRequestOptions } from '../build-jobs.ts';
import { checkConfigOrThrow } from '../checked-config.ts';
import { HttpError } from '../errors.ts';
import { limitBody, UPLOAD_LIMITS } from '../limits.ts';
import type { AppEnv } from '../raw-path.ts';

/** The build's options from the request body: fast, png and force, each true or left out. */
export function readBuildOptions(body: Record<string, unknown>): BuildRequestOptions {
  const options = isRecord(body.options) ? body.options : {};
  return { fast: options.fast === true, png: options.png === true, force: options.force === true };
}

export function buildRoutes(jobs: BuildJobs): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/api/build', limitBody(UPLOAD_LIMITS.config, 'A workshop config'), async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new HttpError(400, 'The request is not JSON: send { "config": { ... } }.');
    }
    if (!isRecord(body) || !isRecord(body.config))
      throw new HttpError(400, 'The request has no config: send { "config": { ... } }.');
    const config = checkConfigOrThrow(body.config);
    return c.json({ id: jobs.start(config, readBuildOptions(body)) });
  });
  app.get('/api/build/:id', (c) => {
    const job = jobs.get(c.req.param('id'));
    if (!job) throw new HttpError(404, 'No such build: it may have been from before the app was restarted.');
    return c.json(job);
  });
  return app;
}
