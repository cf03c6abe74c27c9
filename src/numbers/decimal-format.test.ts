import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, roundHalfUp } from './decimal-format';

describe('roundHalfUp', () => {
  it('rounds 14590.86 ÷ 14869.67 × 100 to 98.12 (98.12497…), not 98.13', () => {
    const rate = new Decimal('14590.86').div('14869.67').times(100);
    expect(rate.toString().startsWith('98.12497')).toBe(true);
    expect(roundHalfUp(rate, 2).equals(new Decimal('98.12'))).toBe(true);
    expect(formatDecimal(rate, 2, false)).toBe('98.12');
  });

  it('rounds 2287.19 ÷ (2165.98 + 153.56) × 100 to 98.61 and 153.56 ÷ 2165.98 to 7.09', () => {
    const rate = new Decimal('2287.19').div(new Decimal('2165.98').plus('153.56')).times(100);
    expect(formatDecimal(rate, 2, false)).toBe('98.61');
    expect(formatDecimal(new Decimal('153.56').div('2165.98').times(100), 2, false)).toBe('7.09');
  });

  it('rounds exact halves away from zero', () => {
    expect(roundHalfUp('98.125', 2).toString()).toBe('98.13');
    expect(roundHalfUp('0.5', 0).toString()).toBe('1');
    expect(roundHalfUp('-2.5', 0).toString()).toBe('-3');
    expect(roundHalfUp('65.80', 1).toString()).toBe('65.8');
  });
});

describe('formatDecimal', () => {
  it('writes thousands separators and keeps trailing zeros', () => {
    expect(formatDecimal(new Decimal('2760.71'), 2, true)).toBe('2,760.71');
    expect(formatDecimal(new Decimal('3363.37'), 2, false)).toBe('3363.37');
    expect(formatDecimal(new Decimal('100'), 1, false)).toBe('100.0');
    expect(formatDecimal(new Decimal('1234567'), 0, true)).toBe('1,234,567');
    expect(formatDecimal(new Decimal('-1234.5'), 2, true)).toBe('-1,234.50');
    expect(formatDecimal(new Decimal('999.995'), 2, true)).toBe('1,000.00');
    expect(formatDecimal(new Decimal('-0.001'), 2, false)).toBe('0.00');
  });

  it('round-trips any decimal with at most `d` places', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }), fc.boolean(), (n, d, sep) => {
        const v = new Decimal(n.toString()).div(new Decimal(10).pow(d));
        const s = formatDecimal(v, d, sep);
        expect(new Decimal(s.replace(/,/g, '')).equals(v)).toBe(true);
        if (d > 0) expect(s.split('.')[1]).toHaveLength(d);
        if (!sep) expect(s).not.toContain(',');
      }),
    );
  });
});
