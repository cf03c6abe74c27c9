import { describe, expect, it } from 'vitest';
import { draftValid, parseDraftInput, templateProvider } from '..';
import { seedRequest } from '../test-requests';

const draft = async (input: unknown) => {
  const d = await draftValid(parseDraftInput(input), { provider: templateProvider });
  const get = (k: string) => d.sections.find((s) => s.kind === k)!.text.split('\n');
  return { problems: get('problems'), measures: get('measures') };
};

describe('存在的主要问题 from the data', () => {
  it('a low execution rate comes first, with the rate and the unspent amount (seed 000)', async () => {
    const { problems } = await draft(seedRequest('000'));
    expect(problems[0]).toMatch(/^（一）预算执行/);
    expect(problems[0]).toContain('82.1%');
    expect(problems[0]).toContain('602.66万元');
    expect(problems.slice(1).join('')).toContain('各部门对绩效管理的认识和理解还不够到位');
  });

  it('ranked by weight: the indicator shortfall, the adjustment rate, the hint, then the missing actuals (seed 004)', async () => {
    const { problems } = await draft(seedRequest('004'));
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('接待团组批数仅完成1批次，与5批的年度目标相差4批，完成率为20%');
    expect(problems[1]).toContain('7.09%');
    expect(problems[2]).toBe('（三）资金使用效益需进一步提升，加强计划性用款。');
    expect(problems[3]).toContain('设置的14项绩效指标中，有9项未填报实际完成值');
  });

  it('a hint on the same topic is merged into the derived problem (seed 002: 事中监管 joins the execution rate)', async () => {
    const { problems } = await draft(seedRequest('002'));
    expect(problems[0]).toContain('80.2%');
    expect(problems[0]).toContain('对预算执行过程事中监管不够。');
    expect(problems).toHaveLength(2);
  });

  it('projects executed below 90 % and targets written in words are problems too', async () => {
    const { problems, measures } = await draft({
      figures: {
        budget: { adjusted: '100' },
        execution: '96',
        projects: [{ name: '信息化运维', budget: '40', executed: '30' }],
        indicators: [{ name: '群众满意度', target: '逐步提高' }],
      },
    });
    expect(problems.join('')).toContain('信息化运维预算执行率仅为75%，10万元未能按计划支出');
    expect(problems.join('')).toContain('群众满意度“逐步提高”');
    expect(measures.join('')).toContain('督促信息化运维按照项目实施计划推进');
    expect(measures.join('')).toContain('将群众满意度定性指标转化为可衡量、可考核的量化指标');
  });

  it('each measure answers its problem, in the same order', async () => {
    const { problems, measures } = await draft(seedRequest('004'));
    expect(measures).toHaveLength(problems.length);
    expect(measures[0]).toContain('接待团组批数');
    expect(measures[1]).toMatch(/预算/);
    expect(measures[2]).toContain('合理安排使用资金');
    expect(measures[3]).toContain('9项指标');
  });

  it('two departments with different figures get different problems (not interchangeable boilerplate)', async () => {
    const a = (await draft(seedRequest('000'))).problems.join('');
    const b = (await draft(seedRequest('004'))).problems.join('');
    expect(a).not.toEqual(b);
    expect(a).toContain('602.66万元');
    expect(b).not.toContain('602.66万元');
  });

  it('with nothing wrong in the data and no hints, it says so instead of inventing problems', async () => {
    const { problems, measures } = await draft({ figures: { budget: { adjusted: '100' }, execution: '100', indicators: [{ name: '会议次数', target: '4次', actual: '4次' }] } });
    expect(problems).toEqual(['对照本年度预算执行和绩效目标完成情况，全年预算执行率100%，设置的1项绩效指标均达到或超过目标，未发现突出问题，但预算绩效管理的精细化程度仍有提升空间。']);
    expect(measures).toHaveLength(1);
  });

  it('spending beyond the budget is the first problem', async () => {
    const { problems } = await draft({ figures: { budget: { adjusted: '100' }, execution: '103.5' } });
    expect(problems[0]).toBe('（一）支出超出调整后预算。全年执行数103.5万元，超出调整后预算3.5万元，预算约束有待加强。');
  });

  it('群众投诉率 target 5%, actual 3% is met (lower is better): no shortfall problem, the indicators section says so', async () => {
    const figures = (actual: string) => ({ budget: { adjusted: '100' }, execution: '100', indicators: [{ name: '群众投诉率', target: '5%', actual }] });
    const met = await draftValid(parseDraftInput({ figures: figures('3%') }), { provider: templateProvider });
    const text = (d: typeof met, k: string) => d.sections.find((s) => s.kind === k)!.text;
    expect(text(met, 'problems')).not.toMatch(/仅完成|相差|未达到/);
    expect(text(met, 'problems')).toContain('设置的1项绩效指标均达到或超过目标');
    expect(text(met, 'indicators')).toContain('群众投诉率目标5%，实际达到3%，优于目标');
    const over = await draftValid(parseDraftInput({ figures: figures('8%') }), { provider: templateProvider });
    expect(text(over, 'problems')).toContain('群众投诉率实际为8%，超出5%的年度目标3个百分点');
    expect(text(over, 'problems')).not.toContain('仅完成');
    expect(text(over, 'indicators')).toContain('超出目标3个百分点');
  });

  it('an indicator whose direction cannot be told (成本降低率) is stated, not judged', async () => {
    const d = await draftValid(parseDraftInput({ figures: { budget: { adjusted: '100' }, execution: '100', indicators: [{ name: '成本降低率', target: '5%', actual: '3%' }] } }), { provider: templateProvider });
    const problems = d.sections.find((s) => s.kind === 'problems')!.text;
    expect(problems).not.toMatch(/成本降低率|均达到或超过目标/);
    expect(d.sections.find((s) => s.kind === 'indicators')!.text).toContain('成本降低率目标5%，实际达到3%。');
  });
});
