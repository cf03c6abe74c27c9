import { CHECK_WORKER_ARG } from './worker-arg';
import { run } from './main';
import { setPausing } from '../pause';

// one check at a time and nothing else waiting: no pauses for other requests (see pause.ts)
setPausing(false);

// stdout gets exactly what the command prints (one JSON document with --format json); the
// progress line exists only on a terminal, and other stderr lines first clear it.
const tty = process.stderr.isTTY === true;
const clear = tty ? '\r\x1b[K' : '';
/** Cuts a status line to the terminal's width (CJK characters take two columns). */
function fit(s: string, columns = process.stderr.columns ?? 80): string {
  let width = 0;
  let out = '';
  for (const ch of s) {
    width += /[\u1100-\uffff]/u.test(ch) ? 2 : 1;
    if (width > columns - 1) return `${out}…`;
    out += ch;
  }
  return out;
}

// node:worker_threads loads only in a worker thread (the argument marks one; see check-parallel.ts)
const threads = process.argv.includes(CHECK_WORKER_ARG) ? process.getBuiltinModule('node:worker_threads') : undefined;
if (threads !== undefined && !threads.isMainThread && (threads.workerData as { jixiaoCheckWorker?: boolean } | null)?.jixiaoCheckWorker === true) {
  // a worker thread of `jixiao check` over many reports (see check-parallel.ts)
  (await import('./check-worker')).serveChecks();
} else {
  const code = await run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
    err: (s) => process.stderr.write(`${clear}${s}\n`),
    ...(tty ? { status: (s: string) => process.stderr.write(`${clear}${fit(s)}`) } : {}),
  });
  process.exitCode = code;
}
