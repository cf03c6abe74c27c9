import { describe, expect, it } from 'vitest';
import { decimalsOf, parseDecimal, percentOf, show, sum } from './decimal';
import { executionRateBand, isLowExecutionRate } from './thresholds';

describe('exact decimals', () => {
  it('parses what people type and refuses the rest', () => {
    expect(parseDecimal('3,363.37')!.toString()).toBe('3363.37');
    expect(parseDecimal(' 18.30 ')!.toFixed(2)).toBe('18.30');
    expect(parseDecimal(2760.71)!.toString()).toBe('2760.71');
    expect(['', '12a', '1e5', '--1', null, undefined, {}].map(parseDecimal)).toEqual([null, null, null, null, null, null, null]);
  });

  it('adds, divides and shows exactly, rounding half up at the stated precision', () => {
    expect(show(sum(['0.1', '0.2']), 2)).toBe('0.30');
    expect(sum(['2022.35', '18.30', '500.93', '18.62', '200.51']).toString()).toBe('2760.71');
    // seed 001: 14590.86 ÷ 14869.67 = 98.12497…% → 98.12 (a float can round 98.125 the wrong way)
    expect(show(percentOf('14590.86', '14869.67')!, 2)).toBe('98.12');
    expect(show('2760.705', 2, true)).toBe('2,760.71');
    expect(percentOf('1', '0')).toBeNull();
    expect(decimalsOf('18.30')).toBe(2);
  });

  it('places execution rates against the 90% and 95% lines, exactly', () => {
    expect([isLowExecutionRate('89.999999999999999999999'), isLowExecutionRate('90')]).toEqual([true, false]);
    expect(['80.2', '90', '94.99', '95'].map(executionRateBand)).toEqual(['low', 'fair', 'fair', 'good']);
  });
});
