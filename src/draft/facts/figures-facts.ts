import Decimal from 'decimal.js';
import { formatDecimal } from '../../numbers';
import { decimalsOf, LOW_EXECUTION_RATE, percentOf, ratingFor } from '../../domain';
import type { DraftFigures } from '../request';
import { FactTable, type Fact } from './fact';
import { formatAmount, formatComputedAmount, formatPercent } from './format';

type Add = (f: Omit<Fact, 'scope' | 'computed'> & { computed?: boolean }) => void;

const adder =
  (t: FactTable): Add =>
  (f) =>
    void t.add({ computed: false, ...f, scope: 'figures' });

/** Budget, execution and their rates; breakdowns with their shares; score and rating; the year. */
export function addFiguresFacts(t: FactTable, figures: DraftFigures, year: number | undefined, pct: number): void {
  const add = adder(t);
  const unit = figures.unit;
  if (year !== undefined) add({ id: 'year', label: '年度', kind: 'year', value: new Decimal(year), text: `${year}年` });
  add({ id: 'threshold_exec', label: '预算执行率的一般要求', kind: 'percent', value: new Decimal(LOW_EXECUTION_RATE), text: `${LOW_EXECUTION_RATE}%` });
  const amount = (id: string, label: string, v: string) => add({ id, label, kind: 'amount', value: new Decimal(v), text: formatAmount(v, unit) });
  const computedAmount = (id: string, label: string, v: Decimal, decimals: number) => add({ id, label, kind: 'amount', value: v, text: formatComputedAmount(v, decimals, unit), computed: true });
  const rate = (id: string, label: string, v: Decimal | null) => {
    if (v) add({ id, label, kind: 'percent', value: v, text: formatPercent(v, pct), computed: true });
  };
  const { budget, execution } = figures;
  if (budget?.initial !== undefined) amount('budget_initial', '年初预算数', budget.initial);
  if (budget) amount('budget_adjusted', '全年预算数（调整后）', budget.adjusted);
  if (budget?.initial !== undefined) {
    const adj = new Decimal(budget.adjusted).minus(budget.initial);
    const d = Math.max(decimalsOf(budget.adjusted), decimalsOf(budget.initial));
    computedAmount('budget_adjustment', adj.gte(0) ? '年中预算调增数' : '年中预算调减数', adj.abs(), d);
    rate('adjust_rate', '预算调整率（调整数÷年初预算数）', percentOf(adj.abs(), budget.initial));
  }
  if (execution !== undefined) amount('execution', '全年执行数', execution);
  if (budget && execution !== undefined) {
    rate('exec_rate', '预算执行率（执行数÷调整后预算数）', percentOf(execution, budget.adjusted));
    const rest = new Decimal(budget.adjusted).minus(execution);
    const d = Math.max(decimalsOf(budget.adjusted), decimalsOf(execution));
    if (rest.gt(0)) computedAmount('unexecuted', '未执行数（调整后预算数−执行数）', rest, d);
    if (rest.lt(0)) computedAmount('overspent', '超预算支出数（执行数−调整后预算数）', rest.abs(), d);
  }
  figures.byFunction.forEach((item, i) => {
    amount(`fn_${i + 1}`, item.name, item.amount);
    if (execution !== undefined) rate(`fn_${i + 1}_share`, `${item.name}占全年执行数的比重`, percentOf(item.amount, execution));
  });
  if (figures.byNature) {
    const { basic, project } = figures.byNature;
    const total = new Decimal(basic).plus(project);
    amount('basic', '基本支出', basic);
    amount('project', '项目支出', project);
    rate('basic_share', '基本支出占比', percentOf(basic, total));
    rate('project_share', '项目支出占比', percentOf(project, total));
  }
  if (figures.selfScore !== undefined) {
    const s = figures.selfScore;
    add({ id: 'score', label: '自评得分', kind: 'score', value: new Decimal(s), text: `${formatDecimal(s, decimalsOf(s), false)}分` });
    add({ id: 'rating', label: '自评等级（按得分确定）', kind: 'text', value: null, text: ratingFor(s) });
  }
}
