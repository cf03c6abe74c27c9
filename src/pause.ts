/**
 * Time slicing for long checks. A Worker isolate runs one request's JavaScript at a time, so a
 * check that computes for a second would hold every other request, /healthz included, for that
 * second. The check pipeline calls `pauseIfDue()` between its steps (rules, references, stored
 * paragraphs, chains of a long duplicate search); once SLICE_MS have passed since the isolate
 * last resumed from a pause, it yields to the event loop with a zero-delay timer, so waiting
 * requests run, and resumes after them. Before that it costs one clock read and no await.
 * The same code runs in Node (the CLI), where it is as cheap and as harmless.
 */
const SLICE_MS = 20;

const now = () => performance.now();

/**
 * Whether checks pause at all. In a Worker isolate they must; a CLI process runs one check at a
 * time with nothing waiting, where each pause would only cost a timer turn (at least 1 ms in
 * Node), so the CLI's entry turns pausing off.
 */
let pausing = true;

export function setPausing(on: boolean): void {
  pausing = on;
}

/** When the current slice began: module state, as the isolate's event loop is shared by all requests. */
let sliceStart = now();

/**
 * Marks the start of a synchronous stretch: a check calls it as it starts, so a check that
 * arrives after others finished (without pausing) gets a full slice, not a stale one.
 */
export function beginSlice(): void {
  sliceStart = now();
}

/** A promise to await when the current slice is used up; otherwise undefined (nothing to wait for). */
export function pauseIfDue(): Promise<void> | undefined {
  if (!pausing || now() - sliceStart < SLICE_MS) return undefined;
  return new Promise<void>((resolve) =>
    setTimeout(() => {
      sliceStart = now();
      resolve();
    }, 0),
  );
}

/** Runs steps (a generator that yields where it may pause) to the end, pausing when a slice is used up. */
export async function paced<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    const pause = pauseIfDue();
    if (pause) await pause;
  }
}
