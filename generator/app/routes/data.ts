// The data folder: GET /api/data (the imported lists, their dates, the newest list's age), POST /api/data/import
// (an ICE workbook, as `kit data import`), POST /api/data/update (ICE's newest lists, as `kit data update`).

import path from 'node:path';
import { Hono } from 'hono';
import { diffSincePrevious } from '../../data/diff-lines.ts';
import { checkFreshness } from '../../data/freshness.ts';
import { importIceFile } from '../../data/import-file.ts';
import { listSnapshots, readSnapshot } from '../../data/store.ts';
import { updateFromIce } from '../../data/update.ts';
import { HttpError } from '../errors.ts';
import { limitBody, UPLOAD_LIMITS } from '../limits.ts';
import type { AppEnv } from '../raw-path.ts';
import type { RegionDataCache } from '../region-data.ts';
import { checkUploadType, pickFile, readUpload } from '../uploads.ts';

export interface DataRouteOptions {
  dataDir: string;
  regions: RegionDataCache; // loaded again after an import
  today: () => string;
  now: () => Date;
  icePageUrl?: string; // ICE's 287(g) page (tests give a local one)
}

/** The imported lists, oldest first, each with its agreements and whether it is the default (newest) of its kind. */
export async function listImportedLists(dataDir: string, today: string) {
  const stored = await listSnapshots(dataDir);
  const lists = await Promise.all(
    stored.map(async (entry) => {
      const snapshot = await readSnapshot(entry.file);
      const newest = stored.filter((each) => each.kind === entry.kind).at(-1);
      return {
        kind: entry.kind,
        asOf: entry.asOf,
        file: snapshot.source.file,
        agreements: snapshot.rows.agreements,
        default: newest === entry,
      };
    }),
  );
  const newest = stored.filter((entry) => entry.kind === 'participating').at(-1);
  const freshness = newest ? checkFreshness(newest.asOf, today) : null;
  return {
    lists,
    freshness: newest
      ? { asOf: newest.asOf, days: freshness!.ageDays, stale: freshness!.stale, message: freshness!.message }
      : null,
  };
}

export function dataRoutes(options: DataRouteOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const show = (file: string) => path.relative(options.dataDir, file);
  app.get('/api/data', async (c) => c.json(await listImportedLists(options.dataDir, options.today())));
  app.post('/api/data/import', limitBody(UPLOAD_LIMITS.workbook + 64 * 1024, 'An ICE workbook'), async (c) => {
    const form = await c.req.parseBody();
    const file = pickFile(form, 'file');
    if (!file) throw new HttpError(400, "Add ICE's workbook (.xlsx, or the list saved as .csv).");
    const bytes = await readUpload(file, UPLOAD_LIMITS.workbook, 'an ICE workbook');
    checkUploadType(file.name, bytes, ['xlsx', 'csv']);
    const asOf = typeof form.asOf === 'string' && form.asOf.trim() ? form.asOf.trim() : undefined;
    const saved = await importIceFile({
      name: path.basename(file.name),
      bytes,
      kind: form.pending === 'true' ? 'pending' : 'participating',
      ...(asOf ? { asOf } : {}),
      today: options.today(),
      now: options.now(),
      dataDir: options.dataDir,
      showPath: show,
    });
    options.regions.reload();
    const { snapshot } = saved;
    return c.json({
      imported: {
        kind: snapshot.kind,
        asOf: snapshot.asOf,
        file: snapshot.source.file,
        agreements: snapshot.rows.agreements,
      },
      lines: [...saved.lines, ...saved.notes],
      diff: await diffSincePrevious(options.dataDir, snapshot),
    });
  });
  app.post('/api/data/update', async (c) => {
    const result = await updateFromIce({
      dataDir: options.dataDir,
      today: options.today(),
      now: options.now(),
      showPath: show,
      ...(options.icePageUrl ? { pageUrl: options.icePageUrl } : {}),
    });
    options.regions.reload();
    return c.json({ imported: result.imported, lines: [...result.lines, ...result.notes], diff: result.diff });
  });
  return app;
}
