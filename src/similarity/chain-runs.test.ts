import { describe, expect, it } from 'vitest';
import { chainRuns } from './chain-runs';
import type { Run } from './shared-runs';

const run = (aStart: number, bStart: number, length: number): Run => ({
  aStart,
  aEnd: aStart + length,
  bStart,
  bEnd: bStart + length,
  length,
});

describe('chainRuns', () => {
  it('chains runs in the same order with small gaps on both sides', () => {
    const chains = chainRuns([run(0, 100, 27), run(36, 140, 60)], { maxGap: 20 });
    expect(chains).toHaveLength(1);
    expect(chains[0]).toMatchObject({ aStart: 0, aEnd: 96, bStart: 100, bEnd: 200, matched: 87 });
  });

  it('does not chain runs that are far apart or crossed', () => {
    expect(chainRuns([run(0, 100, 20), run(50, 125, 20)], { maxGap: 20 })).toHaveLength(2);
    expect(chainRuns([run(0, 130, 20), run(25, 100, 20)], { maxGap: 20 })).toHaveLength(2);
  });

  it('trims a run that overlaps the previous one', () => {
    const [c] = chainRuns([run(0, 100, 10), run(9, 110, 10)], { maxGap: 5 });
    expect(c?.runs[1]).toEqual({ aStart: 10, aEnd: 19, bStart: 111, bEnd: 120, length: 9 });
  });

  it('in self mode never lets side a run into side b', () => {
    expect(chainRuns([run(0, 30, 20), run(25, 50, 20)], { maxGap: 20, self: true })).toHaveLength(2);
  });
});
