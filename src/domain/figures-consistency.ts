/**
 * Self-consistency of a figures file: its own arithmetic, before any report is compared with it.
 * The one verdict the checker (check --figures, the API), the drafter and the page's live form give.
 * Sums are compared at the stated precision: a difference the parts' rounding explains is a warning, beyond it an error.
 */
import type Decimal from 'decimal.js';
import type { IndicatorInput } from './indicators';
import { decimalsOf, exact, parseDecimal, show, sum } from './decimal';
import { BANDS, MAX_SCORE, ratingFor, type Rating } from './rating';
import { agree, halfUlp } from './rounding';

/**
 * A figures file, or the part of it filled in so far (the drafter's figures may lack budget and execution; the page
 * checks while the form is typed). Amounts are decimal strings ("2760.71", "2,760.71"); a field that is not a
 * number is skipped, not reported (the schema reports it).
 */
export interface FiguresLike {
  budget?: { initial?: string | undefined; adjusted?: string | undefined } | undefined;
  execution?: string | undefined;
  byFunction?: ReadonlyArray<{ name: string; amount: string }> | undefined;
  byNature?: { basic: string; project: string } | undefined;
  projects?: ReadonlyArray<{ name: string; budget: string; executed: string }> | undefined;
  indicators?: ReadonlyArray<IndicatorInput> | undefined;
  selfScore?: string | undefined;
  rating?: Rating | undefined;
}

/** Every kind of figures problem (the API schema lists them from here). */
export const FIGURES_MESSAGE_IDS = [
  'negativeAmount',
  'byNatureSum',
  'byFunctionSum',
  'nonPositiveBudget',
  'executionOverBudget',
  'projectOverBudget',
  'projectsExceedExecution',
  'scoreOutOfRange',
  'ratingMismatch',
  'duplicateName',
] as const;

export type FiguresMessageId = (typeof FIGURES_MESSAGE_IDS)[number];

export interface FiguresProblem {
  /** `figures/<messageId>`: the same id wherever the problem is shown (check output, draft findings, the page). */
  ruleId: `figures/${FiguresMessageId}`;
  /** JSON path of the field: 'byNature', 'projects.2.executed'. */
  path: string;
  /** Chinese field name. */
  field: string;
  severity: 'error' | 'warning';
  messageId: FiguresMessageId;
  /** What is wrong, with the expression: 基本支出 2586.53 + 项目支出 174.18 = 2760.71，与全年执行数 2760.70 不一致. */
  message: string;
  evidence: Record<string, unknown>;
}

type Draft = Omit<FiguresProblem, 'ruleId'>;
const withId = (p: Draft): FiguresProblem => ({ ruleId: `figures/${p.messageId}`, ...p });

interface Part {
  name: string;
  amount: string;
}

const num = (v: string | undefined): Decimal | null => (v === undefined ? null : parseDecimal(v));

/** Parts against a total: error beyond rounding, warning within what the parts' rounding explains. */
function checkSum(path: string, field: string, messageId: FiguresMessageId, parts: Part[], totalName: string, total: string): Draft | null {
  const t = num(total);
  const values = parts.map((p) => num(p.amount));
  if (!t || values.some((v) => v === null)) return null;
  const d = Math.max(decimalsOf(total), ...parts.map((p) => decimalsOf(p.amount)));
  const s = sum(values as Decimal[]);
  const slack = parts.reduce((acc: Decimal, p) => acc.plus(halfUlp(decimalsOf(p.amount))), exact(0));
  const a = agree(t, decimalsOf(total), s, slack);
  if (a === 'match') return null;
  const expression = `${parts.map((p) => `${p.name} ${p.amount}`).join(' + ')} = ${show(s, d)}`;
  const difference = show(s.minus(t).abs(), d);
  const tail = a === 'rounding' ? `（相差 ${difference}，属尾数舍入级差异）` : `（相差 ${difference}）`;
  return {
    path,
    field,
    severity: a === 'rounding' ? 'warning' : 'error',
    messageId,
    message: `${expression}，与${totalName} ${total} 不一致${tail}`,
    evidence: { expression, stated: total, computed: show(s, d), difference },
  };
}

function negatives(f: FiguresLike): Draft[] {
  const out: Draft[] = [];
  const check = (path: string, field: string, v: string | undefined) => {
    if (num(v)?.isNegative()) out.push({ path, field, severity: 'error', messageId: 'negativeAmount', message: `${field}为负数 ${v}`, evidence: { value: v } });
  };
  check('budget.adjusted', '调整后预算数', f.budget?.adjusted);
  check('budget.initial', '年初预算数', f.budget?.initial);
  check('execution', '全年执行数', f.execution);
  check('byNature.basic', '基本支出', f.byNature?.basic);
  check('byNature.project', '项目支出', f.byNature?.project);
  (f.byFunction ?? []).forEach((x, i) => check(`byFunction.${i}.amount`, `支出按功能分类“${x.name}”的金额`, x.amount));
  (f.projects ?? []).forEach((p, i) => {
    check(`projects.${i}.budget`, `重点项目“${p.name}”的项目预算数`, p.budget);
    check(`projects.${i}.executed`, `重点项目“${p.name}”的执行数`, p.executed);
  });
  return out;
}

function duplicates(path: string, what: string, names: string[]): Draft[] {
  const seen = new Set<string>();
  const out: Draft[] = [];
  names.forEach((n, i) => {
    if (seen.has(n)) out.push({ path: `${path}.${i}.name`, field: `${what}名称`, severity: 'warning', messageId: 'duplicateName', message: `${what}“${n}”重复出现`, evidence: { name: n } });
    seen.add(n);
  });
  return out;
}

function budgetProblems(f: FiguresLike): Draft[] {
  const adjusted = f.budget?.adjusted;
  const a = num(adjusted);
  if (!a) return [];
  if (!a.gt(0)) {
    return [{ path: 'budget.adjusted', field: '调整后预算数', severity: 'error', messageId: 'nonPositiveBudget', message: `调整后预算数 ${adjusted} 应大于 0`, evidence: { value: adjusted } }];
  }
  const e = num(f.execution);
  if (!e || !e.gt(a)) return [];
  return [
    {
      path: 'execution',
      field: '全年执行数',
      severity: 'warning',
      messageId: 'executionOverBudget',
      message: `全年执行数 ${f.execution} 超过调整后预算数 ${adjusted}（执行率 ${show(e.div(a).times(100), 2)}%）`,
      evidence: { execution: f.execution, adjusted },
    },
  ];
}

function projectProblems(f: FiguresLike): Draft[] {
  const out: Draft[] = [];
  const projects = (f.projects ?? []).filter((p) => num(p.budget) && num(p.executed));
  projects.forEach((p) => {
    if (!num(p.executed)!.gt(num(p.budget)!)) return;
    out.push({
      path: `projects.${(f.projects ?? []).indexOf(p)}.executed`,
      field: `重点项目“${p.name}”的执行数`,
      severity: 'warning',
      messageId: 'projectOverBudget',
      message: `重点项目“${p.name}”执行数 ${p.executed} 超过项目预算数 ${p.budget}`,
      evidence: { executed: p.executed, budget: p.budget },
    });
  });
  const execution = num(f.execution);
  if (projects.length > 0 && execution) {
    const total = sum(projects.map((p) => num(p.executed)!));
    if (total.gt(execution)) {
      const d = Math.max(...projects.map((p) => decimalsOf(p.executed)));
      const expression = `${projects.map((p) => `${p.name} ${p.executed}`).join(' + ')} = ${show(total, d)}`;
      out.push({
        path: 'projects',
        field: '重点项目',
        severity: 'error',
        messageId: 'projectsExceedExecution',
        message: `重点项目执行数之和 ${expression}，超过全年执行数 ${f.execution}`,
        evidence: { expression, stated: f.execution, computed: show(total, d) },
      });
    }
  }
  return out;
}

function scoreProblems(f: FiguresLike): Draft[] {
  const score = num(f.selfScore);
  if (!score) return [];
  if (score.gt(MAX_SCORE)) {
    return [{ path: 'selfScore', field: '自评得分', severity: 'error', messageId: 'scoreOutOfRange', message: `自评得分 ${f.selfScore} 超过满分 ${MAX_SCORE} 分`, evidence: { score: f.selfScore } }];
  }
  const expected = ratingFor(score);
  if (f.rating === undefined || f.rating === expected) return [];
  return [
    {
      path: 'rating',
      field: '自评等级',
      severity: 'error',
      messageId: 'ratingMismatch',
      message: `自评得分 ${f.selfScore} 分对应等级为“${expected}”（${BANDS[expected]}），数据中写为“${f.rating}”`,
      evidence: { score: f.selfScore, statedRating: f.rating, expectedRating: expected },
    },
  ];
}

/** Every arithmetic problem of a figures file (or of the part filled in); an empty list when it adds up. */
export function figuresProblems(f: FiguresLike): FiguresProblem[] {
  const out: Draft[] = [...negatives(f)];
  const execution = f.execution;
  if (f.byNature && execution !== undefined) {
    const parts = [
      { name: '基本支出', amount: f.byNature.basic },
      { name: '项目支出', amount: f.byNature.project },
    ];
    const p = checkSum('byNature', '支出按性质分类', 'byNatureSum', parts, '全年执行数', execution);
    if (p) out.push(p);
  }
  const byFunction = f.byFunction ?? [];
  if (byFunction.length > 0 && execution !== undefined) {
    const p = checkSum(
      'byFunction',
      '支出按功能分类',
      'byFunctionSum',
      byFunction.map((x) => ({ name: x.name, amount: x.amount })),
      '全年执行数',
      execution,
    );
    if (p) out.push(p);
  }
  out.push(...budgetProblems(f), ...projectProblems(f), ...scoreProblems(f));
  out.push(
    ...duplicates(
      'byFunction',
      '功能分类',
      byFunction.map((x) => x.name),
    ),
    ...duplicates(
      'projects',
      '重点项目',
      (f.projects ?? []).map((p) => p.name),
    ),
  );
  return out.map(withId);
}
