import type Decimal from 'decimal.js';
import { extractQuantities, type Quantity } from '../../numbers';
import type { DraftFigures } from '../request';

export type IndicatorStatus = 'exceeded' | 'met' | 'below' | 'no-actual' | 'unquantified';

/** One indicator with its stated values read and its completion judged. */
export interface IndicatorReading {
  /** 1-based position in figures.indicators. */
  n: number;
  task: string | undefined;
  name: string;
  target: string;
  actual: string | undefined;
  status: IndicatorStatus;
  /** True when a smaller actual is better (目标“≤5%”“不高于…”). */
  atMost: boolean;
  /** How far below (or, for atMost targets, above) the target the actual is, in the target's unit. */
  gap?: { value: Decimal; unit: string; kind: 'count' | 'percent' | 'amount' | 'other' };
  /** actual ÷ target × 100, for counts and amounts below target. */
  completion?: Decimal;
}

const AT_MOST = /以下|以内|不高于|不超过|≤|<=|低于|少于/;

/** The first quantity of a stated value that measures something (5批 → 5 批; 逐步提高 → null). */
export function statedQuantity(stated: string): Quantity | null {
  return extractQuantities(stated).find((q) => !q.code && q.kind !== 'ordinal' && q.kind !== 'date' && q.kind !== 'year') ?? null;
}

const comparable = (a: Quantity, b: Quantity) => a.kind === b.kind || a.kind === 'other' || b.kind === 'other';

/** Reads every indicator of the figures and judges it against its target. */
export function readIndicators(figures: Pick<DraftFigures, 'indicators'>): IndicatorReading[] {
  return figures.indicators.map((ind, i) => {
    const base = { n: i + 1, task: ind.task?.trim() || undefined, name: ind.name.trim(), target: ind.target.trim(), actual: ind.actual?.trim() };
    const atMost = AT_MOST.test(base.target);
    const t = statedQuantity(base.target);
    if (!t) return { ...base, atMost, status: 'unquantified' as const };
    const a = base.actual !== undefined ? statedQuantity(base.actual) : null;
    if (!a || !comparable(t, a)) return { ...base, atMost, status: 'no-actual' as const };
    const diff = atMost ? a.value.minus(t.value) : t.value.minus(a.value);
    if (diff.lte(0)) return { ...base, atMost, status: diff.isZero() ? ('met' as const) : ('exceeded' as const) };
    const kind = t.kind === 'percent' ? 'percent' : t.kind === 'amount' ? 'amount' : t.kind === 'count' ? 'count' : 'other';
    const reading: IndicatorReading = { ...base, atMost, status: 'below', gap: { value: diff, unit: t.unit ?? '', kind } };
    if (!atMost && kind !== 'percent' && !t.value.isZero()) reading.completion = a.value.div(t.value).mul(100);
    return reading;
  });
}

/** Counts by status. */
export function indicatorCounts(readings: readonly IndicatorReading[]) {
  const count = (s: IndicatorStatus[]) => readings.filter((r) => s.includes(r.status)).length;
  return {
    total: readings.length,
    reported: count(['exceeded', 'met', 'below']),
    met: count(['exceeded', 'met']),
    below: count(['below']),
    missing: count(['no-actual']),
    unquantified: count(['unquantified']),
  };
}

