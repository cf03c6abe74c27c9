/** What a figures file says about a figure key, with the value it implies and the field's name. */
import type Decimal from 'decimal.js';
import type { Figures } from '../../../model/figures';
import { decimalsOf, exact, indicatorVerdict, percentOf } from '../../../domain';
import type { FigureKey } from './figure-key';

export interface FigureField {
  /** JSON path in the figures file ('byNature.basic', 'projects.0.executed'), or an expression over paths for computed values. */
  path: string;
  /** Chinese name of the field: 基本支出, 重点项目“文史工作经费”的执行数. */
  field: string;
  value: Decimal;
  decimals: number;
  /** For computed values (rates, 调整数): the expression over the file's fields. */
  derivedFrom?: string;
  /** Amounts are in the file's unit; rates are percentages. */
  amount: boolean;
}

/** Power of ten of the file's money unit (万元 → 4). */
export function figuresPower(f: Figures): number {
  return f.unit === '亿元' ? 8 : f.unit === '元' ? 0 : 4;
}

const amount = (path: string, field: string, s: string): FigureField => ({ path, field, value: exact(s), decimals: decimalsOf(s), amount: true });

function ratio(path: string, field: string, num: Decimal, den: Decimal, expr: string): FigureField | null {
  if (!den.gt(0)) return null;
  return { path, field, value: num.div(den).times(100), decimals: 50, derivedFrom: expr, amount: false };
}

/** A name without spaces, quotes and a trailing 支出/项目: 一般公共服务支出 → 一般公共服务. */
function normName(s: string): string {
  return s.replace(/[\s“”"‘’《》、，,（）()]/g, '').replace(/(支出|项目)$/, '');
}

/** Names match when equal after normalizing, or one contains the other (at least four characters). */
export function namesMatch(a: string, b: string): boolean {
  const x = normName(a);
  const y = normName(b);
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.includes(short);
}

/** The field of the figures file a figure key refers to, or null when the file has none. */
export function figureFor(f: Figures, key: FigureKey): FigureField | null {
  const { subject, measure } = key;
  const b = f.budget;
  if (subject === '') {
    switch (measure) {
      case 'budget.adjusted':
        return amount('budget.adjusted', '调整后预算数', b.adjusted);
      case 'budget.initial':
        return b.initial === undefined ? null : amount('budget.initial', '年初预算数', b.initial);
      case 'budget.adjustment':
        if (b.initial === undefined) return null;
        return {
          ...amount('budget.adjusted−budget.initial', '预算调整数', b.adjusted),
          value: exact(b.adjusted).minus(exact(b.initial)),
          decimals: Math.max(decimalsOf(b.adjusted), decimalsOf(b.initial)),
          derivedFrom: `调整后预算数 ${b.adjusted} − 年初预算数 ${b.initial}`,
        };
      case 'execution':
        return amount('execution', '全年执行数', f.execution);
      case 'executionRate':
        return ratio('execution÷budget.adjusted', '预算执行率', exact(f.execution), exact(b.adjusted), `全年执行数 ${f.execution} ÷ 调整后预算数 ${b.adjusted}`);
      case 'adjustmentRate':
        if (b.initial === undefined) return null;
        return ratio(
          '(budget.adjusted−budget.initial)÷budget.initial',
          '预算调整率',
          exact(b.adjusted).minus(exact(b.initial)),
          exact(b.initial),
          `(调整后预算数 ${b.adjusted} − 年初预算数 ${b.initial}) ÷ 年初预算数 ${b.initial}`,
        );
      case 'selfScore':
        return f.selfScore === undefined ? null : { ...amount('selfScore', '自评得分', f.selfScore), amount: false };
      default:
        return null;
    }
  }
  if (subject === 'byNature.basic' || subject === 'byNature.project') {
    if (!f.byNature || measure !== 'execution') return null;
    const basic = subject === 'byNature.basic';
    return amount(basic ? 'byNature.basic' : 'byNature.project', basic ? '基本支出' : '项目支出', basic ? f.byNature.basic : f.byNature.project);
  }
  if (subject.startsWith('byFunction:')) {
    if (measure !== 'execution') return null;
    const name = subject.slice('byFunction:'.length);
    const i = f.byFunction.findIndex((x) => normName(x.name) === normName(name));
    const item = f.byFunction[i];
    return item ? amount(`byFunction.${i}.amount`, `支出按功能分类‘${item.name}’`, item.amount) : null;
  }
  if (subject.startsWith('project:')) {
    const name = subject.slice('project:'.length);
    const i = f.projects.findIndex((p) => namesMatch(p.name, name));
    const p = f.projects[i];
    if (!p) return null;
    const label = `重点项目‘${p.name}’的`;
    if (measure === 'budget.adjusted') return amount(`projects.${i}.budget`, `${label}项目预算数`, p.budget);
    if (measure === 'execution') return amount(`projects.${i}.executed`, `${label}执行数`, p.executed);
    if (measure === 'executionRate') {
      return ratio(`projects.${i}.executed÷projects.${i}.budget`, `${label}预算执行率`, exact(p.executed), exact(p.budget), `执行数 ${p.executed} ÷ 项目预算数 ${p.budget}`);
    }
  }
  return null;
}

/** Every amount field of the file, for telling which field a wrong narrative figure came from. */
export function amountFields(f: Figures): FigureField[] {
  const out: FigureField[] = [amount('budget.adjusted', '调整后预算数', f.budget.adjusted), amount('execution', '全年执行数', f.execution)];
  if (f.budget.initial !== undefined) out.push(amount('budget.initial', '年初预算数', f.budget.initial));
  if (f.byNature) out.push(amount('byNature.basic', '基本支出', f.byNature.basic), amount('byNature.project', '项目支出', f.byNature.project));
  f.byFunction.forEach((x, i) => out.push(amount(`byFunction.${i}.amount`, `支出按功能分类‘${x.name}’`, x.amount)));
  f.projects.forEach((p, i) => {
    out.push(amount(`projects.${i}.budget`, `重点项目‘${p.name}’的项目预算数`, p.budget));
    out.push(amount(`projects.${i}.executed`, `重点项目‘${p.name}’的执行数`, p.executed));
  });
  return out;
}

/** The execution rate the file implies (%), or null. */
export function figuresExecutionRate(f: Figures): Decimal | null {
  return percentOf(f.execution, f.budget.adjusted);
}

/** Indicators of the file whose actual falls short of the target (the domain's verdict, as the drafter's). */
export function figureShortfalls(f: Figures): Array<{ name: string; target: string; actual: string }> {
  return f.indicators.filter((ind) => indicatorVerdict(ind).status === 'below').map((ind) => ({ name: ind.name, target: ind.target, actual: ind.actual! }));
}
