import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/** A free loopback port (json-server's CLI needs a number up front). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface JsonServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * json-server 0.17.4 from node_modules in its own process (so it never blocks the bench's event
 * loop), on loopback, quiet; resolves once it answers, rejects on exit or after `timeoutMs`.
 */
export async function startJsonServer(root: string, file: string, timeoutMs: number): Promise<JsonServer> {
  const port = await freePort();
  const bin = path.join(root, 'node_modules/json-server/lib/cli/bin.js');
  const child = spawn(process.execPath, ['--max-old-space-size=8192', bin, '--host', '127.0.0.1', '--port', String(port), '--quiet', file], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`json-server exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(`${url}/work-orders?_limit=1`);
      await response.text();
      if (response.ok) return { url, child, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`json-server did not answer within ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
