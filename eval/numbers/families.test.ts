import { describe, expect, it } from 'vitest';
import { parseFigures } from '../../src/model/figures';
import { figuresProblems } from '../../src/domain';
import { FAMILIES, familyCases, transpose } from './families';
import { changedSpan } from './families-eval';

describe('phrasing families', () => {
  it('transposes the first two different adjacent digits of the integer part', () => {
    expect(transpose('184.12')).toBe('814.12');
    expect(transpose('1,562')).toBe('5,162');
    expect(transpose('463')).toBe('643');
    expect(transpose('1,100.50')).toBe('1,010.50');
    expect(transpose('333')).toBe('336');
  });

  it('has at least 8 families per relation', () => {
    const per = new Map<string, number>();
    for (const f of FAMILIES) per.set(f.relation, (per.get(f.relation) ?? 0) + 1);
    expect([...per.keys()].sort()).toEqual(['figures', 'growth', 'rate', 'restatement', 'sum']);
    for (const [rel, n] of per) expect(n, rel).toBeGreaterThanOrEqual(8);
  });

  it('writes each defect as one local change into a text whose figures file is valid and consistent', () => {
    const cases = familyCases(3);
    expect(cases).toHaveLength(FAMILIES.length * 3);
    for (const c of cases) {
      expect(c.bad, c.id).not.toBe(c.clean);
      const span = changedSpan(c.clean, c.bad);
      expect(span.end - span.start, `${c.id}: change of ${span.end - span.start} chars`).toBeLessThan(40);
      const r = parseFigures(c.figures);
      expect(r.ok, c.id).toBe(true);
      if (r.ok)
        expect(
          figuresProblems(r.figures).filter((p) => p.severity === 'error'),
          c.id,
        ).toEqual([]);
    }
  });

  it('is deterministic', () => {
    expect(familyCases(2)).toEqual(familyCases(2));
  });
});
