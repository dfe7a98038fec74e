// How a command shows a path it wrote: relative inside the working folder, absolute outside it.

import { describe, expect, it } from 'vitest';
import { showPath, type CliIO } from '../../generator/cli/io.ts';

const io = (cwd: string): CliIO => ({ stdout: () => {}, stderr: () => {}, cwd, env: {}, now: () => new Date(0) });

describe('showPath', () => {
  it('shows a folder inside the working folder relative to it, and the working folder as "."', () => {
    expect(showPath(io('/home/ana/kit'), '/home/ana/kit/output/tx')).toBe('output/tx');
    expect(showPath(io('/home/ana/kit'), '/home/ana/kit')).toBe('.');
  });

  it('shows a folder outside the working folder as the absolute path it is, not ../../', () => {
    expect(showPath(io('/home/ana/kit'), '/tmp/kit-out')).toBe('/tmp/kit-out');
    expect(showPath(io('/home/ana/kit'), '/home/ana/other')).toBe('/home/ana/other');
  });

  it('does not take a name that starts with two dots for a parent folder', () => {
    expect(showPath(io('/home/ana/kit'), '/home/ana/kit/..hidden/x')).toBe('..hidden/x');
  });
});
