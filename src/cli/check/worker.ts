/** Worker-thread entry of `check --jobs`: checks the files the main thread sends, one at a time, and posts results. */
import { parentPort, workerData } from 'worker_threads';
import { checkFile } from './checkFile';
import type { CheckOptions, CheckTask } from './checkFile';

export interface WorkerRequest {
  id: number;
  task: CheckTask;
}

const port = parentPort;
if (port) {
  const options = workerData as CheckOptions;
  port.on('message', ({ id, task }: WorkerRequest) => {
    void checkFile(task, options).then((result) => port.postMessage({ id, result }));
  });
}
