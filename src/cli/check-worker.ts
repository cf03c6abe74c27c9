// The worker side of check-parallel.ts: takes reports from the shared counter, checks each and
// posts its result, until none is left.
import { checkOne, referencesFor } from '../core/check-report';
import { JixiaoError } from '../errors';
import type { WorkerJob, WorkerMessage } from './check-parallel';

export function serveChecks(): void {
  const port = process.getBuiltinModule('node:worker_threads').parentPort;
  if (port === null) return;
  port.once('message', async (job: WorkerJob) => {
    const post = (m: WorkerMessage) => port.postMessage(m);
    const { docs, shared, next } = job;
    for (let i = Atomics.add(next, 0, 1); i < docs.length; i = Atomics.add(next, 0, 1)) {
      const d = docs[i]!;
      try {
        const result = await checkOne({ doc: d.doc, references: referencesFor(d.doc, docs, shared), figures: shared.figures });
        post({ index: i, result });
      } catch (err) {
        post({
          index: i,
          error: err instanceof JixiaoError ? { code: err.code, message: err.message, details: err.details } : { message: err instanceof Error ? err.message : String(err) },
        });
        break;
      }
    }
    post({ done: true });
    port.close();
  });
}
