// The lint tools: long-lines.mjs lists what max-len fails on, reflow-comments.mjs rewraps the comments among them.

import { describe, expect, it } from 'vitest';
import { findLongLines } from './long-lines.mjs';
import { reflowComments } from './reflow-comments.mjs';

const words = (count: number, from = 0) => Array.from({ length: count }, (_, index) => `word${from + index}`).join(' ');
const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe('the long-line lister', () => {
  it('says whether a comment, a string or code runs past column 120, and leaves out lines holding a URL', () => {
    const text = [
      `// ${words(30)}`,
      `const message = '${words(30)}';`,
      `const total = ${Array.from({ length: 30 }, (_, index) => `value${index}`).join(' + ')};`,
      `// see https://www.ice.gov/identify-and-arrest/287g ${words(20)}`,
      'const short = 1;',
    ].join('\n');
    expect(findLongLines('example.ts', text).map(({ line, kind }) => [line, kind])).toEqual([
      [1, 'comment'],
      [2, 'string'],
      [3, 'code'],
    ]);
  });
});

describe('the comment reflow codemod', () => {
  it('refills a long // paragraph within 120 columns, keeping its words, indent and the blank line after it', () => {
    const text = `function f() {\n  // ${words(40)}\n  //\n  // short\n  return 1;\n}\n`;
    const result = reflowComments('example.ts', text);
    expect(widest(result)).toBeLessThanOrEqual(120);
    const comment = result.split('\n').filter((line) => line.startsWith('  // word'));
    expect(comment.length).toBeGreaterThan(1);
    expect(comment.map((line) => line.slice(5)).join(' ')).toBe(words(40));
    expect(result).toContain('\n  //\n  // short\n  return 1;\n}\n');
  });

  it('keeps a list item hanging under its marker', () => {
    const result = reflowComments('example.ts', `// - ${words(40)}\n`);
    const [first, ...rest] = result.trimEnd().split('\n');
    expect(first!.startsWith('// - word0')).toBe(true);
    expect(rest.length).toBeGreaterThan(0);
    for (const line of rest) expect(line).toMatch(/^\/\/ {3}word/);
  });

  it('turns a long one-line doc comment into a block and moves a long trailing comment above its code', () => {
    const text = `/** ${words(35)} */\nexport const a = 1; // ${words(35)}\n`;
    const lines = reflowComments('example.ts', text).split('\n');
    expect(lines[0]).toBe('/**');
    expect(lines[1]!.startsWith(' * word0')).toBe(true);
    const close = lines.indexOf(' */');
    expect(lines.slice(close + 1).findIndex((line) => line === 'export const a = 1;')).toBeGreaterThan(1);
    expect(widest(lines.join('\n'))).toBeLessThanOrEqual(120);
  });

  it('leaves strings, short comments, directives and indented examples alone', () => {
    const text = [
      `const url = '// ${words(30)}';`,
      '// a short comment',
      `// eslint-disable-next-line @typescript-eslint/no-base-to-string -- ${words(20)}`,
      '// Run it so:',
      `//   node tests/tools/reflow-comments.mjs --dry-run ${words(20)}`,
      '',
    ].join('\n');
    expect(reflowComments('example.ts', text)).toBe(text);
  });
});
