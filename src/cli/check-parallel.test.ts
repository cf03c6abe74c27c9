import { describe, expect, it } from 'vitest';
import { MIN_REPORTS_FOR_WORKERS, workerCount } from './check-parallel';

describe('workerCount', () => {
  const idle = { env: {}, cores: 4, load: 0.2, bundled: true };

  it("uses the idle cores but two (the main thread's, V8's background compiler's) for a run over many reports", () => {
    expect(workerCount(40, idle)).toBe(2);
    expect(workerCount(40, { ...idle, cores: 2 })).toBe(0); // measured slower on 2 cores
    expect(workerCount(40, { ...idle, cores: 16 })).toBe(6); // 40 reports: one worker per 6
  });

  it('uses none on a busy machine, for a few reports, or outside the bundled CLI', () => {
    expect(workerCount(40, { ...idle, cores: 2, load: 3.5 })).toBe(0);
    expect(workerCount(40, { ...idle, load: 3 })).toBe(0);
    expect(workerCount(40, { ...idle, load: 1.7 })).toBe(0); // not a whole core idle besides the main thread's and V8's
    expect(workerCount(MIN_REPORTS_FOR_WORKERS - 1, idle)).toBe(0);
    expect(workerCount(40, { ...idle, bundled: false })).toBe(0);
  });

  it('follows JIXIAO_WORKERS, never more than there are other reports', () => {
    expect(workerCount(40, { ...idle, load: 9, env: { JIXIAO_WORKERS: '2' } })).toBe(2);
    expect(workerCount(3, { ...idle, env: { JIXIAO_WORKERS: '8' } })).toBe(2);
    expect(workerCount(40, { ...idle, env: { JIXIAO_WORKERS: '0' } })).toBe(0);
    expect(workerCount(40, { ...idle, env: { JIXIAO_WORKERS: 'many' } })).toBe(2);
  });
});
