// A kit folder's manifest.json as the tests read it, its shape checked before a test looks inside.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isOwnedEntry, type OwnedEntry } from '../../generator/kit-folder.ts';
import { isRecord } from '../../generator/json-value.ts';

export interface ManifestJson {
  writtenBy: string[]; // empty in a manifest that has no writtenBy
  inputKey: string | null; // a build's reuse key; null in other commands' manifests
  outputs: OwnedEntry[];
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** `dir`/manifest.json; throws naming the file when it lacks a list of outputs or a field has another type. */
export function readManifestJson(dir: string): ManifestJson {
  const file = path.join(dir, 'manifest.json');
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isRecord(value)) throw new Error(`${file}: not a JSON object`);
  const { writtenBy = [], inputKey = null, outputs } = value;
  if (!Array.isArray(outputs) || !outputs.every(isOwnedEntry))
    throw new Error(`${file}: outputs is not a list of files`);
  if (!Array.isArray(writtenBy) || !writtenBy.every(isString)) throw new Error(`${file}: writtenBy is not a list`);
  if (inputKey !== null && !isString(inputKey)) throw new Error(`${file}: inputKey is not a string`);
  return { writtenBy, inputKey, outputs };
}
