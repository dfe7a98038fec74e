// kit present's own mistakes, in-process: --live with --static, and a port another program holds (the live deck's
// guard claims the port before Slidev starts, so nothing is left running).

import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKit, tempDir } from '../helpers.ts';

describe('kit present usage', () => {
  it('refuses --live with --static (exit 2)', async () => {
    const result = await runKit([
      'present',
      '--live',
      '--static',
      '--region',
      'tx/harris-county',
      '--out',
      path.join(tempDir(), 'kit'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--live or --static, not both/);
  });

  it('--live on a port in use says so with exit 2, and starts no Slidev', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    if (address === null || typeof address === 'string') throw new Error('the server listened on no TCP port');
    const { port } = address;
    try {
      const result = await runKit([
        'present',
        '--live',
        '--region',
        'tx/harris-county',
        '--out',
        path.join(tempDir(), 'kit'),
        '--port',
        String(port),
      ]);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain(`--port ${port}: another program is already listening on 127.0.0.1:${port}.`);
      expect(result.stdout).not.toMatch(/is at http/);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 120_000);
});
