// Codemod: rewraps comments that run past 120 columns so that max-len passes without touching code or strings.
//
//   node tests/tools/reflow-comments.mjs              rewrite every source file that has such comments
//   node tests/tools/reflow-comments.mjs --dry-run    only list the files it would change
//   node tests/tools/reflow-comments.mjs FILE...      only these files
//
// - `//` comment lines: each paragraph holding a long line is refilled to 120 columns (list items keep their hanging
//   indent; blank `//` lines, directives and indented examples are left as they are).
// - `/** */` and `/* */`: a long one-line comment becomes a block of ` * ` lines; long ` * ` lines are refilled.
// - A long `//` comment after code moves, refilled, onto the lines above that code.
// Comments are found with TypeScript's parser, so a `//` inside a string is never touched. Run Prettier after it.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSourceFiles, scanSource } from './source-text.mjs';

const MAX_COLUMNS = 120;
const DIRECTIVE = /^\s*(?:\/|eslint|@ts-|prettier-ignore|global\s|istanbul|c8\s|Stryker|#)/;
const LIST_MARKER = /^(?:[-*•] |\d+[.)] )/;
const columns = (text) => [...text].length;

/**
 * `text` (the content of `file`) with every over-long comment refilled within MAX_COLUMNS; code and strings
 * unchanged. Comments that cannot be shortened (one word longer than the room) are left long.
 */
export function reflowComments(file, text) {
  const lines = text.split('\n');
  if (!lines.some((line) => columns(line) > MAX_COLUMNS)) return text;
  const starts = [];
  lines.reduce((offset, line) => (starts.push(offset), offset + line.length + 1), 0);
  const lineOf = (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  /** Per line: how a comment sits on it ('line' whole-line `//`, 'trailing' `//` after code, 'block' lines). */
  const role = new Array(lines.length).fill(null);
  const blocks = [];
  for (const comment of scanSource(file, text).comments) {
    const first = lineOf(comment.pos);
    const column = comment.pos - starts[first];
    const before = lines[first].slice(0, column);
    if (comment.kind === 'line')
      role[first] = before.trim() === '' ? { kind: 'line', column } : { kind: 'trailing', column };
    else if (
      before.trim() === '' &&
      lines[lineOf(comment.end - 1)].slice(comment.end - starts[lineOf(comment.end - 1)]).trim() === ''
    )
      blocks.push({ first, last: lineOf(comment.end - 1), indent: before });
  }

  const out = [];
  const replaced = new Map(); // first line index -> { last, lines }
  for (const block of blocks) {
    const result = reflowBlock(lines.slice(block.first, block.last + 1), block.indent);
    if (result) replaced.set(block.first, { last: block.last, lines: result });
  }
  for (let index = 0; index < lines.length;) {
    const swap = replaced.get(index);
    if (swap) {
      out.push(...swap.lines);
      index = swap.last + 1;
      continue;
    }
    const here = role[index];
    if (here?.kind === 'line') {
      const indent = lines[index].slice(0, here.column);
      let end = index;
      while (
        end + 1 < lines.length &&
        role[end + 1]?.kind === 'line' &&
        lines[end + 1].slice(0, role[end + 1].column) === indent
      )
        end++;
      const bodies = lines.slice(index, end + 1).map((line) => line.slice(indent.length + 2).replace(/^ /, ''));
      out.push(...refill(bodies, `${indent}// `, lines.slice(index, end + 1)));
      index = end + 1;
      continue;
    }
    if (here?.kind === 'trailing' && columns(lines[index]) > MAX_COLUMNS) {
      const body = lines[index].slice(here.column + 2).trim();
      if (!DIRECTIVE.test(body)) {
        const code = lines[index].slice(0, here.column).trimEnd();
        const indent = /^\s*/.exec(code)[0];
        out.push(...wrap(body.split(/\s+/), `${indent}// `, ''), code);
        index++;
        continue;
      }
    }
    out.push(lines[index]);
    index++;
  }
  return out.join('\n');
}

/** The lines of a block comment refilled, or null when none of them is too long or it is a directive. */
function reflowBlock(blockLines, indent) {
  if (!blockLines.some((line) => columns(line) > MAX_COLUMNS)) return null;
  const opening = blockLines[0].slice(indent.length).startsWith('/**') ? '/**' : '/*';
  if (blockLines.length === 1) {
    const body = blockLines[0].slice(indent.length + opening.length, blockLines[0].lastIndexOf('*/')).trim();
    if (DIRECTIVE.test(body)) return null;
    return [`${indent}${opening}`, ...wrap(body.split(/\s+/), `${indent} * `, ''), `${indent} */`];
  }
  const inner = blockLines.slice(1, -1);
  const closing = blockLines.at(-1);
  if (!inner.every((line) => /^\s*\*(?: |$)/.test(line)) || closing.trim() !== '*/') return null; // not ` * ` style
  const prefix = `${indent} * `;
  const bodies = inner.map((line) => line.replace(/^\s*\* ?/, ''));
  let fenced = false;
  const kept = bodies.map((body) => {
    if (body.trimStart().startsWith('```')) fenced = !fenced;
    return fenced || body.trimStart().startsWith('```');
  });
  return [blockLines[0], ...refill(bodies, prefix, inner, kept), closing];
}

/**
 * Comment bodies (text after the prefix) refilled paragraph by paragraph; a paragraph with no line over the limit,
 * blank lines, directives, indented examples and lines flagged in `kept` come back as they were (`original`).
 */
function refill(bodies, prefix, original, kept = []) {
  const out = [];
  let paragraph = null;
  const flush = () => {
    if (!paragraph) return;
    const long = paragraph.lines.some((index) => columns(original[index]) > MAX_COLUMNS);
    if (long) out.push(...wrap(paragraph.words, prefix, paragraph.hanging));
    else out.push(...paragraph.lines.map((index) => original[index]));
    paragraph = null;
  };
  const start = (index, body, hanging) => {
    flush();
    paragraph = { lines: [index], words: body.trim().split(/\s+/), hanging };
  };
  bodies.forEach((body, index) => {
    const indentation = /^ */.exec(body)[0].length;
    if (kept[index] || body.trim() === '' || DIRECTIVE.test(body)) {
      flush();
      out.push(original[index]);
    } else if (indentation === 0 && LIST_MARKER.test(body))
      start(index, body, ' '.repeat(LIST_MARKER.exec(body)[0].length));
    else if (indentation === 0 && body.startsWith('@')) start(index, body, '  ');
    else if (paragraph && indentation === paragraph.hanging.length) {
      paragraph.lines.push(index);
      paragraph.words.push(...body.trim().split(/\s+/));
    } else if (indentation === 0) start(index, body, '');
    else {
      flush();
      out.push(original[index]); // an indented example: kept as written
    }
  });
  flush();
  return out;
}

/** `words` filled into lines of at most MAX_COLUMNS: `prefix` on each, `hanging` after it from the second line. */
function wrap(words, prefix, hanging) {
  const lines = [];
  let current = '';
  for (const word of words) {
    const lead = lines.length === 0 ? prefix : prefix + hanging;
    if (current && columns(lead + current + ' ' + word) > MAX_COLUMNS) {
      lines.push(lead + current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push((lines.length === 0 ? prefix : prefix + hanging) + current);
  return lines;
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dryRun = process.argv.includes('--dry-run');
  const named = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
  const files = named.length ? named.map((file) => path.relative(root, path.resolve(file))) : listSourceFiles(root);
  let changed = 0;
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const next = reflowComments(file, text);
    if (next === text) continue;
    changed++;
    console.log(dryRun ? `would rewrap ${file}` : `rewrapped ${file}`);
    if (!dryRun) writeFileSync(path.join(root, file), next);
  }
  console.log(
    `${changed} file(s) ${dryRun ? 'to change' : 'changed'}; now run: npx prettier --write . && npm run lint`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
