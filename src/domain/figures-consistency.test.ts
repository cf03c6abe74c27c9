import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFigures, type Figures } from '../model/figures';
import { fixturePath } from '../../test/seeds';
import { figuresProblems } from './figures-consistency';

function figures(name: string): Figures {
  const r = parseFigures(JSON.parse(readFileSync(fixturePath('figures', `${name}.json`), 'utf8')));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.figures;
}

const ids = (f: Figures) => figuresProblems(f).map((p) => `${p.severity} ${p.path} ${p.messageId}`);

describe('figuresProblems', () => {
  it('accepts the seeds’ figures files (002 keeps its rounding-level 0.01)', () => {
    expect(ids(figures('000'))).toEqual([]);
    expect(ids(figures('001'))).toEqual([]);
    expect(ids(figures('004'))).toEqual([]);
    expect(ids(figures('002'))).toEqual(['warning byFunction byFunctionSum']);
  });

  it('reports a file that does not add up, per field, with the expression', () => {
    const problems = figuresProblems(figures('000-wrong'));
    expect(problems.map((p) => `${p.severity} ${p.path} ${p.messageId}`)).toEqual(['warning byNature byNatureSum', 'error byFunction byFunctionSum']);
    expect(problems[0]).toMatchObject({
      field: '支出按性质分类',
      message: '基本支出 2586.53 + 项目支出 174.18 = 2760.71，与全年执行数 2760.70 不一致（相差 0.01，属尾数舍入级差异）',
      evidence: { stated: '2760.70', computed: '2760.71', difference: '0.01' },
    });
    expect(problems[1]!.evidence).toMatchObject({ computed: '2760.44', difference: '0.26' });
  });

  it('checks rating, score range, projects and duplicates', () => {
    const base = figures('000');
    expect(ids({ ...base, rating: '良' })).toEqual(['error rating ratingMismatch']);
    expect(ids({ ...base, selfScore: '101' })).toEqual(['error selfScore scoreOutOfRange']);
    expect(ids({ ...base, projects: [{ name: '文史工作经费', budget: '50', executed: '3000' }] })).toEqual(['warning projects.0.executed projectOverBudget', 'error projects projectsExceedExecution']);
    expect(ids({ ...base, execution: '3400', byFunction: [], byNature: undefined })).toEqual(['warning execution executionOverBudget']);
    expect(ids({ ...base, byFunction: [...base.byFunction, { name: '教育支出', amount: '0' }] })).toContain('warning byFunction.5.name duplicateName');
    expect(ids({ ...base, budget: { adjusted: '0' } })).toContain('error budget.adjusted nonPositiveBudget');
  });

  it('gives every problem its rule id, and checks what is filled in of a partial file (the drafter’s, the page’s)', () => {
    const p = figuresProblems({ execution: '12', byNature: { basic: '4', project: '5' } });
    expect(p.map((x) => `${x.ruleId} ${x.severity}`)).toEqual(['figures/byNatureSum error']);
    expect(figuresProblems({ selfScore: '89.99', rating: '优' }).map((x) => x.ruleId)).toEqual(['figures/ratingMismatch']);
    // amounts typed with separators are read; a field that is not a number yet is skipped
    expect(
      figuresProblems({
        execution: '2,760.71',
        byFunction: [
          { name: '甲', amount: '2,000.00' },
          { name: '乙', amount: '760.71' },
        ],
      }),
    ).toEqual([]);
    expect(figuresProblems({ execution: '12.', byFunction: [{ name: '甲', amount: '5' }] })).toEqual([]);
    expect(figuresProblems({})).toEqual([]);
  });
});
