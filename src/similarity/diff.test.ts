import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffStrings, equalCount, type DiffSegment } from './diff';

function lcs(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i]![j] = a[i - 1] === b[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
  return dp[a.length]![b.length]!;
}

function apply(a: string, b: string, segs: DiffSegment[]) {
  let ra = '';
  let rb = '';
  let i = 0;
  let j = 0;
  for (const s of segs) {
    expect(s.aFrom).toBe(i);
    expect(s.bFrom).toBe(j);
    if (s.op === 'equal') expect(a.slice(s.aFrom, s.aTo)).toBe(b.slice(s.bFrom, s.bTo));
    if (s.op !== 'insert') ra += a.slice(s.aFrom, s.aTo);
    if (s.op !== 'delete') rb += b.slice(s.bFrom, s.bTo);
    i = s.aTo;
    j = s.bTo;
  }
  expect(ra).toBe(a);
  expect(rb).toBe(b);
}

const str = fc.string({ unit: fc.constantFrom(...'甲乙丙丁戊'), maxLength: 40 });

describe('diffStrings', () => {
  it('is a valid, minimal edit script (equal chars = LCS length)', () => {
    fc.assert(
      fc.property(str, str, (a, b) => {
        const segs = diffStrings(a, b);
        apply(a, b, segs);
        expect(equalCount(segs)).toBe(lcs(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('shows a prefix insertion and a changed char', () => {
    expect(diffStrings('始终把加强', '我们始终把加强').map((s) => s.op)).toEqual(['insert', 'equal']);
    const segs = diffStrings('我委荣获奖项', '我委获奖项');
    expect(segs.map((s) => s.op)).toEqual(['equal', 'delete', 'equal']);
    expect(segs[1]).toMatchObject({ aFrom: 2, aTo: 3 });
  });

  it('orders a delete before an insert at a replacement', () => {
    const segs = diffStrings('预算数50万元', '预算数31万元');
    expect(segs.map((s) => s.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
  });

  it('falls back to a coarse but valid script beyond maxEdits', () => {
    const a = '甲乙丙丁戊'.repeat(20);
    const b = '戊丁丙乙甲'.repeat(20);
    const segs = diffStrings(a, b, 5);
    apply(a, b, segs);
  });
});
