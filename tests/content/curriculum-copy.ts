// Copies of the real curriculum that a test may edit, and small, strict edits on its files: each edit fails
// the test if its target is not found, so a scenario never silently tests an unchanged curriculum.

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { CURRICULUM_DIR } from '../../generator/paths.ts';
import { FIXTURES, tempDir } from '../helpers.ts';

export const CURRICULUM_FIXTURES = path.join(FIXTURES, 'curriculum');

/** A fresh copy of templates/curriculum in a temporary folder removed after the test. */
export function copyCurriculum(): string {
  const dir = tempDir('kit-curriculum-');
  cpSync(CURRICULUM_DIR, dir, { recursive: true });
  return dir;
}

/** Rewrites `file` (relative to `dir`) with `change`, which must change something. */
export function editFile(dir: string, file: string, change: (text: string) => string): void {
  const full = path.join(dir, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
  writeFileSync(full, after);
}

/** Replaces the one occurrence of `from` in the text. */
export function replaceOnce(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1, `"${from}" should occur exactly once`).toBe(1);
  return text.replace(from, () => to);
}

/** Where a slide's body lies: from its marker to its notes marker. */
function slideBounds(text: string, key: string): { start: number; bodyStart: number; notesStart: number; end: number } {
  const marker = `<!-- slide: ${key} -->`;
  const start = text.indexOf(marker);
  expect(start, `slide ${key} should exist`).toBeGreaterThanOrEqual(0);
  const bodyStart = start + marker.length;
  const notesStart = text.indexOf('<!-- notes -->', bodyStart);
  const next = text.slice(notesStart).search(/<!-- (slide: [a-z0-9-]+|handout) -->/);
  return { start, bodyStart, notesStart, end: notesStart + next };
}

/** Changes the body (not the notes) of one slide. */
export function editSlideBody(text: string, key: string, change: (body: string) => string): string {
  const { bodyStart, notesStart } = slideBounds(text, key);
  return text.slice(0, bodyStart) + change(text.slice(bodyStart, notesStart)) + text.slice(notesStart);
}

/** Removes one slide with its notes. */
export function removeSlide(text: string, key: string): string {
  const { start, end } = slideBounds(text, key);
  return text.slice(0, start) + text.slice(end);
}

/** Sets the `answer:` line of quiz question `id` in a module's front matter. */
export function setQuizAnswer(text: string, id: string, answer: string): string {
  const at = text.indexOf(`id: ${id}\n`);
  expect(at, `question ${id} should exist`).toBeGreaterThanOrEqual(0);
  const line = /^(\s+answer:).*$/m;
  const rest = text.slice(at);
  expect(rest).toMatch(line);
  return text.slice(0, at) + rest.replace(line, (_, key: string) => `${key} ${answer}`);
}

/** Replaces the `app:` section (the app's interface strings) of `lang`/language.yaml in a curriculum copy. */
export function setAppSection(dir: string, lang: string, section: string): void {
  editFile(
    dir,
    `${lang}/language.yaml`,
    (text) => `${text.replace(/^app:[\s\S]*$/m, '').replace(/\n*$/, '\n')}${section}`,
  );
}
