// Runs `kit batch` in-process as the CLI would, mapping a KitError to its exit code (until main.ts
// registers the command, runKit cannot reach it).

import { runBatch } from '../../generator/cli/commands/batch.ts';
import type { CliIO } from '../../generator/cli/io.ts';
import { KitError } from '../../generator/errors.ts';
import { KIT_ROOT } from '../../generator/paths.ts';
import type { KitRun } from '../helpers.ts';

export async function runKitBatch(argv: string[], hooks: Parameters<typeof runBatch>[2] = {}): Promise<KitRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: KIT_ROOT,
    env: { KIT_TODAY: '2026-11-28' },
    now: () => new Date('2026-11-28T12:00:00Z'),
  };
  try {
    return { code: await runBatch(argv, io, { tty: false, ...hooks }), stdout, stderr };
  } catch (error) {
    if (!(error instanceof KitError)) throw error;
    return { code: error.exitCode, stdout, stderr: `${stderr}kit: ${error.message}\n${error.hint ?? ''}` };
  }
}
