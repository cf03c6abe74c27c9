import type { Io } from './io';

export interface Progress {
  /** The run has reached item `n` (1-based) of the total: `file`, being `action`ed. */
  step(action: string, n: number, file: string): void;
  /** The run is over: clears the status line if one was shown. */
  done(): void;
}

/**
 * A status line on stderr for runs over many files: shown only where the CLI has one (a
 * terminal: Io.status is set) and only once the run has taken `delayMs`, so short runs and
 * piped or captured output print nothing extra.
 */
export function progress(io: Io, total: number, { delayMs = 400, now = () => Date.now() } = {}): Progress {
  const status = io.status;
  if (status === undefined || total < 2) return { step() {}, done() {} };
  const t0 = now();
  let shown = false;
  return {
    step(action, n, file) {
      if (now() - t0 < delayMs) return;
      shown = true;
      status(`${action} ${n}/${total}：${file}`);
    },
    done() {
      if (shown) status('');
    },
  };
}
