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

describe('number/figures-mismatch: scores, project tables, indicator rows, headings', () => {
  const base: Figures = {
    unit: '万元',
    budget: { adjusted: '900.00' },
    execution: '880.00',
    selfScore: '90.00',
    byFunction: [],
    projects: [
      { name: '乡镇卫生院设备更新项目', budget: '120.00', executed: '118.40' },
      { name: '办公楼物业管理费', budget: '36.00', executed: '35.10' },
    ],
    indicators: [{ name: '调解矛盾纠纷件数', target: '≥120件', actual: '149件' }],
  };
  const quotes = async (text: string) => (await runRule(figuresMismatch, text, { figures: base })).map((f) => `${f.messageId}/${f.severity}: ${f.quote}`);

  it('reads the self-score written after the department’s name', async () => {
    expect(await quotes('综合评定，某县卫生健康局单位整体支出绩效自评得分为88.00分。')).toEqual(['figureMismatch/error: 88.00分']);
    expect(await quotes('综合评定，某县卫生健康局部门整体自评得分90.00分。')).toEqual([]);
    // a project's own score is not the department's
    expect(await quotes('乡镇卫生院设备更新项目绩效自评得分为84.00分。')).toEqual([]);
  });

  it('compares the rows of a project table with the file’s projects', async () => {
    const table = (x: string) => `四、项目情况\n项目 | 预算数（万元） | 执行数（万元）\n乡镇卫生院设备更新项目 | 120.00 | ${x}\n办公楼物业管理费 | 36.00 | 35.10\n合计 | 156.00 | 153.50`;
    expect(await quotes(table('118.40'))).toEqual([]);
    expect(await quotes(table('181.40'))).toContain('figureMismatch/error: 181.40');
  });

  it('reads an indicator row whose target cell starts with a comparator', async () => {
    const text = (x: string) => `二、绩效指标完成情况\n指标名称 年度指标值 实际完成值\n调解矛盾纠纷件数 ≥120件 ${x}`;
    expect(await quotes(text('149件'))).toEqual([]);
    expect(await quotes(text('194件'))).toEqual(['indicatorMismatch/error: 194件']);
  });

  it('takes a far-off narrative count for the actual only when its digits are mistyped', async () => {
    // 419 for 149: a transposition, though almost three times the actual
    expect(await quotes('全年调解矛盾纠纷419件，化解率100%。')).toEqual(['indicatorMismatch/warning: 419件']);
    // 1,020 is another figure under similar words, not the actual mistyped
    expect(await quotes('累计调解矛盾纠纷1,020件。')).toEqual([]);
  });

  it('scopes a heading that is only an expense line’s name', async () => {
    const text = (x: string) => `（三）重点项目支出情况\n2．办公楼物业管理费\n本年度到位资金36.00万元，支出${x}万元，结余按规定收回。`;
    expect(await quotes(text('35.10'))).toEqual([]);
    expect(await quotes(text('31.50'))).toEqual(['figureMismatch/warning: 31.50万元']);
  });
});
