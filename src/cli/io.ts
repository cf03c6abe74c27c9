/** Where a command writes: stdout gets the result, stderr the human-readable messages. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Rewrites a one-line status on stderr (progress); only set when stderr is a terminal. */
  status?: (s: string) => void;
}

/** Exit codes shared by every command. */
export const EXIT = { OK: 0, FINDINGS: 1, INPUT: 2 } as const;
