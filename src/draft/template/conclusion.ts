import { BANDS_TEXT } from '../../domain';
import { ref, refsIn, type SectionPlan, type Slot, type WriterContext } from '../plan';
import type { Problem } from '../problems';
import { SECTION_TITLES } from '../sections';
import { pick } from './variant';

const VERDICT: Record<string, string> = {
  优: '部门整体支出绩效目标总体实现',
  良: '部门整体支出绩效目标基本实现',
  中: '部门整体支出绩效目标部分实现',
  差: '部门整体支出绩效目标实现程度较低',
};

/** 自评结论综述: the score and the rating its score earns, what it rests on, and the main shortcomings. */
export function planConclusion(c: WriterContext, problems: readonly Problem[]): SectionPlan {
  const rating = c.facts.text('rating');
  const score: Slot = {
    id: 'score',
    brief: `自评得分和评价等级（等级由得分按${BANDS_TEXT}确定）`,
    facts: ['score', 'rating', ...(c.year !== undefined ? ['year'] : [])],
    template: pick(c.seed, 'conclusion-score', [
      `${c.yearRef}度，${c.self}对照部门整体支出绩效目标开展自评，自评得分${ref('score')}，评价等级为“${ref('rating')}”。`,
      `经对照年度绩效目标逐项自评，${c.self}${c.yearRef}度部门整体支出绩效自评得分${ref('score')}，自评等级为“${ref('rating')}”。`,
      `${c.self}按照部门整体支出绩效自评要求，对${c.yearRef}度预算执行和绩效目标完成情况进行了评价，自评得分${ref('score')}，等级为“${ref('rating')}”。`,
    ]),
  };
  const clauses: string[] = [];
  if (c.facts.has('exec_rate')) clauses.push(`全年预算执行率${ref('exec_rate')}`);
  if (c.facts.has('ind_count') && c.facts.get('ind_reported_count')!.value!.gt(0)) {
    clauses.push(`已填报完成值的${ref('ind_reported_count')}绩效指标中有${ref('ind_met_count')}达到或超过目标`);
  }
  if (c.facts.has('proj_total_rate')) clauses.push(`${ref('proj_count')}重点项目总体执行率${ref('proj_total_rate')}`);
  else if (c.facts.has('proj_1_rate')) clauses.push(`${c.request.figures.projects[0]!.name}执行率${ref('proj_1_rate')}`);
  if (c.request.highlights.length > 0) clauses.push('年度重点工作任务有序推进');
  const shortcomings = problems.filter((p) => p.derived).slice(0, 2);
  const shorts = shortcomings.map((p) => p.short).join('、');
  const caveat = shortcomings.length > 0 ? pick(c.seed, 'conclusion-caveat', [`同时，${shorts}等问题仍需在今后工作中加以改进。`, `但${shorts}等问题仍较突出，需要着力改进。`]) : '';
  const basis: Slot = {
    id: 'basis',
    brief: '评价依据：预算执行率、指标完成、项目执行等要点，总体判断与等级相符；如有主要不足，点明一两项',
    facts: refsIn(clauses.join('')),
    template: `${clauses.length > 0 ? `${pick(c.seed, 'conclusion-basis', ['从评价情况看', '从自评结果看', '具体来看'])}，${clauses.join('，')}，` : ''}${VERDICT[rating]}。${caveat}`,
  };
  return { kind: 'conclusion', title: SECTION_TITLES.conclusion, join: 'paragraphs', slots: [score, basis], scope: ['figures'] };
}
