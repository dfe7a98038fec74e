// Sends HTTP requests exactly as written (fetch would fix a malformed URL or refuse a forbidden header), for the
// tests of the kit's deck servers.

import net from 'node:net';

/**
 * Sends `head` (request line and headers, without the blank line) and `body` to 127.0.0.1:`port`; resolves with the
 * status (0: no answer).
 */
export function sendRaw(port: number, head: string, body = ''): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk: Buffer) => void (text += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }));
    const length = body ? `\r\ncontent-length: ${Buffer.byteLength(body)}` : '';
    socket.write(`${head}${length}\r\nconnection: close\r\n\r\n${body}`);
    setTimeout(() => socket.destroy(), 10_000);
  });
}
