import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { residentKb, watchMemory } from '../../generator/batch/memory.ts';

describe('the memory a batch holds at once', () => {
  it("reads a process's resident memory from /proc, and nothing for a process that is not there", () => {
    const own = residentKb(process.pid)!;
    expect(own * 1024).toBeGreaterThan(process.memoryUsage().rss * 0.5);
    expect(own * 1024).toBeLessThan(process.memoryUsage().rss * 2);
    expect(residentKb(2 ** 22 + 12345)).toBeNull();
  });

  it("adds a child's memory to its own", async () => {
    const alone = watchMemory(() => []);
    // A child that holds about 200 MB until it is killed.
    const child = spawn(
      process.execPath,
      ['-e', 'globalThis.keep = Buffer.alloc(200 * 2 ** 20, 1); setInterval(() => {}, 1000); console.log("ready")'],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    await new Promise((resolve) => child.stdout.once('data', resolve));
    const together = watchMemory(() => [child.pid!]);
    together.stop();
    alone.stop();
    child.kill();
    expect(together.peakMb()! - alone.peakMb()!).toBeGreaterThan(190);
  });
});

describe("the batch's parent process", () => {
  it('loads none of the renderers (pdf-lib, the workshop renderers), which only its workers use', async () => {
    // A child process that imports the batch command and prints every module it resolved.
    const hook = `data:text/javascript,${encodeURIComponent(
      'export async function resolve(s, c, next) { const r = await next(s, c); console.log(r.url); return r; }',
    )}`;
    const script =
      `import { register } from 'node:module'; register(${JSON.stringify(hook)});` +
      `await import(${JSON.stringify(new URL('../../generator/cli/commands/batch.ts', import.meta.url).href)});`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(stdout).toContain('generator/batch/run.ts');
    expect(stdout).not.toContain('generator/workshop/render.ts');
    expect(stdout).not.toContain('generator/pdf/');
    expect(stdout).not.toContain('/pdf-lib/');
  }, 60_000);
});
