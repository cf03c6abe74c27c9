import Decimal from 'decimal.js';
import { formatDecimal } from '../../numbers';
import { statedQuantity } from '../../domain';
import { indicatorCounts, type IndicatorReading } from '../analysis/indicators';
import type { FactKind, FactTable } from './fact';
import { formatPercent } from './format';

const kindOf = (stated: string): FactKind => {
  const q = statedQuantity(stated);
  if (!q) return 'text';
  return q.kind === 'percent' || q.kind === 'amount' || q.kind === 'count' || q.kind === 'score' ? q.kind : 'other';
};

/** Per indicator: target and actual as stated, the shortfall and completion; counts by status. */
export function addIndicatorFacts(t: FactTable, readings: readonly IndicatorReading[], pct: number): void {
  const base = { scope: 'figures' as const };
  for (const r of readings) {
    const id = `ind_${r.n}`;
    const stated = (suffix: string, label: string, text: string) => {
      const q = statedQuantity(text);
      t.add({ ...base, id: `${id}_${suffix}`, label: `${r.name}${label}`, kind: kindOf(text), value: q?.value ?? null, text, computed: false });
    };
    stated('target', '目标值', r.target);
    if (r.actual !== undefined) stated('actual', '实际完成值', r.actual);
    if (r.gap) {
      const isPct = r.gap.kind === 'percent';
      const text = isPct ? `${formatDecimal(r.gap.value, decimalsIn(r.gap.value), false)}个百分点` : `${r.gap.value.toString()}${r.gap.unit}`;
      t.add({ ...base, id: `${id}_gap`, label: `${r.name}与目标的差距`, kind: isPct ? 'points' : r.gap.kind === 'amount' ? 'amount' : 'count', value: r.gap.value, text, computed: true });
    }
    if (r.completion) t.add({ ...base, id: `${id}_completion`, label: `${r.name}完成率（实际÷目标）`, kind: 'percent', value: r.completion, text: formatPercent(r.completion, pct), computed: true });
  }
  if (readings.length === 0) return;
  const c = indicatorCounts(readings);
  const count = (key: string, label: string, n: number) => t.add({ ...base, id: key, label, kind: 'count', value: new Decimal(n), text: `${n}项`, computed: true });
  count('ind_count', '绩效指标个数', c.total);
  count('ind_reported_count', '已填报实际完成值的指标个数', c.reported);
  count('ind_met_count', '达到或超过目标的指标个数', c.met);
  count('ind_below_count', '未达到目标的指标个数', c.below);
  count('ind_missing_count', '未填报实际完成值的指标个数', c.missing);
  count('ind_unquantified_count', '目标值未量化的指标个数', c.unquantified);
}

/** Decimals needed to write a difference of two stated values exactly. */
function decimalsIn(v: Decimal): number {
  return Math.max(0, v.decimalPlaces());
}
