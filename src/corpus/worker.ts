/** Worker thread entry: runs the tasks the pool posts, one at a time, and posts back their results. */
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './task.js';

parentPort?.on('message', (message: { id: number; task: Task }) => {
  try {
    parentPort!.postMessage({ id: message.id, result: runTask(message.task) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
