import Decimal from 'decimal.js';
import { decimalsOf, percentOf } from '../../domain';
import type { DraftFigures } from '../request';
import type { FactTable } from './fact';
import { formatAmount, formatComputedAmount, formatPercent } from './format';

/** Per project: budget, executed, execution rate and what is left; totals when there are several. */
export function addProjectFacts(t: FactTable, figures: DraftFigures, pct: number): void {
  const unit = figures.unit;
  const base = { scope: 'figures' as const };
  let budgetSum = new Decimal(0);
  let execSum = new Decimal(0);
  let decimals = 0;
  figures.projects.forEach((p, i) => {
    const id = `proj_${i + 1}`;
    t.add({ ...base, id: `${id}_budget`, label: `${p.name}预算数`, kind: 'amount', value: new Decimal(p.budget), text: formatAmount(p.budget, unit), computed: false });
    t.add({ ...base, id: `${id}_executed`, label: `${p.name}执行数`, kind: 'amount', value: new Decimal(p.executed), text: formatAmount(p.executed, unit), computed: false });
    const rate = percentOf(p.executed, p.budget);
    if (rate) t.add({ ...base, id: `${id}_rate`, label: `${p.name}预算执行率`, kind: 'percent', value: rate, text: formatPercent(rate, pct), computed: true });
    const d = Math.max(decimalsOf(p.budget), decimalsOf(p.executed));
    const gap = new Decimal(p.budget).minus(p.executed);
    if (gap.gt(0)) t.add({ ...base, id: `${id}_gap`, label: `${p.name}未执行数`, kind: 'amount', value: gap, text: formatComputedAmount(gap, d, unit), computed: true });
    budgetSum = budgetSum.plus(p.budget);
    execSum = execSum.plus(p.executed);
    decimals = Math.max(decimals, d);
  });
  const n = figures.projects.length;
  if (n < 2) return;
  t.add({ ...base, id: 'proj_count', label: '重点项目个数', kind: 'count', value: new Decimal(n), text: `${n}个`, computed: true });
  t.add({ ...base, id: 'proj_budget_total', label: '重点项目预算合计', kind: 'amount', value: budgetSum, text: formatComputedAmount(budgetSum, decimals, unit), computed: true });
  t.add({ ...base, id: 'proj_executed_total', label: '重点项目执行合计', kind: 'amount', value: execSum, text: formatComputedAmount(execSum, decimals, unit), computed: true });
  const rate = percentOf(execSum, budgetSum);
  if (rate) t.add({ ...base, id: 'proj_total_rate', label: '重点项目总体执行率', kind: 'percent', value: rate, text: formatPercent(rate, pct), computed: true });
}
