import { describe, expect, it } from 'vitest';
import { figuresJsonSchema, parseFigures } from './figures';

const seed000 = {
  department: '中国人民政治协商会议广东省广州市花都区委员会',
  year: 2021,
  budget: { adjusted: '3,363.37' },
  execution: 2760.71,
  byFunction: [
    { name: '一般公共服务支出', amount: '2,022.35' },
    { name: '教育支出', amount: '18.30' },
  ],
  byNature: { basic: '2586.53', project: '174.18' },
  selfScore: 91.82,
  rating: '优',
};

describe('figures schema', () => {
  it('keeps amounts exact as decimal strings without separators', () => {
    const r = parseFigures(seed000);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.figures.budget.adjusted).toBe('3363.37');
    expect(r.figures.execution).toBe('2760.71');
    expect(r.figures.byFunction[1]!.amount).toBe('18.30');
    expect(r.figures.unit).toBe('万元');
    expect(r.figures.projects).toEqual([]);
  });

  it('names the failing field in Chinese', () => {
    const r = parseFigures({ ...seed000, execution: '两千万', projects: [{ name: '文史', budget: 'x', executed: 1 }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const fields = r.problems.map((p) => p.field);
    expect(fields).toContain('全年执行数');
    expect(fields).toContain('重点项目第1项的项目预算数');
    expect(r.problems.find((p) => p.path === 'execution')!.message).toMatch(/应为数字金额/);
  });

  it('reports a missing required field and an unknown rating', () => {
    const { execution: _omit, ...rest } = seed000;
    const r = parseFigures({ ...rest, rating: 'A' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'execution', message: '缺少此项' }), expect.objectContaining({ path: 'rating', field: '自评等级' })]));
  });

  it('rejects unknown top-level fields', () => {
    const r = parseFigures({ ...seed000, budjet: 1 });
    expect(r.ok).toBe(false);
  });

  it('exports a JSON Schema describing the fields', () => {
    const schema = figuresJsonSchema() as { properties: Record<string, { description?: string }> };
    expect(schema.properties.execution!.description).toContain('执行数');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['budget', 'execution', 'byFunction', 'byNature', 'projects', 'indicators', 'selfScore', 'rating']));
  });
});
