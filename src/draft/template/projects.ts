import { LOW_EXECUTION_RATE } from '../../domain';
import { ref, type SectionPlan, type Slot, type WriterContext } from '../plan';
import { SECTION_TITLES } from '../sections';
import { pick } from './variant';

/** 各重点任务项目支出完成情况: an overview when there are several projects, then each project's budget, execution and rate. */
export function planProjects(c: WriterContext): SectionPlan {
  const slots: Slot[] = [];
  if (c.facts.has('proj_count')) {
    slots.push({
      id: 'summary',
      brief: '重点项目个数、预算合计、执行合计和总体执行率',
      facts: ['proj_count', 'proj_budget_total', 'proj_executed_total', 'proj_total_rate'],
      template: `${c.yearRef}度，${c.self}重点任务项目共${ref('proj_count')}，预算合计${ref('proj_budget_total')}，实际支出${ref('proj_executed_total')}，总体执行率${ref('proj_total_rate')}。`,
    });
  }
  c.request.figures.projects.forEach((p, i) => {
    const id = `proj_${i + 1}`;
    const name = /(项目|经费|专项)$/.test(p.name) ? p.name : `${p.name}项目`;
    const rate = c.facts.get(`${id}_rate`)?.value;
    let status: string;
    if (rate && rate.gt(100)) status = '执行数超出项目预算。';
    else if (!c.facts.has(`${id}_gap`)) status = pick(c.seed, `${id}-full`, ['项目资金全部执行到位。', '项目资金已全部按计划支出。']);
    else if (rate && rate.gte(LOW_EXECUTION_RATE)) status = pick(c.seed, `${id}-ok`, [`项目资金执行情况良好，结余${ref(`${id}_gap`)}。`, `资金基本执行到位，结余${ref(`${id}_gap`)}。`]);
    else status = `尚有${ref(`${id}_gap`)}未执行，项目实施进度滞后于预算安排。`;
    const rateText = rate ? `，预算执行率${ref(`${id}_rate`)}` : '';
    slots.push({
      id,
      brief: `“${p.name}”的全年预算数、执行数、执行率，以及执行情况评价`,
      facts: [`${id}_budget`, `${id}_executed`, ...(rate ? [`${id}_rate`] : []), ...(c.facts.has(`${id}_gap`) ? [`${id}_gap`] : [])],
      template: `${name}全年预算数${ref(`${id}_budget`)}，执行数${ref(`${id}_executed`)}${rateText}。${status}`,
    });
  });
  return { kind: 'projects', title: SECTION_TITLES.projects, join: 'paragraphs', slots, scope: ['figures'] };
}
