// A reader thread of the lint pool: takes tasks from the counter it shares with the other
// threads (see claims.ts), reads each file and sends the document to the thread that lints it.
// Never more than READ_AHEAD ahead of it, so a fast reader does not fill memory.
import { parentPort, workerData } from 'node:worker_threads';
import { Claims } from './claims.js';
import type { ReadReply, WorkerStart } from './pool.js';
import { readTask, toSent, type ReadJob } from './read-file.js';

const { init: job, tasks, claims, slot } = workerData as WorkerStart<ReadJob>;

for (Claims.waitForRoom(claims); ; Claims.waitForRoom(claims)) {
  const id = Claims.take(claims);
  if (id >= tasks.length) break;
  // Marked before the work, so that if this thread dies the pool knows which file killed it.
  Claims.mark(claims, slot, id);
  const reply: ReadReply = { id, read: toSent(await readTask(tasks[id]!, job)) };
  parentPort?.postMessage(reply);
  Claims.sent(claims);
  Claims.mark(claims, slot, -1);
}
