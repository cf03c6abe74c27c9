/**
 * The argument a worker thread of `jixiao check` is started with (see check-parallel.ts): the
 * bundle's entry recognises a worker by it without loading node:worker_threads (about 10 ms),
 * and without loading the check pipeline, in every run. Its own module, so that the entry
 * (and `jixiao --help`) imports nothing else to read it.
 */
export const CHECK_WORKER_ARG = '--jixiao-check-worker';
