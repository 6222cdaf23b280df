/** Runs tasks on worker threads (or in-process when parallelism would not pay), results in task order. */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InternalError } from '../errors.js';
import { runTask, type Task, type TaskResult } from './task.js';

// Starting a worker loads and warms up the whole pipeline again (about a second of CPU, measured on
// the seed corpus: 1.4 s in-process, 3.2 s on two threads); below this much text per thread, stay in-process.
const MIN_CHARS_PER_WORKER = 400_000;

/**
 * Start a worker. Built, the worker module is `worker.js` next to this one; run from
 * TypeScript sources (tests, tsx), it is `worker.ts`, loaded through tsx's loader.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here));
  // require.resolve finds the CommonJS build of tsx's API; its ES module build sits beside it.
  const api = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./worker.ts', here).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

/** A set of worker threads that runs batches of tasks; in-process when it has no threads. */
export class TaskPool {
  private readonly workers: Worker[] = [];

  /**
   * @param threads worker threads to start (0 or 1: run in-process)
   */
  constructor(threads: number) {
    if (threads > 1) for (let t = 0; t < threads; t++) this.workers.push(startWorker());
  }

  /**
   * How many threads to use.
   * @param workers a number of threads asked for, or `auto`: the CPUs, but none when the work would not pay for them
   * @param tasks tasks to run (never more threads than tasks)
   * @param chars characters of text to process in all (for `auto`)
   * @param cpus the CPUs available: never more threads than these, even when asked (each thread holds
   *   a whole pipeline, about 18 MB: `--jobs 1000` passed 5 GB, issue 11, and more threads than CPUs run no faster)
   */
  static threadsFor(workers: number | 'auto', tasks: number, chars: number, cpus: number): number {
    const wanted = workers === 'auto' ? Math.min(cpus, Math.floor(chars / MIN_CHARS_PER_WORKER)) : Math.min(Math.floor(workers), cpus);
    const n = Math.min(Math.max(1, wanted), tasks);
    return n > 1 ? n : 0;
  }

  /**
   * Run every task; results in task order.
   * @param onProgress called after each task with (done, total) of this batch
   */
  run(tasks: readonly Task[], onProgress?: (done: number, total: number) => void): Promise<TaskResult[]> {
    if (this.workers.length === 0 || tasks.length === 0) {
      const results: TaskResult[] = [];
      for (const task of tasks) {
        results.push(runTask(task));
        onProgress?.(results.length, tasks.length);
      }
      return Promise.resolve(results);
    }
    return this.runOnThreads(tasks, onProgress);
  }

  /** Stop the threads. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }

  private runOnThreads(tasks: readonly Task[], onProgress?: (done: number, total: number) => void): Promise<TaskResult[]> {
    const results: TaskResult[] = new Array(tasks.length);
    let next = 0;
    let done = 0;
    return new Promise((resolve, reject) => {
      let settled = false;
      const cleanup = (): void => {
        for (const w of this.workers) {
          w.removeAllListeners('message');
          w.removeAllListeners('error');
        }
      };
      const fail = (error: Error): void => {
        if (settled) return;
        settled = true;
        cleanup();
        reject(error);
      };
      const feed = (w: Worker): void => {
        if (next < tasks.length) {
          const id = next++;
          w.postMessage({ id, task: tasks[id] });
        }
      };
      for (const w of this.workers) {
        w.on('message', (m: { id: number; result?: TaskResult; error?: string }) => {
          if (settled) return;
          if (m.error !== undefined || !m.result) {
            fail(new InternalError(`corpus worker: ${m.error ?? 'no result'}`));
            return;
          }
          results[m.id] = m.result;
          done++;
          onProgress?.(done, tasks.length);
          if (done === tasks.length) {
            settled = true;
            cleanup();
            resolve(results);
          } else feed(w);
        });
        w.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
        feed(w);
      }
    });
  }
}
