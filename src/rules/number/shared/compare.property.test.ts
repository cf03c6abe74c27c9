import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agree, agreeRatio, agreeRestated, exact, roundHalfUp, ulp } from '../../../domain';
import { grim } from './grim';

/** A decimal with up to six decimals, from integer parts (no binary float involved). */
const decimal = fc.tuple(fc.bigInt({ min: 0n, max: 10_000_000_000n }), fc.integer({ min: 0, max: 6 })).map(([n, d]) => new Decimal(n.toString()).div(new Decimal(10).pow(d)));

describe('comparing at the stated precision', () => {
  it('a value rounded half up to d decimals always matches the exact value', () => {
    fc.assert(fc.property(decimal, fc.integer({ min: 0, max: 4 }), (x, d) => agree(roundHalfUp(x, d), d, x) === 'match'));
  });

  it('one unit off in the last place is rounding level; two or more is a mismatch', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 2, max: 1000 }), (x, d, k) => {
        const r = roundHalfUp(x, d);
        const offByOne = agree(r.plus(ulp(d)), d, x);
        const offByK = agree(r.plus(ulp(d).times(k)), d, x);
        return offByOne !== 'match' && offByK === 'mismatch';
      }),
    );
  });

  it('slack from rounded components widens rounding level, never match', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 1, max: 10 }), (x, n) => {
        const slack = ulp(2).div(2).times(n);
        const stated = roundHalfUp(x, 2).plus(slack);
        return agree(stated, 2, x, slack) !== 'mismatch';
      }),
    );
  });

  it('a rate is recomputed exactly: 14590.86 ÷ 14869.67 = 98.12497…% is 98.12, not 98.13', () => {
    const { agreement, computed } = agreeRatio(new Decimal('98.12'), 2, { value: new Decimal('14590.86'), decimals: 2 }, { value: new Decimal('14869.67'), decimals: 2 });
    expect(agreement).toBe('match');
    expect(computed.toFixed(6)).toBe('98.124975');
  });

  it('restatements compare at the coarser precision and symmetrically', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), (x, d1, d2) => {
        const a = { value: roundHalfUp(x, d1 + d2), decimals: d1 + d2 };
        const b = { value: roundHalfUp(a.value, d1), decimals: d1 };
        return agreeRestated(a, b) === 'match' && agreeRestated(b, a) === 'match';
      }),
    );
    expect(agreeRestated({ value: new Decimal('2760.71'), decimals: 2 }, { value: new Decimal('2760.70'), decimals: 2 })).toBe('mismatch');
  });
});

describe('GRIM', () => {
  it('every k/N rounded to the stated precision is reachable', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 2 }), fc.nat(), (n, d, seed) => {
        const k = seed % (n + 1);
        const p = roundHalfUp(exact(k).div(n).times(100), d);
        return grim(p, d, n).reachable;
      }),
    );
  });

  it('68.6% of 105 is reachable (72/105), 68.7% is not', () => {
    expect(grim(new Decimal('68.6'), 1, 105)).toMatchObject({ informative: true, reachable: true });
    expect(grim(new Decimal('68.7'), 1, 105)).toMatchObject({ informative: true, reachable: false });
    expect(grim(new Decimal('33.3'), 1, 5728).informative).toBe(false);
  });
});
