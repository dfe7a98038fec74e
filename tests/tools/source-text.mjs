// The kit's own source files and, inside each, where its comments and string literals are, read with TypeScript's
// parser so that a `//` inside a string or a template is never taken for a comment. Shared by long-lines.mjs and
// reflow-comments.mjs.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Folders whose .ts/.mjs/.js files ESLint checks (eslint.config.js), relative to the kit's root. */
const SOURCE_DIRS = ['generator', 'tests', 'bench', 'slides/setup'];
/** Folders holding data that tests compare byte for byte: never source. */
const SKIPPED_DIRS = new Set(['node_modules', 'fixtures', 'golden']);
const SOURCE_FILE = /\.(?:ts|mjs|js)$/;

/**
 * The source files ESLint checks: every .ts/.mjs/.js file under SOURCE_DIRS (fixtures and golden files left out)
 * and the config files at the root. Paths relative to `root`, sorted.
 */
export function listSourceFiles(root) {
  const files = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name))
    .map((entry) => entry.name);
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) walk(relative);
      else if (entry.isFile() && SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(relative);
    }
  };
  for (const dir of SOURCE_DIRS) walk(dir);
  return files.sort();
}

/**
 * Where `text` (the content of `file`) has comments and literals, as character offsets [pos, end): `comments` with kind
 * 'line' (`//`) or 'block' (`/* *\/`), `strings` (string literals, and template literals whole with their `${}` parts:
 * Prettier breaks neither) and `regexes` (regular expression literals).
 */
export function scanSource(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kindOfScript(file));
  const comments = new Map();
  const strings = [];
  const regexes = [];
  const noteComments = (ranges) => {
    for (const range of ranges ?? []) {
      const kind = range.kind === ts.SyntaxKind.SingleLineCommentTrivia ? 'line' : 'block';
      comments.set(range.pos, { pos: range.pos, end: range.end, kind });
    }
  };
  const visit = (node) => {
    if (node.kind >= ts.SyntaxKind.FirstToken && node.kind <= ts.SyntaxKind.LastToken) {
      noteComments(ts.getLeadingCommentRanges(text, node.pos));
      noteComments(ts.getTrailingCommentRanges(text, node.end));
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node))
      strings.push({ pos: node.getStart(source), end: node.end });
    else if (ts.isRegularExpressionLiteral(node)) regexes.push({ pos: node.getStart(source), end: node.end });
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return { comments: [...comments.values()].sort((a, b) => a.pos - b.pos), strings, regexes };
}

function kindOfScript(file) {
  return file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
}
