// Starts the real app server on a free port for a test, with a page folder and an output folder of its own, and
// sends requests to it as the page would (its Origin) or as another site would (node:http, to set Host).

import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach } from 'vitest';
import { startApp, type RunningApp } from '../../generator/app/server.ts';
import { SHIPPED_DATA, tempDir } from '../helpers.ts';

const running: RunningApp[] = [];
afterEach(async () => {
  for (const app of running.splice(0)) {
    await app.context.builds.idle();
    await app.close();
  }
});

export interface TestApp extends RunningApp {
  outDir: string;
  webDir: string;
  logged: string[];
  /** fetch() on the app's address with its own Origin (as the page sends). */
  call(pathname: string, init?: RequestInit): Promise<Response>;
  /** A POST of `body` as JSON from the app's page. */
  post(pathname: string, body: unknown): Promise<Response>;
}

export async function startTestApp(options: { dataDir?: string; icePageUrl?: string } = {}): Promise<TestApp> {
  const outDir = path.join(tempDir('kit-app-out-'), 'app');
  const webDir = tempDir('kit-app-web-');
  mkdirSync(path.join(webDir, 'js'));
  writeFileSync(
    path.join(webDir, 'index.html'),
    '<!doctype html>\n<html lang="en"><body><div id="app"></div></body></html>\n',
  );
  writeFileSync(path.join(webDir, 'js', 'main.js'), 'export const page = 1;\n');
  const logged: string[] = [];
  const app = await startApp({
    outDir,
    webDir,
    dataDir: options.dataDir ?? SHIPPED_DATA,
    port: 0,
    today: () => '2026-06-01',
    log: (text) => logged.push(text),
    ...(options.icePageUrl ? { icePageUrl: options.icePageUrl } : {}),
  });
  running.push(app);
  const origin = `http://127.0.0.1:${app.port}`;
  const call = (pathname: string, init: RequestInit = {}) =>
    fetch(`${origin}${pathname}`, { ...init, headers: { Origin: origin, ...(init.headers ?? {}) } });
  return {
    ...app,
    outDir,
    webDir,
    logged,
    call,
    post: (pathname, body) =>
      call(pathname, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  };
}

/** A raw request (node:http: Host and the path are sent exactly as given); its status and body. */
export function rawRequest(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string> },
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}
