import Decimal from 'decimal.js';
import { GOOD_EXECUTION_RATE, LOW_EXECUTION_RATE } from '../../domain';
import { ref, refsIn, type SectionPlan, type Slot, type WriterContext } from '../plan';
import { SECTION_TITLES } from '../sections';
import { pick } from './variant';

/** 部门整体收支情况: budget and execution with the rate, then the two breakdowns with their shares. */
export function planIncome(c: WriterContext): SectionPlan {
  const slots: Slot[] = [overview(c)];
  const fn = byFunction(c);
  if (fn) slots.push(fn);
  const nature = byNature(c);
  if (nature) slots.push(nature);
  return { kind: 'income', title: SECTION_TITLES.income, join: 'paragraphs', slots, scope: ['figures'] };
}

function overview(c: WriterContext): Slot {
  const f = c.facts;
  const adjusted = f.has('budget_adjustment')
    ? `（年初预算数${ref('budget_initial')}，年中${f.get('budget_adjustment')!.label.includes('调减') ? '调减' : '调增'}${ref('budget_adjustment')}，预算调整率${ref('adjust_rate')}）`
    : '';
  const rate = f.get('exec_rate')?.value ?? new Decimal(100);
  const v = (key: string, options: string[]) => pick(c.seed, `income-${key}`, options);
  let verdict: string;
  if (f.has('overspent')) verdict = `。执行数超出调整后预算${ref('overspent')}。`;
  else if (!f.has('unexecuted')) verdict = v('full', ['，预算资金全部执行到位。', '，全年预算全部执行完毕。']);
  else if (rate.gte(98))
    verdict = v('98', [`，预算执行到位，年末结余${ref('unexecuted')}。`, `，预算执行充分，年末仅结余${ref('unexecuted')}。`, `，资金支出与年度预算安排基本一致，年末结余${ref('unexecuted')}。`]);
  else if (rate.gte(GOOD_EXECUTION_RATE)) verdict = v('95', [`，预算执行情况较好，年末结余${ref('unexecuted')}。`, `，预算执行总体较好，年末结余${ref('unexecuted')}。`]);
  else if (rate.gte(LOW_EXECUTION_RATE)) verdict = v('90', [`，预算执行总体平稳，年末尚有${ref('unexecuted')}未形成支出。`, `，执行进度基本符合要求，年末尚有${ref('unexecuted')}未支出。`]);
  else
    verdict = v('low', [
      `，低于${ref('threshold_exec')}，年末尚有${ref('unexecuted')}未形成支出，执行进度偏慢。`,
      `，未达到${ref('threshold_exec')}，${ref('unexecuted')}预算当年未形成支出，执行进度偏慢。`,
      `，执行进度滞后，年末结余${ref('unexecuted')}，执行率低于${ref('threshold_exec')}。`,
    ]);
  const template = `${c.yearRef}度，${c.self}全年预算数${ref('budget_adjusted')}${adjusted}，全年${v('spent', ['执行数', '实际支出', '支出'])}${ref('execution')}，预算执行率${ref('exec_rate')}${verdict}`;
  return {
    id: 'overview',
    brief: '全年预算数（含年初预算和调整情况，如有）、全年执行数、预算执行率，并对执行情况作简要评价',
    facts: refsIn(template).filter((id) => id !== 'year'),
    template,
  };
}

function byFunction(c: WriterContext): Slot | null {
  const items = c.request.figures.byFunction;
  if (items.length === 0) return null;
  const hasShare = c.facts.has('fn_1_share');
  const parts = items.map((it, i) => {
    const n = i + 1;
    const share = hasShare ? `，占${i === 0 ? '全年执行数的' : ''}${ref(`fn_${n}_share`)}` : '';
    return `${it.name}${ref(`fn_${n}`)}${share}`;
  });
  return {
    id: 'function',
    brief: '支出按功能分类的各项金额及占比',
    facts: items.flatMap((_, i) => [`fn_${i + 1}`, ...(hasShare ? [`fn_${i + 1}_share`] : [])]),
    template: `${pick(c.seed, 'income-fn', ['从支出功能分类看', '按支出功能分类', '支出按功能分类'])}，${parts.join('；')}。`,
  };
}

function byNature(c: WriterContext): Slot | null {
  if (!c.request.figures.byNature || !c.facts.has('basic_share')) return null;
  return {
    id: 'nature',
    brief: '支出按性质分类：基本支出和项目支出的金额及占比，并说明各自用途',
    facts: ['basic', 'basic_share', 'project', 'project_share'],
    template: pick(c.seed, 'income-nature', [
      `从支出性质看，基本支出${ref('basic')}，占${ref('basic_share')}，主要用于保障人员经费和机关日常运转；项目支出${ref('project')}，占${ref('project_share')}，主要用于保障年度重点工作任务的实施。`,
      `按支出性质分类，基本支出${ref('basic')}，占${ref('basic_share')}，用于保障在职人员经费和机关正常运转；项目支出${ref('project')}，占${ref('project_share')}，用于开展年度重点工作。`,
      `支出按性质分类：基本支出${ref('basic')}，占${ref('basic_share')}，保障人员支出和日常公用支出；项目支出${ref('project')}，占${ref('project_share')}，保障各项重点任务落实。`,
    ]),
  };
}
