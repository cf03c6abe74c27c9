import Decimal from 'decimal.js';
import type { IndicatorReading } from '../analysis/indicators';
import { GOOD_EXECUTION_RATE, HIGH_ADJUSTMENT_RATE, LOW_EXECUTION_RATE } from '../../domain';
import { ref, refsIn, type WriterContext } from '../plan';
import { pick } from '../template/variant';
import type { Problem } from './types';

type Derived = Omit<Problem, 'id' | 'hints' | 'measureHints' | 'derived'>;

const derived = (p: Omit<Derived, 'facts'>): Derived => ({ ...p, facts: refsIn(p.evidence + p.measure) });
const names = (list: string[]) => (list.length > 1 ? `${list.slice(0, 3).join('、')}等` : list[0]!);
/** Picks this department's phrasing of a problem's sentence. */
const variants = (c: WriterContext) => (key: string, options: string[]) => pick(c.seed, `problem-${key}`, options);

/** Execution below the 90 % line, above the budget, or short of the 95 % one (src/domain/thresholds.ts). */
function execution(c: WriterContext): Derived | null {
  const v = variants(c);
  const f = c.facts;
  if (f.has('overspent'))
    return derived({
      topic: 'overspend',
      weight: 60,
      short: '支出超出调整后预算',
      evidence: `全年执行数${ref('execution')}，超出调整后预算${ref('overspent')}，预算约束有待加强。`,
      measureShort: '严格预算约束',
      measure: '严格按照批复的预算安排支出，确需增加的支出事项先履行预算调整程序，杜绝无预算、超预算支出。',
    });
  const rate = f.get('exec_rate')?.value;
  if (!rate || !f.has('unexecuted')) return null;
  if (rate.lt(LOW_EXECUTION_RATE))
    return derived({
      topic: 'execution',
      weight: 50 + new Decimal(LOW_EXECUTION_RATE).minus(rate).toNumber() * 2,
      short: v('low-short', ['预算执行进度偏慢', '预算执行率偏低']),
      evidence: v('low-evidence', [
        `全年预算执行率仅为${ref('exec_rate')}，距${ref('threshold_exec')}的一般要求尚有差距，${ref('unexecuted')}预算资金当年未能使用，资金效益未充分发挥。`,
        `全年执行数${ref('execution')}，仅占全年预算的${ref('exec_rate')}，低于${ref('threshold_exec')}，有${ref('unexecuted')}结余未能在当年形成实际支出。`,
        `预算执行率为${ref('exec_rate')}，比${ref('threshold_exec')}的要求低，年末${ref('unexecuted')}资金沉淀，部分工作的资金保障未能及时转化为工作成效。`,
      ]),
      measureShort: v('low-measure-short', ['加快预算执行进度', '强化预算执行管理']),
      measure: v('low-measure', [
        `建立预算执行进度按月通报制度，将全年预算${ref('budget_adjusted')}分解到季度用款计划，对进度滞后的支出事项逐项督办，力争下一年度预算执行率达到${ref('threshold_exec')}以上。`,
        `年初即细化${ref('budget_adjusted')}预算的季度用款计划，每月对照计划分析执行偏差，对执行缓慢的事项约谈责任科室、限期推进，确保下一年度执行率不低于${ref('threshold_exec')}。`,
        `把预算执行进度纳入科室年度考核，实行“月通报、季分析”，对年末可能结余的资金提前研判、及时调整用途或按规定交回，推动预算执行率提升至${ref('threshold_exec')}以上。`,
      ]),
    });
  if (rate.lt(GOOD_EXECUTION_RATE))
    return derived({
      topic: 'execution',
      weight: 12 + new Decimal(GOOD_EXECUTION_RATE).minus(rate).toNumber(),
      short: '预算执行仍有提升空间',
      evidence: v('mid-evidence', [
        `全年预算执行率为${ref('exec_rate')}，仍有${ref('unexecuted')}结余，部分支出事项的实际进度与预算安排存在差距。`,
        `预算执行率${ref('exec_rate')}，年末结余${ref('unexecuted')}，个别支出事项执行进度慢于预算安排。`,
      ]),
      measureShort: '提高资金使用效率',
      measure: v('mid-measure', [
        '加强预算执行的过程管理，对结余较多的支出事项逐项分析原因，在下一年度预算编制中据实核定支出规模。',
        '按季度分析各支出事项的执行偏差，对连续结余的事项压减下一年度预算，提高资金安排的精准度。',
      ]),
    });
  return null;
}

/** A budget revised by 5 % or more during the year (HIGH_ADJUSTMENT_RATE). */
function adjustment(c: WriterContext): Derived | null {
  const v = variants(c);
  const rate = c.facts.get('adjust_rate')?.value;
  if (!rate || rate.lt(HIGH_ADJUSTMENT_RATE)) return null;
  const up = !c.facts.get('budget_adjustment')!.label.includes('调减');
  return derived({
    topic: 'adjustment',
    weight: 20 + rate.toNumber(),
    short: v('adj-short', ['年初预算编制的精准度不高', '预算调整幅度较大']),
    evidence: v('adj-evidence', [
      `本年度预算调整率为${ref('adjust_rate')}，在年初预算${ref('budget_initial')}的基础上${up ? '调增' : '调减'}${ref('budget_adjustment')}，年初预算对全年工作任务和支出需求的预见性不足。`,
      `年中预算${up ? '调增' : '调减'}${ref('budget_adjustment')}，调整率达${ref('adjust_rate')}，反映出编制年初预算${ref('budget_initial')}时对临时性任务和支出变化考虑不够充分。`,
    ]),
    measureShort: '提高预算编制精准度',
    measure: v('adj-measure', [
      `认真梳理本年度预算${up ? '追加' : '调减'}事项的成因，编制下一年度预算时充分考虑临时性工作任务和政策性${up ? '增支' : '减支'}因素，细化支出测算，从严控制年中预算调整。`,
      `建立预算编制与年度工作计划的衔接机制，对本年度${up ? '追加' : '调减'}的事项逐项复盘，把可预见的支出全部纳入年初预算，年中确需调整的严格履行程序。`,
    ]),
  });
}

/** Indicators whose actual falls short of the target. */
function shortfalls(c: WriterContext): Derived | null {
  const v = variants(c);
  const below = c.indicators.filter((r) => r.status === 'below');
  if (below.length === 0) return null;
  const item = (r: IndicatorReading) => {
    const id = `ind_${r.n}`;
    const pct = r.gap!.kind === 'percent';
    // lower is better (投诉率, 成本): the actual is above the ceiling
    if (r.direction === 'lower') return `${r.name}实际为${ref(`${id}_actual`)}，超出${ref(`${id}_target`)}的年度目标${ref(`${id}_gap`)}`;
    return `${r.name}仅完成${ref(`${id}_actual`)}，与${ref(`${id}_target`)}的年度目标相差${ref(`${id}_gap`)}${!pct && r.completion ? `，完成率为${ref(`${id}_completion`)}` : ''}`;
  };
  const worst = Math.max(...below.map((r) => (r.completion ? new Decimal(100).minus(r.completion).toNumber() / 100 : 0.2)));
  const list = below.map((r) => r.name);
  return derived({
    topic: 'indicator',
    weight: 30 + 20 * worst,
    short: `${below.length > 1 ? '部分' : '个别'}绩效指标未达到年度目标`,
    evidence: `${below.map(item).join('；')}。`,
    measureShort: '对未达标指标逐项整改',
    measure: v('below-measure', [
      `对${names(list)}${below.length > 1 ? '未达到年度目标的指标逐项' : '未达到年度目标的情况深入'}分析原因：属于目标设定偏高的，结合工作实际合理确定下一年度目标值；属于工作推进不力的，明确责任和完成时限，加强过程督导。`,
      `针对${names(list)}的完成差距，区分目标设定和工作落实两类原因分别整改：目标脱离实际的，在下一年度据实调整；落实不到位的，纳入季度绩效监控，发现偏差及时纠正。`,
    ]),
  });
}

/** Projects executed below the 90 % line. */
function lowProjects(c: WriterContext): Derived | null {
  const low = c.request.figures.projects.map((p, i) => ({ p, n: i + 1, rate: c.facts.get(`proj_${i + 1}_rate`)?.value })).filter((x) => x.rate && x.rate.lt(LOW_EXECUTION_RATE));
  if (low.length === 0) return null;
  const worst = Math.min(...low.map((x) => x.rate!.toNumber()));
  return derived({
    topic: 'project',
    weight: 25 + (LOW_EXECUTION_RATE - worst) / 2,
    short: `${low.length > 1 ? '部分' : '个别'}重点项目执行率偏低`,
    evidence: `${low.map((x) => `${x.p.name}预算执行率仅为${ref(`proj_${x.n}_rate`)}，${ref(`proj_${x.n}_gap`)}未能按计划支出`).join('；')}，项目实施进度滞后于预算安排。`,
    measureShort: '加快重点项目实施进度',
    measure: `督促${names(low.map((x) => x.p.name))}按照项目实施计划推进，及时办理资金支付，对确实无法执行的资金按规定及时收回统筹使用。`,
  });
}

/** Targets written as words, with no measurable value. */
function unquantified(c: WriterContext): Derived | null {
  const list = c.indicators.filter((r) => r.status === 'unquantified');
  if (list.length === 0) return null;
  const examples = list
    .slice(0, 2)
    .map((r) => `${r.name}“${r.target}”`)
    .join('、');
  return derived({
    topic: 'quantify',
    weight: 15 + list.length,
    short: '部分绩效目标未细化量化',
    evidence: `${ref('ind_unquantified_count')}绩效指标的目标值为定性表述（如${examples}），缺少可衡量的标准，难以客观反映目标完成程度。`,
    measureShort: '细化量化绩效指标',
    measure: `将${names(list.map((r) => r.name))}定性指标转化为可衡量、可考核的量化指标，明确目标值、计算口径和评价标准，增强绩效目标的约束力。`,
  });
}

/** Indicators with no actual value reported. */
function missingActuals(c: WriterContext): Derived | null {
  const missing = c.indicators.filter((r) => r.status === 'no-actual').length;
  if (missing === 0) return null;
  return derived({
    topic: 'actuals',
    weight: 10 + (10 * missing) / c.indicators.length,
    short: '指标完成情况记录不完整',
    evidence: `设置的${ref('ind_count')}绩效指标中，有${ref('ind_missing_count')}未填报实际完成值，相关指标的完成程度缺少数据支撑。`,
    measureShort: '健全指标完成情况台账',
    measure: `为未填报完成值的${ref('ind_missing_count')}指标补充统计口径和佐证材料，建立指标完成情况台账，做到按季度记录、年终有据可查。`,
  });
}

/** Every problem the figures show, unranked. */
export function problemsFromFigures(c: WriterContext): Derived[] {
  return [execution(c), adjustment(c), shortfalls(c), lowProjects(c), unquantified(c), missingActuals(c)].filter((p): p is Derived => p !== null);
}
export type { Derived };
