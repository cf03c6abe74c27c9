import { describe, expect, it } from 'vitest';
import { canonicalLabel, labelBefore } from './labels';

function labelOf(text: string, number: string): string | null {
  return labelBefore(text, text.indexOf(number), 0);
}

describe('labelBefore', () => {
  it.each([
    ['全年预算数3,363.37万元', '3,363.37', '全年预算数'],
    ['本部门一般公共预算财政拨款支出全年预算数3,363.37万元', '3,363.37', '全年预算数'],
    ['支出按功能分类：一般公共服务支出2,022.35万元', '2,022.35', '一般公共服务支出'],
    ['万元；教育支出：18.30万元', '18.30', '教育支出'],
    ['支出按支出性质分类：基本支出：2,586.53万元', '2,586.53', '基本支出'],
    ['全年执行数2,760.71万元，完成全年预算的82.1%', '82.1', '完成全年预算'],
    ['456件，立案率为65.8%', '65.8', '立案率'],
    ['693件，经审查立案456件', '456', '立案'],
    ['全年共征集提案693件', '693', '征集提案'],
    ['执行数是24.99万元', '24.99', '执行数'],
    ['其中，有10余篇', '10', null],
    ['合计 2165.98 153.56', '2165.98', '合计'],
    ['全年共计组织学习活动35次', '35', '组织学习活动'],
    ['会议出席率 会议出席率 85%', '85', '会议出席率'],
    ['1.专项工作费预算完成率为99.63%', '99.63', '专项工作费预算完成率'],
  ])('%s → %s', (text, number, label) => expect(labelOf(text, number)).toBe(label));

  it('never reaches before minStart', () => {
    const t = '合计 2165.98 153.56';
    expect(labelBefore(t, t.indexOf('153.56'), t.indexOf('153.56') - 1)).toBeNull();
  });
});

describe('canonicalLabel', () => {
  it.each([
    ['全年预算数', 'budget.adjusted'],
    ['预算数', 'budget.adjusted'],
    ['调整后预算数', 'budget.adjusted'],
    ['年度预算', 'budget.adjusted'],
    ['年初预算', 'budget.initial'],
    ['整体支出年初预算数', 'budget.initial'],
    ['整体支出预算调整数', 'budget.adjustment'],
    ['执行数', 'execution'],
    ['全年执行数', 'execution'],
    ['实际支出', 'execution'],
    ['整体年度实际支出数', 'execution'],
    ['执行率', 'executionRate'],
    ['预算完成率', 'executionRate'],
    ['预算执行率', 'executionRate'],
    ['完成全年预算', 'executionRate'],
    ['调整率', 'adjustmentRate'],
    ['预算调整率', 'adjustmentRate'],
    ['基本支出', 'byNature.basic'],
    ['项目支出', 'byNature.project'],
    ['一般公共服务支出', 'byFunction:一般公共服务'],
    ['社会保障和就业支出', 'byFunction:社会保障和就业'],
    ['基本支出预算数', 'byNature.basic/budget.adjusted'],
    ['项目支出执行率', 'byNature.project/executionRate'],
    ['自评得分', 'selfScore'],
    ['部门整体支出绩效自评', 'selfScore'],
    ['自评评分', 'selfScore'],
    ['得分', 'selfScore'],
  ])('%s → %s', (label, key) => expect(canonicalLabel(label)).toBe(key));

  it.each([
    ['专项工作费预算完成率', 'project:专项工作费/executionRate'],
    ['文史工作经费全年预算数', 'project:文史工作经费/budget.adjusted'],
    ['政协民生平台专项预算完成率', 'project:政协民生平台专项/executionRate'],
    ['党建工委工作经费项目全年预算数', 'project:党建工委工作经费项目/budget.adjusted'],
  ])('%s → %s', (label, key) => expect(canonicalLabel(label)).toBe(key));

  // 经费全年预算数: a label cut short by a numeral inside the name (征集二期经费) names no project
  it.each(['立案率', '征集提案', '一般公共预算', '合计', '工作人员支出', '经费全年预算数', '资金执行数'])('%s → null', (label) => expect(canonicalLabel(label)).toBeNull());
  it('handles empty input', () => expect(canonicalLabel(null)).toBeNull());
});

describe('canonicalLabel: the department’s self-score under its name', () => {
  it.each(['某县卫生健康局单位整体支出绩效自评得分', '本单位整体绩效自评得分', '某县卫生健康局绩效自评得分', '某区政务服务中心自评总分'])('%s → selfScore', (label) =>
    expect(canonicalLabel(label)).toBe('selfScore'),
  );
  it.each(['乡镇卫生院设备更新项目绩效自评得分', '法律援助经费自评得分', '某县卫生健康局重点工程绩效得分', '考核满意度自评得分'])('%s → not the department’s', (label) =>
    expect(canonicalLabel(label)).not.toBe('selfScore'),
  );
});
