import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gramHashes } from './hash';
import { fingerprints, winnow } from './winnow';

/** Reference: every window's rightmost minimum, as a set of positions. */
function naive(h: ArrayLike<number>, w: number): number[] {
  const n = h.length;
  if (n === 0) return [];
  const win = Math.min(w, n);
  const picked = new Set<number>();
  for (let l = 0; l + win <= n; l++) {
    let m = l;
    for (let i = l; i < l + win; i++) if ((h[i] as number) <= (h[m] as number)) m = i;
    picked.add(m);
  }
  return [...picked].sort((a, b) => a - b);
}

const cjk = fc.constantFrom(...'政协委员会提案');

describe('winnow', () => {
  it('selects exactly the rightmost minimum of every window', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 80 }), fc.integer({ min: 1, max: 12 }), (h, w) => {
        expect(winnow(h, w).map((f) => f.pos)).toEqual(naive(h, w));
      }),
    );
  });

  it('handles inputs shorter than the window and rejects w < 1', () => {
    expect(winnow([5, 3, 3, 7], 10)).toEqual([{ hash: 3, pos: 2 }]);
    expect(winnow([], 4)).toEqual([]);
    expect(() => winnow([1], 0)).toThrow();
  });

  it('guarantee: a planted shared run of w + k − 1 chars yields a shared fingerprint', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 12 }),
        fc.string({ unit: cjk, maxLength: 60 }),
        fc.string({ unit: cjk, maxLength: 60 }),
        fc.string({ unit: cjk, maxLength: 60 }),
        fc.string({ unit: cjk, maxLength: 60 }),
        fc.string({ unit: cjk, minLength: 20, maxLength: 20 }),
        (k, w, a1, a2, b1, b2, planted) => {
          const shared = planted.repeat(2).slice(0, w + k - 1);
          const a = a1 + shared + a2;
          const b = b1 + shared + b2;
          const fa = new Set(fingerprints(a, k, w).map((f) => f.hash));
          expect(fingerprints(b, k, w).some((f) => fa.has(f.hash))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps density near 2/(w+1) on random text', () => {
    const s = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 3001) + (i % 13))).join('');
    const w = 10;
    const d = fingerprints(s, 6, w).length / gramHashes(s, 6).length;
    expect(d).toBeGreaterThan(1.5 / (w + 1));
    expect(d).toBeLessThan(2.5 / (w + 1));
  });
});
