/**
 * Performance indicators: which way is better, and whether an actual meets its target.
 *
 * Direction rule (the first that applies):
 * 1. the figures say it: `direction: 'higher' | 'lower'` on the indicator;
 * 2. the target is written with a bound: a ceiling (以下, 以内, 不高于, 不超过, 不多于, 低于, 少于, ≤, 控制在, 压减到) means
 *    lower is better; a floor (以上, 不少于, 不低于, 至少, 高于, 超过, ≥) means higher is better;
 * 3. the name says what is to be avoided (投诉, 差错, 事故, 超支, 成本, 违规, 逾期, 不合格, 发生率, 时限, 用时…): lower is
 *    better — unless it also names a reduction or a duration (降低, 下降, 减少, 压减, 节约, 控制, 时间, 时长, 天数, 周期),
 *    where either way can be meant (成本降低率 is better higher, 办结时间 lower, 服务时长 higher): not guessed;
 * 4. otherwise higher is better (完成数, 覆盖率, 满意度, 培训人次).
 * An indicator whose direction is not known gets no verdict ('undetermined'): nobody calls it met or short.
 */
import type Decimal from 'decimal.js';
import { extractQuantities } from '../numbers/extract';
import type { Quantity } from '../numbers/types';
import { exact } from './decimal';

export type IndicatorDirection = 'higher' | 'lower';
export type DirectionSource = 'field' | 'target' | 'name' | 'default';

/** An indicator as the figures give it (figures.indicators[i]). */
export interface IndicatorInput {
  name: string;
  task?: string | undefined;
  target: string | number;
  actual?: string | number | undefined;
  /** Which way is better, when the figures say it. */
  direction?: IndicatorDirection | undefined;
}

const FLOOR = /以上|不少于|不低于|不小于|至少|(?<!不)高于|(?<!不)超过|(?<!不)大于|(?<!不)多于|≥|>=|≧/;
const CEILING = /以下|以内|不高于|不超过|不多于|不大于|(?<!不)低于|(?<!不)少于|(?<!不)小于|≤|<=|≦|控制在|压减到|压缩到/;
const LOWER_NAME = /投诉|差错|事故|超支|成本|错误|违规|违纪|违法|失误|延误|逾期|不合格|发生率|返工|时限|用时|耗时|空置|损耗|积压|案发/;
const EITHER_NAME = /降低|下降|减少|压减|压缩|节约|节省|节能|控制|时间|时长|天数|周期/;

/** The direction a bound written with the target gives (95%以上 → higher, ≤5% → lower), or null. */
export function boundDirection(target: string): IndicatorDirection | null {
  if (FLOOR.test(target)) return 'higher';
  if (CEILING.test(target)) return 'lower';
  return null;
}

/** The direction the name gives: 'lower' for 投诉率, 'higher' by default, null when the name can mean either way. */
export function nameDirection(name: string): IndicatorDirection | null {
  if (EITHER_NAME.test(name)) return null;
  return LOWER_NAME.test(name) ? 'lower' : 'higher';
}

/** Which way is better for an indicator, and what told it (see the rule at the top); direction null when not known. */
export function indicatorDirection(ind: Pick<IndicatorInput, 'name' | 'target' | 'direction'>): { direction: IndicatorDirection | null; source: DirectionSource } {
  if (ind.direction) return { direction: ind.direction, source: 'field' };
  const bound = boundDirection(String(ind.target));
  if (bound) return { direction: bound, source: 'target' };
  const byName = nameDirection(ind.name);
  return { direction: byName, source: byName === 'higher' ? 'default' : 'name' };
}

/** The first quantity of a stated value that measures something (5批 → 5 批; 逐步提高 → null; 2024年 is not a value). */
export function statedQuantity(stated: string | number): Quantity | null {
  return extractQuantities(String(stated)).find((q) => !q.code && q.kind !== 'ordinal' && q.kind !== 'date' && q.kind !== 'year') ?? null;
}

/** A unit written loosely in tables: 1批次 for 5批. */
export function looseUnit(unit: string | null): string | null {
  if (unit === null) return null;
  if (unit.length > 1 && unit.endsWith('次') && unit !== '人次' && unit !== '万人次') return unit.slice(0, -1);
  return unit;
}

/** Whether a target and an actual measure the same thing: same kind (or one unclassified), same unit when both have one. */
export function comparableValues(target: Quantity, actual: Quantity): boolean {
  const kinds = target.kind === actual.kind || target.kind === 'other' || actual.kind === 'other';
  const units = target.unit === null || actual.unit === null || looseUnit(target.unit) === looseUnit(actual.unit);
  return kinds && units;
}

/** An actual against its target, exactly: exceeded (better than the target), met (equal) or below (worse). */
export function judge(target: Decimal.Value, actual: Decimal.Value, direction: IndicatorDirection): 'exceeded' | 'met' | 'below' {
  const c = exact(actual).cmp(exact(target));
  if (c === 0) return 'met';
  return c > 0 === (direction === 'higher') ? 'exceeded' : 'below';
}

export type IndicatorStatus = 'exceeded' | 'met' | 'below' | 'no-actual' | 'unquantified' | 'undetermined';

export interface IndicatorVerdict {
  /** exceeded/met/below; no-actual (none given, or not comparable with the target); unquantified (a target in words); undetermined (direction not known). */
  status: IndicatorStatus;
  direction: IndicatorDirection | null;
  directionSource: DirectionSource;
  target: Quantity | null;
  actual: Quantity | null;
  /** For 'below': how far the actual is on the wrong side of the target, in the target's unit (percentages in points). */
  gap?: { value: Decimal; unit: string; kind: 'count' | 'percent' | 'amount' | 'other' };
  /** For 'below' with higher-is-better counts and amounts: actual ÷ target × 100. */
  completion?: Decimal;
}

/** The verdict on one indicator: the same for the checker, the drafter and the page. */
export function indicatorVerdict(ind: IndicatorInput): IndicatorVerdict {
  const { direction, source } = indicatorDirection(ind);
  const base = { direction, directionSource: source };
  const target = statedQuantity(ind.target);
  if (!target) return { ...base, status: 'unquantified', target: null, actual: null };
  const actual = ind.actual === undefined || String(ind.actual).trim() === '' ? null : statedQuantity(ind.actual);
  if (!actual || !comparableValues(target, actual)) return { ...base, status: 'no-actual', target, actual: null };
  if (!direction) return { ...base, status: 'undetermined', target, actual };
  const status = judge(target.value, actual.value, direction);
  if (status !== 'below') return { ...base, status, target, actual };
  const t = exact(target.value);
  const a = exact(actual.value);
  const kind = target.kind === 'percent' || target.kind === 'amount' || target.kind === 'count' ? target.kind : 'other';
  const verdict: IndicatorVerdict = { ...base, status, target, actual, gap: { value: direction === 'lower' ? a.minus(t) : t.minus(a), unit: target.unit ?? '', kind } };
  if (direction === 'higher' && kind !== 'percent' && !t.isZero()) verdict.completion = a.div(t).times(100);
  return verdict;
}

/**
 * Whether an actual falls short of its target (table rows of a report): null when the direction is not known.
 * `targetText` is the target as written around the number (≤5%, 不超过5%), when the caller has more than the quantity.
 */
export function shortOfTarget(name: string, target: Quantity, actual: Quantity, targetText = target.raw): boolean | null {
  const direction = boundDirection(targetText) ?? nameDirection(name);
  return direction === null ? null : judge(target.value, actual.value, direction) === 'below';
}
