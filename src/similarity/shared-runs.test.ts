import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selfRuns, sharedRuns, type Run } from './shared-runs';
import { fingerprints } from './winnow';

const K = 4;
const W = 5;
const cjk = fc.constantFrom(...'政协委员会提案办理');

function checkExactAndMaximal(a: string, b: string, runs: Run[]) {
  for (const r of runs) {
    expect(r.length).toBe(r.aEnd - r.aStart);
    expect(r.bEnd - r.bStart).toBe(r.length);
    expect(a.slice(r.aStart, r.aEnd)).toBe(b.slice(r.bStart, r.bEnd));
  }
}

describe('sharedRuns', () => {
  it('finds a planted run of ≥ w+k−1 chars, exact and maximal', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: cjk, maxLength: 40 }),
        fc.string({ unit: cjk, maxLength: 40 }),
        fc.string({ unit: cjk, maxLength: 40 }),
        fc.string({ unit: cjk, maxLength: 40 }),
        fc.string({ unit: fc.constantFrom(...'甲乙丙丁戊己庚辛'), minLength: W + K - 1, maxLength: 30 }),
        (a1, a2, b1, b2, planted) => {
          const a = a1 + planted + a2;
          const b = b1 + planted + b2;
          const runs = sharedRuns(a, fingerprints(a, K, W), b, fingerprints(b, K, W), { k: K });
          checkExactAndMaximal(a, b, runs);
          for (const r of runs) {
            const canLeft = r.aStart > 0 && r.bStart > 0 && a[r.aStart - 1] === b[r.bStart - 1];
            const canRight = r.aEnd < a.length && r.bEnd < b.length && a[r.aEnd] === b[r.bEnd];
            expect(canLeft || canRight).toBe(false);
          }
          const ap = a1.length;
          const bp = b1.length;
          expect(runs.some((r) => r.aStart <= ap && r.aEnd >= ap + planted.length && r.bStart - r.aStart === bp - ap)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns runs sorted and respects minLength', () => {
    const a = '甲乙丙丁戊己庚辛壬癸子丑寅卯';
    const b = '天地甲乙丙丁戊己庚辛壬癸人和子丑寅卯';
    const runs = sharedRuns(a, fingerprints(a, 3, 2), b, fingerprints(b, 3, 2), { k: 3, minLength: 5 });
    expect(runs).toEqual([{ aStart: 0, aEnd: 10, bStart: 2, bEnd: 12, length: 10 }]);
  });
});

describe('selfRuns', () => {
  it('pairs each repeated passage once, a before b, never overlapping', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: cjk, maxLength: 40 }),
        fc.string({ unit: cjk, maxLength: 40 }),
        fc.string({ unit: cjk, maxLength: 40 }),
        fc.string({ unit: fc.constantFrom(...'甲乙丙丁戊己庚辛'), minLength: W + K - 1, maxLength: 30 }),
        (s1, s2, s3, planted) => {
          const s = s1 + planted + s2 + planted + s3;
          const runs = selfRuns(s, fingerprints(s, K, W), { k: K });
          checkExactAndMaximal(s, s, runs);
          for (const r of runs) expect(r.aEnd).toBeLessThanOrEqual(r.bStart);
          const keys = runs.map((r) => `${r.aStart},${r.bStart}`);
          expect(new Set(keys).size).toBe(keys.length);
          const p = s1.length;
          const q = s1.length + planted.length + s2.length;
          expect(runs.some((r) => r.aStart <= p && r.aEnd >= p + planted.length && r.bStart - r.aStart === q - p)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts a periodic stretch so a copy never overlaps itself', () => {
    const s = '甲乙丙丁甲乙丙丁甲乙丙丁';
    const runs = selfRuns(s, fingerprints(s, 2, 2), { k: 2, minLength: 4 });
    for (const r of runs) expect(r.aEnd).toBeLessThanOrEqual(r.bStart);
    expect(runs.some((r) => r.length === 4 && r.bStart - r.aStart === 4)).toBe(true);
  });

  it('ignores hashes that occur too often', () => {
    const s = '甲乙丙丁'.repeat(100);
    expect(selfRuns(s, fingerprints(s, 4, 1), { k: 4, maxOccurrences: 10 })).toEqual([]);
  });
});
