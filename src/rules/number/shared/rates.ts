/**
 * A percentage and its numerator and denominator, paired conservatively:
 * - 执行率 = 执行数 ÷ 调整后预算数 of the same subject (调整后预算数 may be 年初预算数 + 调整数,
 *   or, for the department, 基本支出预算数 + 项目支出预算数 stated in the same paragraph);
 * - 调整率 = 调整数 ÷ 年初预算数;
 * - a count rate X率 with a count labelled …X before it and the whole before that, in one
 *   sentence (征集提案693件，立案456件，立案率65.8%);
 * - a share 其中 … Y件，占P% of the whole stated before 其中.
 */
import type Decimal from 'decimal.js';
import type { NumberAnalysis } from './analysis';
import { exact, sum } from '../../../domain';
import { keyName } from './figure-key';
import { isExact, type Mention } from './mention';
import { rescale } from './scale';
import { nearestKeyed, type Scope } from './scope';
import { labelSimilarity } from './slips';

type DenominatorKind = 'stated' | 'initialPlusAdjustment' | 'componentBudgets' | 'initialOnly' | 'adjustedMinusInitial' | 'count';

export interface RateRelation {
  rate: Mention;
  num: Mention[];
  den: Mention[];
  /** How the numerator is combined: a sum, or adjusted − initial for an adjustment rate. */
  numOp: 'sum' | 'difference';
  denKind: DenominatorKind;
  /** 执行数 ÷ 调整后预算数 … */
  formula: string;
  /** 年初预算数, when an execution rate could have been computed on it instead. */
  initial?: Mention;
  /** What the percentage is, when its own label does not say (基本支出占比). */
  name?: string;
  /** Paired by position and wording only (no label names both sides): report as a warning. */
  inferred?: boolean;
}

function widest(subject: string): Scope {
  return subject === '' ? 'section' : subject === '?' ? 'sentence' : 'block';
}

function executionRate(a: NumberAnalysis, r: Mention): RateRelation | null {
  const s = r.key!.subject;
  const w = widest(s);
  const num = nearestKeyed(a, r, s, 'execution', w);
  if (!num) return null;
  const initial = nearestKeyed(a, r, s, 'budget.initial', w);
  const base = { rate: r, num: [num], numOp: 'sum' as const };
  const withInitial = initial ? { initial } : {};
  const adjusted = nearestKeyed(a, r, s, 'budget.adjusted', w);
  if (adjusted) return { ...base, den: [adjusted], denKind: 'stated', formula: '执行数 ÷ 调整后预算数', ...withInitial };
  const adjustment = nearestKeyed(a, r, s, 'budget.adjustment', w);
  if (initial && adjustment) {
    return { ...base, den: [initial, adjustment], denKind: 'initialPlusAdjustment', formula: '执行数 ÷ (年初预算数 + 预算调整数)', initial };
  }
  if (s === '') {
    const basic = nearestKeyed(a, r, 'byNature.basic', 'budget.adjusted', 'block');
    const project = nearestKeyed(a, r, 'byNature.project', 'budget.adjusted', 'block');
    if (basic && project) {
      return { ...base, den: [basic, project], denKind: 'componentBudgets', formula: '执行数 ÷ (基本支出预算数 + 项目支出预算数)' };
    }
  }
  if (initial && !adjustment) return { ...base, den: [initial], denKind: 'initialOnly', formula: '执行数 ÷ 年初预算数' };
  return null;
}

function adjustmentRate(a: NumberAnalysis, r: Mention): RateRelation | null {
  const s = r.key!.subject;
  const w = widest(s);
  const initial = nearestKeyed(a, r, s, 'budget.initial', w);
  if (!initial) return null;
  const adjustment = nearestKeyed(a, r, s, 'budget.adjustment', w);
  if (adjustment) return { rate: r, num: [adjustment], numOp: 'sum', den: [initial], denKind: 'stated', formula: '预算调整数 ÷ 年初预算数' };
  const adjusted = nearestKeyed(a, r, s, 'budget.adjusted', w);
  if (!adjusted) return null;
  return {
    rate: r,
    num: [adjusted, initial],
    numOp: 'difference',
    den: [initial],
    denKind: 'adjustedMinusInitial',
    formula: '(调整后预算数 − 年初预算数) ÷ 年初预算数',
  };
}

const QUALIFIERS = /^(经审查|经审核|全年|累计|共|当年|本年)+/;

/** The stem of a count rate's label: 立案率 → 立案, 提案办复率 → 办复 is not guessed (whole label used). */
function stem(label: string): string | null {
  if (!label.endsWith('率') || label.length < 3) return null;
  return label.slice(0, -1);
}

function countRate(a: NumberAnalysis, r: Mention): RateRelation | null {
  const st = r.q.label ? stem(r.q.label) : null;
  if (!st) return null;
  const before = (a.bySentence.get(r.sentence) ?? []).filter((x) => x.q.end <= r.q.start && x.q.kind === 'count' && isExact(x));
  const num = [...before].reverse().find((x) => {
    const l = x.q.label?.replace(QUALIFIERS, '');
    return l !== undefined && l.length >= 2 && (st.endsWith(l) || l.endsWith(st));
  });
  if (!num) return null;
  const den = [...before].reverse().find((x) => x.q.end <= num.q.start && x.scale?.base === num.scale?.base && exact(x.q.value).gte(exact(num.q.value)));
  if (!den) return null;
  return { rate: r, num: [num], numOp: 'sum', den: [den], denKind: 'count', formula: `${num.q.label} ÷ ${den.q.label ?? '总数'}` };
}

/** The whole before 其中 and the part right before 占P% (the part may be missing: see GRIM). */
export function sharePattern(a: NumberAnalysis, r: Mention): { whole: Mention; part?: Mention } | null {
  const prev = a.mentions[r.id - 1];
  const gapStart = prev && prev.sentence === r.sentence ? prev.q.end : a.seg.sentenceStart[r.sentence]!;
  if (!a.text.slice(gapStart, r.q.start).includes('占')) return null;
  const sentenceStart = a.seg.sentenceStart[r.sentence]!;
  const inSentence = a.text.slice(sentenceStart, r.q.start).lastIndexOf('其中');
  if (inSentence < 0) return null;
  const qz = sentenceStart + inSentence;
  const fromPrevious = /^[\s，,：:]*$/.test(a.text.slice(sentenceStart, qz));
  const near = [...(fromPrevious ? (a.bySentence.get(r.sentence - 1) ?? []) : []), ...(a.bySentence.get(r.sentence) ?? [])];
  const wholes = near.filter((x) => x.q.end <= qz && (x.q.kind === 'count' || x.q.kind === 'amount'));
  const whole = wholes.at(-1);
  if (!whole || !isExact(whole) || !whole.q.value.gt(0)) return null;
  const part = (a.bySentence.get(r.sentence) ?? []).find((x) => x.q.start > qz && x.q.end <= r.q.start && x.q.kind === whole.q.kind && x.scale?.base === whole.scale?.base && isExact(x));
  return part ? { whole, part } : { whole };
}

function share(a: NumberAnalysis, r: Mention): RateRelation | null {
  const s = sharePattern(a, r);
  if (!s?.part) return null;
  return { rate: r, num: [s.part], numOp: 'sum', den: [s.whole], denKind: 'count', formula: '部分 ÷ 总数' };
}

/** Joins the percentages of a 分别 list: 55.20%和44.80%, 30%、25%及10%. */
const LIST_JOIN = /^\s*[和、，,及与]\s*$/;

/**
 * A, B 分别占…的 x%和y%: after 分别 the i-th percentage goes with the i-th figure before it.
 * undefined when `r` is not in such a list (the other pairings apply); null when the list cannot
 * be paired with certainty — not a share (分别为, 分别增长), or not as many plain figures of one
 * kind before 分别 as percentages after it — and then nothing is inferred for `r`: pairing it
 * with the figure right before it, as a lone 占y% would be, is wrong for all but the last.
 */
function respectively(a: NumberAnalysis, r: Mention): RateRelation | null | undefined {
  const joined = (x: Mention | undefined, y: Mention) => x !== undefined && x.sentence === y.sentence && x.q.kind === 'percent' && LIST_JOIN.test(a.text.slice(x.q.end, y.q.start));
  let first = r;
  while (joined(a.mentions[first.id - 1], first)) first = a.mentions[first.id - 1]!;
  let last = r;
  while (a.mentions[last.id + 1]?.q.kind === 'percent' && joined(last, a.mentions[last.id + 1]!)) last = a.mentions[last.id + 1]!;
  const before = a.mentions[first.id - 1];
  const lead = a.text.slice(before && before.sentence === r.sentence ? before.q.end : a.seg.sentenceStart[r.sentence]!, first.q.start);
  if (!lead.includes('分别')) return undefined;
  const n = last.id - first.id + 1;
  if (n < 2 || !/分别(占|约占|各占)/.test(lead)) return null;
  const items = a.mentions.slice(first.id - n, first.id);
  const kind = items[0]?.q.kind;
  if (items.length !== n || (kind !== 'amount' && kind !== 'count') || items.some((x) => x.sentence !== r.sentence || x.q.kind !== kind || !isExact(x) || x.scale?.base !== items[0]!.scale?.base)) return null;
  const part = items[r.id - first.id]!;
  // one more figure like the items before them: more figures than percentages, which go together is not guessed
  const extra = a.mentions[first.id - n - 1];
  const sentenceStart = a.seg.sentenceStart[r.sentence]!;
  const qz = a.text.slice(sentenceStart, items[0]!.q.start).lastIndexOf('其中');
  const k = part.key;
  const breakdown = k !== null && k !== undefined && /^by(Nature|Function)/.test(k.subject) && items.every((x) => x.key?.measure === k.measure);
  if (extra && extra.sentence === r.sentence && extra.q.kind === kind && extra.scale?.base === part.scale?.base) {
    const likeItems = breakdown ? /^by(Nature|Function)/.test(extra.key?.subject ?? '') : qz >= 0 && extra.q.start > sentenceStart + qz;
    if (likeItems) return null;
  }
  // a breakdown of the department's figures (基本支出、项目支出): of the total it breaks down
  if (breakdown) return breakdownRelation(a, r, part, items[0]!);
  // parts of a whole stated before 其中 (立案456件、并案100件，分别占65.8%和14.4%)
  const whole = sharePattern(a, first)?.whole;
  if (!whole || whole.q.kind !== kind || whole.scale?.base !== part.scale?.base || whole.q.end > items[0]!.q.start) return null;
  const name = part.q.label ? `${part.q.label}占比` : '占比';
  return { rate: r, num: [part], numOp: 'sum', den: [whole], denKind: 'count', formula: `${part.q.label ?? '部分'} ÷ ${whole.q.label ?? '总数'}`, name };
}

/** 基本支出x万元，占y%: a breakdown item's share of the department total it breaks down. */
function breakdownShare(a: NumberAnalysis, r: Mention): RateRelation | null {
  const prev = a.mentions[r.id - 1];
  const k = prev?.key;
  if (!prev || !k || prev.segment !== r.segment || !isExact(prev) || !/^by(Nature|Function)/.test(k.subject)) return null;
  if (!a.text.slice(prev.q.end, r.q.start).includes('占')) return null;
  return breakdownRelation(a, r, prev, prev);
}

/** `part`'s share of the department total it breaks down, stated in its section before `from` (the first item of its list). */
function breakdownRelation(a: NumberAnalysis, r: Mention, part: Mention, from: Mention): RateRelation | null {
  const k = part.key!;
  const total = nearestKeyed(a, from, '', k.measure, 'section', (x) => x.q.start < from.q.start);
  if (!total) return null;
  return { rate: r, num: [part], numOp: 'sum', den: [total], denKind: 'stated', formula: `${keyName(k)} ÷ ${keyName(total.key!)}`, name: `${keyName(k)}占比` };
}

const CLAUSE = /[，,。；;！？\n]/;
const PLAN = /计划|目标|任务/;

function clauseBefore(a: NumberAnalysis, m: Mention): string {
  let k = m.q.start;
  while (k > 0 && m.q.start - k < 30 && !CLAUSE.test(a.text[k - 1]!)) k--;
  return a.text.slice(k, m.q.start);
}

const sameBase = (x: Mention, y: Mention) => x.scale !== null && y.scale !== null && x.scale.base === y.scale.base;
const quantity = (x: Mention) => (x.q.kind === 'count' || x.q.kind === 'amount') && isExact(x) && !x.inTable;

/**
 * X率 after two figures of one unit in its sentence (全镇自然村212个，已通客车村193个，
 * 通达率91.04%): the nearer is the numerator, the other the whole. Inferred from position only.
 */
function adjacentRate(a: NumberAnalysis, r: Mention): RateRelation | null {
  const label = r.q.label ?? '';
  if (!/(率|满意度)$/.test(label) || /增长|下降|同比|环比|占比|比重|执行|调整/.test(label)) return null;
  const prev = a.mentions[r.id - 1];
  const before = a.mentions[r.id - 2];
  if (!prev || !before || prev.sentence !== r.sentence || before.sentence !== r.sentence) return null;
  if (!quantity(prev) || !quantity(before) || !sameBase(prev, before) || prev.key || before.key) return null;
  if (a.mentions[r.id - 3]?.sentence === r.sentence && quantity(a.mentions[r.id - 3]!) && sameBase(a.mentions[r.id - 3]!, prev)) return null;
  const num = rescale(prev.q.value, prev.scale!.power, 0);
  const den = rescale(before.q.value, before.scale!.power, 0);
  if (!den.gt(0) || num.gt(den)) return null;
  return { rate: r, num: [prev], numOp: 'sum', den: [before], denKind: 'count', formula: `${prev.q.label ?? '部分'} ÷ ${before.q.label ?? '总数'}`, inferred: true };
}

/** Figures stated as a plan (全年植树计划2.40万株), with their clause words: computed once per analysis. */
function planFigures(a: NumberAnalysis): Array<{ m: Mention; words: string }> {
  const cached = a.derived.get('planFigures') as Array<{ m: Mention; words: string }> | undefined;
  if (cached) return cached;
  const out: Array<{ m: Mention; words: string }> = [];
  for (const x of a.mentions) {
    if (!quantity(x) || x.scale === null) continue;
    const words = clauseBefore(a, x);
    if (PLAN.test(words) && !/累计|截至|上年/.test(words)) out.push({ m: x, words });
  }
  a.derived.set('planFigures', out);
  return out;
}

/**
 * 计划完成率 with the actual right before it and the plan stated elsewhere (全年植树计划2.40万株 …
 * 全年实际植树2.52万株，植树计划完成率105.00%): the plan is the figure of the same unit whose
 * clause speaks of a plan in the rate's words. Inferred: a warning.
 */
function planRate(a: NumberAnalysis, r: Mention): RateRelation | null {
  const label = r.q.label ?? '';
  const before = clauseBefore(a, r);
  if (!/完成/.test(label + before) || !PLAN.test(label + before) || /增长|下降|执行|预算/.test(label)) return null;
  const num = a.mentions[r.id - 1];
  if (!num || num.sentence !== r.sentence || !quantity(num) || num.scale === null) return null;
  let best: { m: Mention; s: number } | null = null;
  for (const { m: x, words } of planFigures(a)) {
    if (x.sentence === r.sentence || !sameBase(x, num)) continue;
    const s = labelSimilarity(label.replace(/完成率$/, ''), words);
    if (s >= 0.6 && (!best || s > best.s)) best = { m: x, s };
  }
  if (!best) return null;
  return { rate: r, num: [num], numOp: 'sum', den: [best.m], denKind: 'count', formula: '实际完成数 ÷ 计划数', inferred: true };
}

/** Every percentage with its numerator and denominator found. */
export function rateRelations(a: NumberAnalysis): RateRelation[] {
  const out: RateRelation[] = [];
  for (const r of a.mentions) {
    if (r.q.kind !== 'percent' || !isExact(r) || r.q.unit !== '%') continue;
    const m = r.key?.measure;
    let rel = m === 'executionRate' ? executionRate(a, r) : m === 'adjustmentRate' ? adjustmentRate(a, r) : null;
    if (!rel && !r.inTable) {
      // in a 分别 list, the list's pairing or none (see respectively)
      const listed = respectively(a, r);
      rel = listed !== undefined ? listed : (breakdownShare(a, r) ?? countRate(a, r) ?? share(a, r) ?? adjacentRate(a, r) ?? planRate(a, r));
    }
    if (rel) out.push(rel);
  }
  return out;
}

/** The value of a relation side in the unit of `unitOf` (amounts in other units rescaled). */
export function sideValue(ms: Mention[], op: 'sum' | 'difference', unitOf: Mention): { value: Decimal; decimals: number } | null {
  const target = unitOf.scale;
  const values: Decimal[] = [];
  let decimals = 0;
  for (const m of ms) {
    const s = m.scale;
    if ((s === null) !== (target === null) || (s && target && s.base !== target.base)) return null;
    const shift = s && target ? target.power - s.power : 0;
    decimals = Math.max(decimals, Math.max(0, m.q.decimals + shift));
    values.push(s && target ? rescale(m.q.value, s.power, target.power) : exact(m.q.value));
  }
  if (op === 'difference') return { value: values[0]!.minus(values[1]!), decimals };
  return { value: sum(values), decimals };
}
