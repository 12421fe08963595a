import { startApiProcess, type ApiProcess } from '../crash/api-process';

export interface SupervisedApi {
  baseUrl: string;
  /** How many times the API process died and was started again: a crash the fuzzer caused. */
  restarts(): number;
  stop(): Promise<void>;
}

/**
 * Runs the API as `npm start` does, in a process of its own, and starts it again on the same port whenever it exits,
 * so a request that kills the process is counted instead of ending the fuzz run.
 */
export async function superviseApi(mongodbUri: string, port: number, logDir: string): Promise<SupervisedApi> {
  let restarts = 0;
  let stopping = false;
  let current: ApiProcess = await startApiProcess(mongodbUri, port, logDir);
  let restarting: Promise<void> = Promise.resolve();
  const watch = (api: ApiProcess) =>
    api.child.once('exit', () => {
      if (stopping) return;
      restarts += 1;
      restarting = startApiProcess(mongodbUri, port, logDir).then((next) => {
        current = next;
        watch(next);
      });
    });
  watch(current);
  return {
    baseUrl: current.baseUrl,
    restarts: () => restarts,
    stop: async () => {
      await restarting;
      stopping = true;
      if (current.child.exitCode !== null || current.child.signalCode !== null) return;
      const exited = new Promise((done) => current.child.once('exit', done));
      current.child.kill('SIGTERM');
      await exited;
    },
  };
}
