import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real WebDAV server for tests and benchmarks (Node only): `rclone serve webdav` (Debian's
 * `rclone`; RCLONE_PATH overrides) on 127.0.0.1, a free port, a user and a password, serving a
 * fresh temporary folder. `stop` and `start` take it down and bring it back on the same port;
 * `close` stops it and removes the folder.
 */
export interface TestServer {
  url: string;
  /** The folder it serves: what is "on the server". */
  dir: string;
  user: string;
  password: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Waits until the server answers a request (any HTTP answer), or the process ends, or 15 s pass. */
async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`rclone ended (${child.exitCode}): ${output()}`);
    try {
      await fetch(url, { method: 'OPTIONS', signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`rclone did not answer at ${url}: ${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export async function startTestServer(options: { user?: string; password?: string } = {}): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), 'pln-webdav-'));
  const port = await freePort();
  const user = options.user ?? 'u';
  const password = options.password ?? 'p';
  const url = `http://127.0.0.1:${port}/`;
  let child: ChildProcess | undefined;

  const start = async () => {
    if (child) return;
    let output = '';
    const proc = spawn(
      process.env.RCLONE_PATH ?? 'rclone',
      [
        'serve',
        'webdav',
        dir,
        '--addr',
        `127.0.0.1:${port}`,
        '--user',
        user,
        '--pass',
        password,
        // Tests change files behind the server's back: list the folder afresh every time.
        '--dir-cache-time',
        '0s',
        '--config',
        '/dev/null',
        '--log-level',
        'ERROR',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child = proc;
    try {
      await waitUntilAnswering(url, proc, () => output);
    } catch (error) {
      await stop();
      throw error;
    }
  };

  const stop = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
  };

  await start();
  return {
    url,
    dir,
    user,
    password,
    start,
    stop,
    close: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
