/**
 * @module test/support/worker: starts the real worker with `wrangler dev` (workerd, static assets, Durable
 * Objects: what `npm start` serves) on a free local port, for Node-side tests that need a running worker
 * (a browser, a generated API client). Offline: wrangler's outbound calls are not needed for local dev.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface RunningWorker {
  /** e.g. http://127.0.0.1:43121 */
  url: string;
  stop: () => Promise<void>;
}

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('test/support/worker: no free port'))));
    });
  });
}

/** Starts `wrangler dev` with extra `vars` and waits until /healthz answers (up to 90 s). */
export async function startWorker(vars: Record<string, string> = {}): Promise<RunningWorker> {
  const port = await freePort();
  const inspector = await freePort();
  const args = ['wrangler', 'dev', '--port', String(port), '--ip', '127.0.0.1', '--inspector-port', String(inspector), '--log-level', 'warn'];
  for (const [k, v] of Object.entries({ ENVIRONMENT: 'development', ...vars })) args.push('--var', `${k}:${v}`);
  const child: ChildProcess = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid!, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  };
  for (let i = 0; i < 180; i++) {
    if (child.exitCode !== null) throw new Error(`test/support/worker: wrangler dev exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return { url, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`test/support/worker: wrangler dev did not answer /healthz within 90 s:\n${output}`);
}
