import { fork } from 'node:child_process';
import { join } from 'node:path';

export interface BenchServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts `bench-server.ts` in its own Node process against `mongodbUri`; resolves once it listens. */
export function startBenchServer(env: Record<string, string>): Promise<BenchServer> {
  const child = fork(join(import.meta.dirname, 'bench-server.ts'), [], {
    env: { ...process.env, ...env, NODE_ENV: 'test' },
    execArgv: ['--import', 'tsx'],
    // Logs are written (their cost is part of a request) but not kept.
    stdio: ['ignore', process.env.BENCH_SERVER_LOG ? 'inherit' : 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited with code ${code}`)));
    child.once('message', (message) => {
      const { port } = message as { port: number };
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        stop: async () => {
          child.disconnect();
          const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
          await exited;
          clearTimeout(timer);
        },
      });
    });
  });
}
