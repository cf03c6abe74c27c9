import { describe, expect, it } from 'vitest';
import { barrierWithin, cutRuns, nextBarrier, prevBarrier, sectionBarriers } from './barriers';
import { BRK_SECTION, buildMatchView } from './match-text';

describe('section barriers', () => {
  // paragraphs 甲乙丙 | (heading skipped) | 丁戊己 | (blank line only) | 庚辛
  const src = '甲乙丙\n（二）标题\n丁戊己\n\n庚辛';
  const v = buildMatchView(src, [
    { start: 0, end: 3 },
    { start: 10, end: 13 },
    { start: 15, end: 17 },
  ]);

  it('are region edges with skipped non-blank text behind them', () => {
    expect(v.text).toBe('甲乙丙丁戊己庚辛');
    expect([...sectionBarriers(v)]).toEqual([3]);
    expect((v.brk[6] as number) & BRK_SECTION).toBe(0);
  });

  it('answer range and neighbour queries', () => {
    const bs = Int32Array.from([3, 10]);
    expect(barrierWithin(bs, 0, 2)).toBe(false);
    expect(barrierWithin(bs, 3, 3)).toBe(true);
    expect(barrierWithin(bs, 4, 9)).toBe(false);
    expect(nextBarrier(bs, 4, 99)).toBe(10);
    expect(nextBarrier(bs, 11, 99)).toBe(99);
    expect(prevBarrier(bs, 9, 0)).toBe(3);
    expect(prevBarrier(bs, 2, 0)).toBe(0);
  });

  it('cut runs crossing a barrier on either side', () => {
    const run = { aStart: 0, aEnd: 20, bStart: 30, bEnd: 50, length: 20 };
    expect(cutRuns([run], Int32Array.from([8]), Int32Array.from([45]), 3)).toEqual([
      { aStart: 0, aEnd: 8, bStart: 30, bEnd: 38, length: 8 },
      { aStart: 8, aEnd: 15, bStart: 38, bEnd: 45, length: 7 },
      { aStart: 15, aEnd: 20, bStart: 45, bEnd: 50, length: 5 },
    ]);
    expect(cutRuns([run], Int32Array.from([0, 20]), new Int32Array(0), 3)).toEqual([run]);
  });
});
