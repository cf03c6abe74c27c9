import type { IndicatorReading } from '../analysis/indicators';
import { ref, refsIn, type SectionPlan, type Slot, type WriterContext } from '../plan';
import { SECTION_TITLES } from '../sections';

/** 各项工作任务绩效目标完成情况: how many indicators met their targets, then each task's indicators, target against actual. */
export function planIndicators(c: WriterContext): SectionPlan {
  const slots: Slot[] = [summary(c)];
  const groups = new Map<string, IndicatorReading[]>();
  for (const r of c.indicators) groups.set(r.task ?? '', [...(groups.get(r.task ?? '') ?? []), r]);
  [...groups.entries()].forEach(([task, list], i) => slots.push(taskSlot(task, list, i + 1)));
  return { kind: 'indicators', title: SECTION_TITLES.indicators, join: 'paragraphs', slots, scope: ['figures'] };
}

function summary(c: WriterContext): Slot {
  const n = (id: string) => c.facts.get(id)!.value!.toNumber();
  let t = `${c.yearRef}度部门整体支出绩效目标共设置绩效指标${ref('ind_count')}`;
  if (n('ind_reported_count') > 0) {
    t += `。已填报实际完成值的${ref('ind_reported_count')}指标中，${ref('ind_met_count')}达到或超过年度目标`;
    if (n('ind_below_count') > 0) t += `，${ref('ind_below_count')}未达到年度目标`;
  }
  if (n('ind_missing_count') > 0) t += `${n('ind_reported_count') > 0 ? '；另有' : '，其中'}${ref('ind_missing_count')}尚未填报实际完成值`;
  if (n('ind_unquantified_count') > 0) t += `；${ref('ind_unquantified_count')}指标的目标值为定性表述`;
  return {
    id: 'summary',
    brief: '指标总数，已填报完成值的指标中达到和未达到目标的个数，未填报完成值和未量化的个数',
    facts: refsIn(t),
    template: `${t}。`,
  };
}

function clause(r: IndicatorReading): string {
  const id = `ind_${r.n}`;
  const verb = r.gap?.kind === 'percent' || /%/.test(r.target) ? '实际达到' : '实际完成';
  const head = `${r.name}目标${ref(`${id}_target`)}，${verb}${ref(`${id}_actual`)}`;
  switch (r.status) {
    case 'exceeded':
      return `${head}，${r.direction === 'lower' ? '优于' : '超过'}目标`;
    case 'met':
      return `${head}，达到目标`;
    case 'undetermined':
      return head;
    case 'below':
      if (r.direction === 'lower') return `${head}，超出目标${ref(`${id}_gap`)}`;
      return r.gap!.kind === 'percent' ? `${head}，低于目标${ref(`${id}_gap`)}` : `${head}，较目标少${ref(`${id}_gap`)}${r.completion ? `，完成目标的${ref(`${id}_completion`)}` : ''}`;
    default:
      return '';
  }
}

function taskSlot(task: string, list: IndicatorReading[], k: number): Slot {
  const parts = list.filter((r) => r.status !== 'no-actual' && r.status !== 'unquantified').map(clause);
  const missing = list.filter((r) => r.status === 'no-actual');
  if (missing.length > 0) {
    const named = missing.map((r) => `${r.name}（目标${ref(`ind_${r.n}_target`)}）`).join('、');
    parts.push(`${named}${missing.length > 1 ? '等指标' : ''}尚未填报实际完成值`);
  }
  const vague = list.filter((r) => r.status === 'unquantified');
  if (vague.length > 0) parts.push(`${vague.map((r) => `${r.name}目标为“${r.target}”`).join('、')}，以定性表述为主`);
  const lead = task ? `${task}方面，` : '各项指标中，';
  const template = `${lead}${parts.join('；')}。`;
  return {
    id: `task_${k}`,
    brief: `${task ? `“${task}”的` : ''}各项指标：目标值与实际完成值对照，说明超过、达到或未达到目标（未达到的写明差距），未填报完成值的如实说明`,
    facts: refsIn(template),
    template,
  };
}
