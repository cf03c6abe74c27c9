import { describe, expect, it } from 'vitest';
import { indicatorCounts, readIndicators } from './indicators';

const read = (target: string, actual?: string) => readIndicators({ indicators: [{ name: '指标', target, ...(actual !== undefined ? { actual } : {}) }] })[0]!;

describe('readIndicators', () => {
  it('judges an actual against its target', () => {
    expect(read('6次', '13次').status).toBe('exceeded');
    expect(read('4人', '4人').status).toBe('met');
    expect(read('95%以上', '95%以上').status).toBe('met');
    expect(read('85%').status).toBe('no-actual');
    expect(read('逐步提高', '有所提高').status).toBe('unquantified');
  });

  it('a shortfall carries the gap in the target’s unit and the completion ratio (seed 004: 5批 vs 1批次)', () => {
    const r = read('5批', '1批次');
    expect(r.status).toBe('below');
    expect(r.gap!.value.toString()).toBe('4');
    expect(r.gap!.unit).toBe('批');
    expect(r.completion!.toString()).toBe('20');
  });

  it('a percentage shortfall is a gap in points, with no completion ratio', () => {
    const r = read('95%', '90.5%');
    expect(r.gap).toMatchObject({ kind: 'percent' });
    expect(r.gap!.value.toString()).toBe('4.5');
    expect(r.completion).toBeUndefined();
  });

  it('for an upper bound, above the target is the shortfall', () => {
    expect(read('投诉率不高于5%', '3%').status).toBe('exceeded');
    const r = read('≤5%', '8%');
    expect(r.direction).toBe('lower');
    expect(r.status).toBe('below');
  });

  it('counts by status', () => {
    const rs = readIndicators({
      indicators: [
        { name: 'a', target: '1次', actual: '1次' },
        { name: 'b', target: '2次', actual: '1次' },
        { name: 'c', target: '好' },
      ],
    });
    expect(indicatorCounts(rs)).toEqual({ total: 3, reported: 2, met: 1, below: 1, missing: 0, unquantified: 1 });
  });
});
