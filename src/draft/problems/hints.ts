import { normalizeSentence } from '../text/sentence';
import type { ProblemTopic } from './types';

/** A measure to pair with a hint no figure explains, by topic; several 'other' hints take different ones. */
const GENERIC_MEASURES: Record<ProblemTopic, ReadonlyArray<[string, string]>> = {
  overspend: [['严格预算约束', '严格按照批复的预算安排支出，确需增加的支出事项先履行预算调整程序。']],
  execution: [['加强预算执行管理', '细化用款计划，按月跟踪预算执行进度，对执行滞后的事项及时督促整改。']],
  adjustment: [['提高预算编制精准度', '结合上年执行情况和年度工作计划科学测算支出需求，减少年中预算调整。']],
  indicator: [['推动绩效目标落实', '对未完成的目标逐项分析原因，明确责任和时限，加强过程督导。']],
  project: [['加强重点项目管理', '按照项目实施计划推进，及时办理资金支付，提高项目资金使用效益。']],
  quantify: [['科学设置绩效目标', '结合部门职责和年度重点工作设置绩效目标，做到目标明确、指标可衡量、数据可核验。']],
  actuals: [['完善绩效佐证材料', '建立指标完成情况台账，及时收集整理绩效佐证材料，确保自评有据可查。']],
  other: [
    ['加强绩效管理能力建设', '组织开展预算绩效管理业务培训，提升相关人员的绩效理念和业务能力。'],
    ['压实绩效管理责任', '明确各科室在预算绩效管理中的职责分工，将绩效要求落实到预算编制、执行和监督各环节。'],
    ['健全绩效管理制度', '完善内部预算绩效管理制度，规范绩效监控和自评流程，推动绩效管理常态化。'],
  ],
};

/** The measure for the k-th unmatched hint of a topic. */
export function genericMeasure(topic: ProblemTopic, k: number): [string, string] {
  const list = GENERIC_MEASURES[topic];
  return list[k % list.length]!;
}

/**
 * Splits a hint into its first sentence, the summary, and the rest: "预算控制率有待降低。因…" →
 * ["预算控制率有待降低", "因…。"]. A hint of one sentence is all summary.
 */
export function splitHint(hint: string): [string, string] {
  const s = normalizeSentence(hint).replace(/^[0-9一二三四五六七八九十]+[、.．]\s*/, '');
  const cut = s.search(/[。；]/);
  return cut > 0 && cut < s.length - 1 ? [s.slice(0, cut), s.slice(cut + 1)] : [s.replace(/[。；]$/, ''), ''];
}
