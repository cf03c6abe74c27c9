import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../../check/rule-tester';
import { parseFigures, type Figures } from '../../model/figures';
import { fixturePath } from '../../../test/seeds';
import { figuresMismatch } from './figures-mismatch';

function figures(name: string): Figures {
  const r = parseFigures(JSON.parse(readFileSync(fixturePath('figures', `${name}.json`), 'utf8')));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.figures;
}
const seed = (id: string) => readFileSync(fixturePath('seeds', `${id}.txt`), 'utf8');

describe('number/figures-mismatch', () => {
  it.each(['000', '001', '002', '004'])('seed %s agrees with its figures file', async (id) => {
    const found = await runRule(figuresMismatch, seed(id), { figures: figures(id) });
    expect(found.map((f) => `${f.messageId}: ${f.quote}`)).toEqual([]);
  });

  it('names the field a narrative amount contradicts', async () => {
    const f000 = figures('000');
    await testRule(figuresMismatch, {
      valid: [],
      invalid: [
        {
          text: seed('000'),
          figures: figures('000-wrong'),
          errors: [
            { messageId: 'figureMismatch', severity: 'error', quote: '2,760.71万元', evidence: { path: 'execution', field: '全年执行数', stated: '2,760.71', figure: '2,760.70' } },
            { messageId: 'figureMismatch', quote: '18.30万元', evidence: { path: 'byFunction.1.amount', field: '支出按功能分类‘教育支出’' } },
          ],
        },
        {
          text: seed('000').replace('2,022.35 万元', '2,202.35 万元'),
          figures: f000,
          errors: [{ messageId: 'figureMismatch', quote: '2,202.35万元', evidence: { path: 'byFunction.0.amount', rounded: '2,022.35' } }],
        },
        {
          // a project's figure stated where the basic expenditure belongs
          text: seed('000').replace('基本支出：2,586.53 万元；项目支出：174.18 万元', '基本支出：174.18 万元；项目支出：2,586.53 万元'),
          figures: f000,
          errors: [
            { messageId: 'figureInOtherField', quote: '174.18万元', evidence: { path: 'byNature.basic', otherPath: 'byNature.project' } },
            { messageId: 'figureInOtherField', quote: '2,586.53万元', evidence: { path: 'byNature.project', otherPath: 'byNature.basic' } },
          ],
        },
        {
          text: seed('000'),
          figures: { ...f000, budget: { adjusted: '3000.00' } },
          errors: [
            { messageId: 'figureMismatch', quote: '3,363.37万元', evidence: { path: 'budget.adjusted' } },
            { messageId: 'figureMismatch', quote: '82.1%', evidence: { path: 'execution÷budget.adjusted', field: '预算执行率', rounded: '92.0%' } },
          ],
        },
        {
          text: seed('000'),
          figures: { ...f000, projects: [{ name: '文史工作经费', budget: '60', executed: '50' }], selfScore: '92.82', rating: '优' },
          errors: [
            { messageId: 'figureMismatch', quote: '91.82分', evidence: { path: 'selfScore' } },
            { messageId: 'figureMismatch', quote: '50万元', evidence: { path: 'projects.0.budget', field: '重点项目‘文史工作经费’的项目预算数' } },
            { messageId: 'figureMismatch', quote: '100.0%', evidence: { path: 'projects.0.executed÷projects.0.budget', rounded: '83.3%' } },
          ],
        },
        {
          text: seed('000'),
          figures: { ...f000, rating: '良', selfScore: undefined },
          errors: [{ messageId: 'ratingMismatch', quote: '优', evidence: { path: 'rating', figure: '良' } }],
        },
        {
          text: seed('004'),
          figures: { ...figures('004'), execution: '2278.19' },
          errors: [
            { messageId: 'figureMismatch', quote: '2287.19', evidence: { path: 'execution', field: '全年执行数' } },
            { messageId: 'figureMismatch', quote: '98.61%', evidence: { field: '预算执行率' } },
          ],
        },
        {
          text: seed('004'),
          figures: { ...figures('004'), indicators: [{ name: '接待团组批数', target: '5批', actual: '3批' }] },
          errors: [{ messageId: 'indicatorMismatch', quote: '1批次', evidence: { path: 'indicators.0.actual', field: '绩效指标‘接待团组批数’的实际完成值', figure: '3批' } }],
        },
      ],
    });
  });
});

describe('number/figures-mismatch: projects and indicators in running text', () => {
  const base: Figures = {
    unit: '万元',
    budget: { adjusted: '900.00' },
    execution: '880.00',
    byFunction: [],
    projects: [{ name: '农村饮水安全巩固提升项目', budget: '240.00', executed: '236.15' }],
    indicators: [{ name: '新建改建供水工程处数', target: '≥30处', actual: '34处' }],
  };
  it('compares a project paragraph and a narrative indicator with the file', async () => {
    await testRule(figuresMismatch, {
      valid: [],
      invalid: [
        {
          // the project named at the head of its item; its executed amount has transposed digits
          text: '（三）各重点任务项目支出完成情况分析\n（1）农村饮水安全巩固提升项目：全年预算数240.00万元，执行数236.51万元。\n（四）主要工作成效\n全年新建改建供水工程43处，完成年度目标。',
          figures: base,
          errors: [
            { messageId: 'figureMismatch', severity: 'error', quote: '236.51万元', evidence: { path: 'projects.0.executed' } },
            { messageId: 'indicatorMismatch', severity: 'warning', quote: '43处', evidence: { path: 'indicators.0.actual' } },
          ],
        },
        {
          // named only in the heading above: the subject is inferred, so a warning
          text: '（三）各重点任务项目支出完成情况分析\n1.农村饮水安全巩固提升项目\n本年度预算数240.00万元，执行数236.51万元。',
          figures: base,
          errors: [{ messageId: 'figureMismatch', severity: 'warning', quote: '236.51万元' }],
        },
      ],
    });
    // a project's figures are never compared with the department's
    const ok = await runRule(figuresMismatch, '（三）各重点任务项目支出完成情况分析\n（1）农村饮水安全巩固提升项目：全年预算数240.00万元，执行数236.15万元。\n全年新建改建供水工程34处。', { figures: base });
    expect(ok).toEqual([]);
  });
});
