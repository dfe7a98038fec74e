// The app's builds: one at a time, each a job the page polls for its stages, lines and result. A build is the
// kit's buildWorkshop into <app out>/<region slug>/, under the CLI's rule for output folders.

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ResolvedWorkshopConfig } from '../config/types.ts';
import { errorMessage } from '../errors.ts';
import { listRecords, OUTPUT_GROUPS, type OutputGroup } from '../output-record.ts';
import { buildWorkshop, type BuildResult } from '../workshop/build.ts';
import { describeError, HttpError, type ErrorBody } from './errors.ts';

export interface BuildRequestOptions {
  fast?: boolean; // the deck's Slidev project only (kit build --fast)
  png?: boolean; // every slide as a PNG too
  force?: boolean; // build again, and replace kit files edited since the kit wrote them
}

export interface BuiltFile {
  path: string; // relative to the build folder, forward slashes
  purpose: string;
  audience: string;
  languages: string[];
  bytes: number;
  warnings: string[];
}

export interface BuildSummary {
  folder: string; // the build folder's name inside the app's output folder ("tx-tarrant-county")
  region: { id: string; name: string };
  groups: { group: OutputGroup; title: string; files: BuiltFile[] }[];
  checklist: { id: string; text: string }[];
}

export interface BuildJob {
  id: string;
  state: 'running' | 'done' | 'failed';
  stages: { name: string; at: string }[];
  lines: string[];
  error?: ErrorBody['error'];
  result?: BuildSummary;
}

/**
 * The files this build wrote or reused: the folder's kit files less those kept from an earlier build of other
 * languages or parts, which still hold that build's contacts and dates and must not be handed out as this one's.
 */
export function currentBuildFiles(result: BuildResult): BuildResult['files'] {
  const kept = new Set(result.kept);
  return result.files.filter((file) => !kept.has(file.path));
}

/** A build's files as index.html groups them: print, present, upload, read (empty groups left out). */
export function groupBuildFiles(result: BuildResult): BuildSummary['groups'] {
  const files = currentBuildFiles(result);
  const bytes = new Map(files.map((file) => [file.path, file.bytes]));
  const listed = listRecords(files);
  return OUTPUT_GROUPS.map(({ group, title }) => ({
    group,
    title,
    files: listed
      .filter((record) => record.group === group)
      .map((record) => ({
        path: record.listAs,
        purpose: record.purpose,
        audience: record.audience,
        languages: record.languages,
        bytes: bytes.get(record.path) ?? 0,
        warnings: record.warnings,
      })),
  })).filter(({ files }) => files.length > 0);
}

export interface BuildJobsOptions {
  outDir: string; // the app's output folder
  dataDir: string;
  today: () => string;
  log: (text: string) => void;
}

export interface BuildJobs {
  /** Starts a build of `config`; its id. 409 while another build runs. */
  start(config: ResolvedWorkshopConfig, options: BuildRequestOptions): string;
  /** The job `id`, or undefined. */
  get(id: string): BuildJob | undefined;
  /** Resolves when the running build (if any) has ended. */
  idle(): Promise<void>;
  /** The paths of the files the last finished build of `folder` wrote (currentBuildFiles), or undefined. */
  filesOf(folder: string): string[] | undefined;
}

export function createBuildJobs(options: BuildJobsOptions): BuildJobs {
  const jobs = new Map<string, BuildJob>();
  const lastFiles = new Map<string, string[]>();
  let running: Promise<void> | null = null;
  return {
    start(config, request) {
      if (running) throw new HttpError(409, 'A build is running: wait for it to end, then build again.');
      const job: BuildJob = { id: randomUUID(), state: 'running', stages: [], lines: [] };
      jobs.set(job.id, job);
      const stage = (name: string) => job.stages.push({ name, at: new Date().toISOString() });
      stage('Starting the build');
      running = buildWorkshop({
        dataDir: options.dataDir,
        config,
        outputRoot: options.outDir,
        today: options.today(),
        builtAt: new Date().toISOString(),
        deck: request.fast ? 'markdown' : 'pdf',
        png: Boolean(request.png),
        force: Boolean(request.force),
        progress: (line) => {
          job.lines.push(line);
          stage(line);
        },
      })
        .then((result) => {
          const folder = path.basename(result.outDir);
          job.lines.push(
            result.reused
              ? `Unchanged since the last build: reused ${folder}/ (build with "force" to build it again)`
              : `Built the workshop for ${result.region.name} (${result.region.id}) with ICE data as of ` +
                  `${result.summary.data.asOf}, in ${folder}/`,
          );
          job.lines.push(...result.leftInPlace.map((file) => `Left in place (not written by the kit): ${file}`));
          if (result.kept.length)
            job.lines.push(
              `Not listed and not in the zip: ${result.kept.length} older files of an earlier build in ${folder}/ ` +
                '(other languages or parts), left as they were.',
            );
          lastFiles.set(
            folder,
            currentBuildFiles(result).map((file) => file.path),
          );
          job.lines.push(...result.warnings.map((warning) => `Note: ${warning}`));
          job.result = {
            folder,
            region: { id: result.region.id, name: result.region.name },
            groups: groupBuildFiles(result),
            checklist: result.checklist.map(({ id, text }) => ({ id, text })),
          };
          job.state = 'done';
          stage('Done');
        })
        .catch((error: unknown) => {
          job.error = describeError(error, options.log).body.error;
          job.lines.push(`Failed: ${errorMessage(error)}`);
          job.state = 'failed';
        })
        .finally(() => {
          running = null;
        });
      return job.id;
    },
    get: (id) => jobs.get(id),
    idle: () => running ?? Promise.resolve(),
    filesOf: (folder) => lastFiles.get(folder),
  };
}
