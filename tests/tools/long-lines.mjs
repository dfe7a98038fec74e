// Lists the source lines longer than 120 columns, with what runs past column 120: a comment (reflow-comments.mjs
// rewraps those), a string, or code. ESLint's max-len fails `npm run lint` on the same lines; this list says which
// can be fixed by a tool and which need a hand.
//
//   node tests/tools/long-lines.mjs             every long line, then a count by kind
//   node tests/tools/long-lines.mjs --summary   only the counts, per kind and per folder
//
// Lines holding a URL or a regular expression literal are left out, as max-len leaves them (eslint.config.js).
// Exit code 1 when any line is listed.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSourceFiles, scanSource } from './source-text.mjs';

export const MAX_COLUMNS = 120;
const URL = /[^:/?#]:\/\/[^?#]/;

/**
 * The lines of `text` over MAX_COLUMNS characters that max-len reports, each as { line (1-based), length, kind },
 * kind being 'comment', 'string' or 'code': what the character at column 121 belongs to ('string' too when the line
 * would fit without one of its strings, which Prettier does not break).
 */
export function findLongLines(file, text) {
  const lines = text.split('\n');
  if (!lines.some((line) => line.length > MAX_COLUMNS)) return [];
  const { comments, strings, regexes } = scanSource(file, text);
  const within = (ranges, offset) => ranges.some((range) => range.pos <= offset && offset < range.end);
  const found = [];
  let start = 0;
  lines.forEach((line, index) => {
    const length = [...line].length;
    const end = start + line.length;
    const hasRegex = regexes.some((range) => range.pos < end && range.end > start);
    if (length > MAX_COLUMNS && !URL.test(line) && !hasRegex) {
      const offset = start + [...line].slice(0, MAX_COLUMNS).join('').length;
      // A string or template Prettier cannot break that makes the line too long counts as the string's fault.
      const longString = strings.some(
        (range) => Math.min(range.end, end) - Math.max(range.pos, start) >= line.length - MAX_COLUMNS,
      );
      const kind = within(comments, offset) ? 'comment' : within(strings, offset) || longString ? 'string' : 'code';
      found.push({ line: index + 1, length, kind });
    }
    start = end + 1;
  });
  return found;
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const summaryOnly = process.argv.includes('--summary');
  const byKind = { comment: 0, string: 0, code: 0 };
  const byFolder = new Map();
  for (const file of listSourceFiles(root)) {
    for (const { line, length, kind } of findLongLines(file, readFileSync(path.join(root, file), 'utf8'))) {
      if (!summaryOnly) console.log(`${file}:${line}: ${length} columns, ${kind}`);
      byKind[kind]++;
      const folder = path.dirname(file);
      byFolder.set(folder, (byFolder.get(folder) ?? 0) + 1);
    }
  }
  const total = byKind.comment + byKind.string + byKind.code;
  if (summaryOnly)
    for (const [folder, count] of [...byFolder].sort()) console.log(`${String(count).padStart(5)}  ${folder}/`);
  console.log(
    `${total} lines over ${MAX_COLUMNS} columns: ${byKind.comment} in comments, ${byKind.string} in strings, ` +
      `${byKind.code} in code`,
  );
  process.exitCode = total > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
