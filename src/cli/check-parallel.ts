// Checking many reports on several cores (jixiao check over a folder). The reports are read
// once, by the main thread; each worker thread gets all of them (a report is compared with
// every other one under --against-each-other) and the threads take the next unchecked report
// from a shared counter until none is left, so a slow report or a busy core does not hold the
// others up. The results come back in the order of the input, identical to a run on one thread
// (the rules are pure functions of the report and its references).
//
// Workers exist only in the bundled CLI (dist/cli/jixiao.mjs, whose banner records its own URL
// in globalThis.__jixiaoBundle): a worker runs that same file, whose entry then serves checks
// instead of parsing argv. Under tsx or vitest the checks run on the main thread.
import { availableParallelism, loadavg } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { CheckResult } from '../check/runner';
import type { ReferenceDoc } from '../check/types';
import { referencesFor, type CheckShared, type NamedReport } from '../core/check-report';
import { JixiaoError } from '../errors';
import type { ReportDocument } from '../model/document';
import { CHECK_WORKER_ARG } from './worker-arg';

/** Fewer reports than this are checked on the main thread: a worker's start-up would cost more than it saves. */
export const MIN_REPORTS_FOR_WORKERS = 12;

/** A job for a worker thread: every report and what they are checked against. */
export interface WorkerJob {
  docs: NamedReport[];
  shared: CheckShared;
  /** Int32Array(1) over a SharedArrayBuffer: the index of the next report nobody has taken. */
  next: Int32Array;
}

/** What a worker posts: one result, an error, or that it has taken its last report. */
export type WorkerMessage = { index: number; result: CheckResult } | { index: number; error: { code?: string; message: string; details?: unknown } } | { done: true };

/**
 * How many worker threads a run over `reports` reports uses (0: the main thread alone). A
 * worker costs its own start-up, its own warm-up of the compiled code and its own preparation
 * of every report it compares with (about 0.3–0.4 s of CPU at 29 reports), so workers run only
 * on cores that are idle besides the main thread's and V8's background compiler's: on a busy
 * machine, or on 2 cores, they make the run slower, not faster. The CLI uses them only without
 * its cache (--no-cache, --corpus): with the cache, what is not cached is checked on the main thread.
 * JIXIAO_WORKERS=<n> sets the number (0: never).
 */
export function workerCount(
  reports: number,
  { env = process.env, cores = availableParallelism(), load = loadavg()[0] ?? 0, bundled = typeof (globalThis as { __jixiaoBundle?: unknown }).__jixiaoBundle === 'string' } = {},
): number {
  if (!bundled) return 0;
  const asked = env.JIXIAO_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), 16, Math.max(0, reports - 1));
  if (reports < MIN_REPORTS_FOR_WORKERS) return 0;
  // one core is the main thread's, one V8's own (TurboFan compiles and GC run on background
  // threads: on 2 idle cores a worker made 29 reports slower, 0.65 → 0.81 s, 2026-12-04)
  const idle = Math.round(cores - load) - 2;
  return Math.max(0, Math.min(idle, 7, Math.floor(reports / 6)));
}

/** Worker threads started ahead (they load the code while the main thread reads the reports). */
interface Pool {
  /** Checks every report; calls `checked(i)` as report i is done; results in input order. */
  run(docs: WorkerJob['docs'], shared: CheckShared, check: (doc: ReportDocument, refs: ReferenceDoc[]) => Promise<CheckResult>, checked: (i: number) => void): Promise<CheckResult[]>;
  /** Stops the workers (also when run was never called). */
  close(): Promise<void>;
}

export function startPool(workers: number): Pool {
  const bundle = (globalThis as { __jixiaoBundle?: string }).__jixiaoBundle;
  const threads: Worker[] = [];
  if (bundle !== undefined && workers > 0) {
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    for (let i = 0; i < workers; i++) {
      const w = new Worker(new URL(bundle), { workerData: { jixiaoCheckWorker: true }, argv: [CHECK_WORKER_ARG], stdout: false, stderr: false });
      w.unref(); // until it has work: a run that stops early (an unreadable single file) is not held up
      w.on('error', () => {}); // handled in run(): its reports are checked by the main thread
      threads.push(w);
    }
  }
  return {
    async run(docs, shared, check, checked) {
      const results: Array<CheckResult | undefined> = new Array(docs.length);
      const next = new Int32Array(new SharedArrayBuffer(4));
      let failure: unknown;
      const finished = threads.map(
        (w) =>
          new Promise<void>((resolve) => {
            const end = () => {
              w.off('message', onMessage);
              w.unref();
              resolve();
            };
            const onMessage = (m: WorkerMessage) => {
              if ('done' in m) end();
              else if ('result' in m) {
                results[m.index] = m.result;
                checked(m.index);
              } else {
                failure ??= m.error.code !== undefined ? new JixiaoError(m.error.code as never, m.error.message, m.error.details as never) : new Error(m.error.message);
                end();
              }
            };
            w.on('message', onMessage);
            w.once('exit', end);
            w.once('error', end);
            w.ref();
            w.postMessage({ docs, shared, next } satisfies WorkerJob);
          }),
      );
      // the main thread takes reports from the same counter
      for (let i = Atomics.add(next, 0, 1); i < docs.length; i = Atomics.add(next, 0, 1)) {
        const d = docs[i]!;
        results[i] = await check(d.doc, referencesFor(d.doc, docs, shared));
        checked(i);
      }
      await Promise.all(finished);
      if (failure !== undefined) throw failure;
      // a worker that died took reports it never returned: check them here
      for (const [i, d] of docs.entries()) {
        if (results[i] !== undefined) continue;
        results[i] = await check(d.doc, referencesFor(d.doc, docs, shared));
        checked(i);
      }
      return results as CheckResult[];
    },
    async close() {
      await Promise.all(threads.map((w) => w.terminate()));
    },
  };
}
