// The closed list of output kinds a build can produce, and the one place that renders each.
// The deck, handouts and quizzes join this union in their own modules.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATES_DIR } from '../paths.ts';
import { createEnvironment, trusted, type Render } from '../render/handlebars.ts';
import { escapeMarkdown } from '../render/markdown.ts';
import type { OutputFile } from '../write.ts';
import type { RegionSummary } from './summary.ts';

export const OUTPUT_KINDS = ['summary'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

let summaryTemplate: Render | undefined;

function markdownEnvironment() {
  const env = createEnvironment(escapeMarkdown);
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // Addresses come from cleanUrl (WHATWG-serialized: no spaces, < or >), so an autolink cannot break out.
  env.registerHelper('url', (url: unknown) => trusted(typeof url === 'string' && /^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : ''));
  return env;
}

function renderSummaryMarkdown(summary: RegionSummary): string {
  summaryTemplate ??= markdownEnvironment().compile(readFileSync(path.join(TEMPLATES_DIR, 'summary.md.hbs'), 'utf8'), 'summary.md.hbs');
  return summaryTemplate(summary).replace(/\n{3,}/g, '\n\n');
}

export interface RenderedOutput extends OutputFile {
  kind: OutputKind | 'manifest';
  language: string | null;
}

/** Renders one output kind to files (bytes in memory, nothing on disk). */
export function renderOutput(kind: OutputKind, summary: RegionSummary): RenderedOutput[] {
  switch (kind) {
    case 'summary':
      return [
        { kind, language: 'en', path: 'region-summary.md', bytes: renderSummaryMarkdown(summary) },
        { kind, language: null, path: 'region-summary.json', bytes: `${JSON.stringify(summary, null, 2)}\n` },
      ];
  }
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
