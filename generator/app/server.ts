// The app's server: Hono on Node's http, on 127.0.0.1 only. Routes call the kit's modules; this file only wires
// them and turns errors into the kit's JSON error body.

import path from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { DEFAULT_DATA_DIR, DEFAULT_OUTPUT_DIR, KIT_ROOT } from '../paths.ts';
import type { AppEnv } from './raw-path.ts';
import { describeError, errorBody } from './errors.ts';
import { createRegionDataCache, type RegionDataCache } from './region-data.ts';
import { guardRequests } from './safety.ts';
import { searchRoutes } from './routes/search.ts';
import { staticRoutes } from './routes/static.ts';
import { uiRoutes } from './routes/ui.ts';
import { configRoutes } from './routes/config.ts';
import { previewRoutes } from './routes/preview.ts';
import { buildRoutes } from './routes/build.ts';
import { fileRoutes } from './routes/files.ts';
import { scoreRoutes } from './routes/score.ts';
import { dataRoutes } from './routes/data.ts';
import { createBuildJobs, type BuildJobs } from './build-jobs.ts';

export const DEFAULT_APP_OUT = path.join(DEFAULT_OUTPUT_DIR, 'app');
export const DEFAULT_WEB_DIR = path.join(KIT_ROOT, 'generator', 'app', 'web');

export interface AppOptions {
  outDir?: string; // where builds go, one folder per region (default output/app/)
  dataDir?: string; // the ICE lists (default the kit's data/)
  webDir?: string; // the page's files (default generator/app/web/)
  port?: number; // 0: a free port
  log?: (text: string) => void; // the terminal: errors' stacks go here, never to the page
  today?: () => string; // ISO date (default: the clock's)
  icePageUrl?: string; // ICE's 287(g) page (tests serve one locally)
}

export interface AppContext {
  outDir: string;
  dataDir: string;
  webDir: string;
  regions: RegionDataCache;
  log: (text: string) => void;
  port: number; // set once listening
  today: () => string; // ISO date, for the data's age (KIT_TODAY fixes it, as for the CLI)
  builds: BuildJobs;
  icePageUrl?: string; // ICE's 287(g) page for the data update (default: ICE's own)
}

/** The app's routes on a context (the port read per request, for the Host check). */
export function createApp(context: AppContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(
    '*',
    guardRequests(() => context.port),
  );
  app.route('/', staticRoutes(context.webDir));
  app.route('/', uiRoutes());
  app.route('/', searchRoutes(context.regions));
  app.route('/', configRoutes());
  app.route('/', previewRoutes({ dataDir: context.dataDir, today: context.today }));
  app.route('/', buildRoutes(context.builds));
  app.route(
    '/',
    fileRoutes(context.outDir, (folder) => context.builds.filesOf(folder)),
  );
  app.route('/', scoreRoutes({ outDir: context.outDir, now: () => new Date() }));
  app.route(
    '/',
    dataRoutes({
      dataDir: context.dataDir,
      regions: context.regions,
      today: context.today,
      now: () => new Date(),
      ...(context.icePageUrl ? { icePageUrl: context.icePageUrl } : {}),
    }),
  );
  app.notFound((c) => c.json(errorBody(`Nothing here: ${c.req.method} ${c.req.path}`), 404));
  app.onError((error, c) => {
    const { status, body } = describeError(error, context.log);
    return c.json(body, status);
  });
  return app;
}

export interface RunningApp {
  url: string; // http://127.0.0.1:PORT/
  port: number;
  context: AppContext;
  close(): Promise<void>;
}

/** Starts the app on 127.0.0.1:`port` (0: a free one). Rejects when the port cannot be listened on. */
export async function startApp(options: AppOptions = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const outDir = path.resolve(options.outDir ?? DEFAULT_APP_OUT);
  const log = options.log ?? ((text: string) => process.stderr.write(`${text}\n`));
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const context: AppContext = {
    outDir,
    dataDir,
    webDir: options.webDir ?? DEFAULT_WEB_DIR,
    regions: createRegionDataCache(dataDir),
    log,
    port: 0,
    today,
    builds: createBuildJobs({ outDir, dataDir, today, log }),
    ...(options.icePageUrl ? { icePageUrl: options.icePageUrl } : {}),
  };
  const app = createApp(context);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: options.port ?? 0 }, () => resolve(started));
    started.once('error', reject);
  });
  const address = server.address();
  context.port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${context.port}/`,
    port: context.port,
    context,
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
