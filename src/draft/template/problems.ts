import { chineseOrdinal, SECTION_TITLES } from '../sections';
import { ref, refsIn, type SectionPlan, type Slot, type WriterContext } from '../plan';
import type { Problem } from '../problems';
import { splitHint } from '../problems/hints';

/** 存在的主要问题: the problems the data shows, most serious first, each with its evidence; hints merged in. */
export function planProblems(c: WriterContext, problems: readonly Problem[]): SectionPlan {
  if (problems.length === 0) return { kind: 'problems', title: SECTION_TITLES.problems, join: 'paragraphs', slots: [noProblem(c)], scope: ['figures', 'hints'] };
  let k = 0;
  const slots = problems.map((p, i): Slot => ({
    id: p.id,
    brief: p.derived ? `问题“${p.short}”：先写概括语，再用事实写明表现${p.hints.length > 0 ? '，并吸收数据中相关的问题提示' : ''}` : `数据中的问题提示第${++k}条：先写概括语，再写具体表现，不增加数字`,
    facts: p.facts.filter((id) => p.evidence.includes(ref(id))),
    template: `${p.short}。${p.evidence}${p.hints.join('')}`,
    guide: p.derived ? `${p.short}。${p.evidence}${p.hints.length > 0 ? '（另见数据中的问题提示）' : ''}` : '见数据中的问题提示',
    marker: `（${chineseOrdinal(i + 1)}）`,
  }));
  return { kind: 'problems', title: SECTION_TITLES.problems, join: 'paragraphs', slots, scope: ['figures', 'hints'] };
}

function noProblem(c: WriterContext): Slot {
  const rate = c.facts.has('exec_rate') ? `全年预算执行率${ref('exec_rate')}，` : '';
  const allMet = c.facts.has('ind_count') && c.facts.get('ind_met_count')!.value!.eq(c.facts.get('ind_count')!.value!);
  const inds = allMet ? `设置的${ref('ind_count')}绩效指标均达到或超过目标，` : '';
  const template = `对照${c.yearRef}度预算执行和绩效目标完成情况，${rate}${inds}未发现突出问题，但预算绩效管理的精细化程度仍有提升空间。`;
  return {
    id: 'none',
    brief: '数据未显示明显问题：如实说明，并指出需持续关注的方面',
    facts: refsIn(template),
    template,
  };
}

/** 下一步改进措施: one measure answering each problem, in the same order, then measures the user added. */
export function planMeasures(c: WriterContext, problems: readonly Problem[], extra: readonly string[]): SectionPlan {
  const slots: Slot[] = problems.map((p) => ({
    id: `m_${p.id}`,
    brief: `针对上一节问题 ${p.id}${p.derived ? `“${p.short}”` : ''}的措施：先写概括语，措施要具体、可操作${p.measureHints.length > 0 ? '，吸收数据中相关的措施提示' : ''}`,
    facts: p.facts.filter((id) => p.measure.includes(ref(id))),
    guide: !p.derived && p.measureHints.length > 0 ? '见数据中的措施提示' : `${p.measureShort}。${p.measure}${p.measureHints.length > 0 ? '（另见数据中的措施提示）' : ''}`,
    // a hint with its own measure hint: the user's words are the measure
    template: !p.derived && p.measureHints.length > 0 ? p.measureHints.join('') : `${p.measureShort}。${p.measure}${p.measureHints.join('')}`,
  }));
  for (const [i, m] of extra.entries()) {
    const [short, rest] = splitHint(m);
    slots.push({ id: `m_x${i + 1}`, brief: '数据中的一条措施提示：先写概括语，再写具体做法', facts: [], template: `${short}。${rest}`, guide: '见数据中的措施提示' });
  }
  if (slots.length === 0) {
    slots.push({
      id: 'm_none',
      brief: '巩固成效、持续提升的措施',
      facts: [],
      template: '巩固提升绩效管理成效。坚持预算绩效管理常态化，按月跟踪预算执行进度，持续完善绩效指标体系，推动部门整体支出绩效稳步提升。',
    });
  }
  slots.forEach((s, i) => (s.marker = `（${chineseOrdinal(i + 1)}）`));
  return { kind: 'measures', title: SECTION_TITLES.measures, join: 'paragraphs', slots, scope: ['figures', 'hints'] };
}
