/**
 * Self-consistency of a figures file (check --figures, and the API): its own arithmetic,
 * checked before the report is compared with it. Chinese messages per field.
 */
import type Decimal from 'decimal.js';
import type { Figures } from '../../model/figures';
import { agree, halfUlp } from './shared/compare';
import { exact, show, sum } from './shared/exact';
import { decimalsOf } from './shared/figures-facts';
import { BANDS, ratingFor } from './shared/rating';

export interface FiguresProblem {
  /** JSON path of the field: 'byNature', 'projects.2.executed'. */
  path: string;
  /** Chinese field name. */
  field: string;
  severity: 'error' | 'warning';
  messageId: string;
  /** What is wrong, with the expression: 基本支出 2586.53 + 项目支出 174.18 = 2760.71，与全年执行数 2760.70 不一致. */
  message: string;
  evidence: Record<string, unknown>;
}

interface Part {
  name: string;
  amount: string;
}

/** Parts against a total: error beyond rounding, warning within what the parts' rounding explains. */
function checkSum(path: string, field: string, messageId: string, parts: Part[], totalName: string, total: string): FiguresProblem | null {
  const d = Math.max(decimalsOf(total), ...parts.map((p) => decimalsOf(p.amount)));
  const s = sum(parts.map((p) => exact(p.amount)));
  const slack = parts.reduce((acc: Decimal, p) => acc.plus(halfUlp(decimalsOf(p.amount))), exact(0));
  const a = agree(exact(total), decimalsOf(total), s, slack);
  if (a === 'match') return null;
  const expression = `${parts.map((p) => `${p.name} ${p.amount}`).join(' + ')} = ${show(s, d)}`;
  const difference = show(s.minus(exact(total)).abs(), d);
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

function negatives(f: Figures): FiguresProblem[] {
  const out: FiguresProblem[] = [];
  const check = (path: string, field: string, v: string | undefined) => {
    if (v !== undefined && exact(v).isNegative()) {
      out.push({ path, field, severity: 'error', messageId: 'negativeAmount', message: `${field}为负数 ${v}`, evidence: { value: v } });
    }
  };
  check('budget.adjusted', '调整后预算数', f.budget.adjusted);
  check('budget.initial', '年初预算数', f.budget.initial);
  check('execution', '全年执行数', f.execution);
  check('byNature.basic', '基本支出', f.byNature?.basic);
  check('byNature.project', '项目支出', f.byNature?.project);
  f.byFunction.forEach((x, i) => check(`byFunction.${i}.amount`, `支出按功能分类“${x.name}”的金额`, x.amount));
  f.projects.forEach((p, i) => {
    check(`projects.${i}.budget`, `重点项目“${p.name}”的项目预算数`, p.budget);
    check(`projects.${i}.executed`, `重点项目“${p.name}”的执行数`, p.executed);
  });
  return out;
}

function duplicates(path: string, what: string, names: string[]): FiguresProblem[] {
  const seen = new Set<string>();
  const out: FiguresProblem[] = [];
  names.forEach((n, i) => {
    if (seen.has(n)) {
      out.push({ path: `${path}.${i}.name`, field: `${what}名称`, severity: 'warning', messageId: 'duplicateName', message: `${what}“${n}”重复出现`, evidence: { name: n } });
    }
    seen.add(n);
  });
  return out;
}

function projectProblems(f: Figures): FiguresProblem[] {
  const out: FiguresProblem[] = [];
  f.projects.forEach((p, i) => {
    if (exact(p.executed).gt(exact(p.budget))) {
      out.push({
        path: `projects.${i}.executed`,
        field: `重点项目“${p.name}”的执行数`,
        severity: 'warning',
        messageId: 'projectOverBudget',
        message: `重点项目“${p.name}”执行数 ${p.executed} 超过项目预算数 ${p.budget}`,
        evidence: { executed: p.executed, budget: p.budget },
      });
    }
  });
  if (f.projects.length > 0) {
    const total = sum(f.projects.map((p) => exact(p.executed)));
    if (total.gt(exact(f.execution))) {
      const d = Math.max(...f.projects.map((p) => decimalsOf(p.executed)));
      const expression = `${f.projects.map((p) => `${p.name} ${p.executed}`).join(' + ')} = ${show(total, d)}`;
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

function scoreProblems(f: Figures): FiguresProblem[] {
  if (f.selfScore === undefined) return [];
  const score = exact(f.selfScore);
  if (score.gt(100)) {
    return [{ path: 'selfScore', field: '自评得分', severity: 'error', messageId: 'scoreOutOfRange', message: `自评得分 ${f.selfScore} 超过满分 100 分`, evidence: { score: f.selfScore } }];
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

/** Every arithmetic problem of a (schema-valid) figures file; an empty list when it adds up. */
export function checkFiguresConsistency(f: Figures): FiguresProblem[] {
  const out: FiguresProblem[] = [...negatives(f)];
  if (f.byNature) {
    const p = checkSum(
      'byNature',
      '支出按性质分类',
      'byNatureSum',
      [
        { name: '基本支出', amount: f.byNature.basic },
        { name: '项目支出', amount: f.byNature.project },
      ],
      '全年执行数',
      f.execution,
    );
    if (p) out.push(p);
  }
  if (f.byFunction.length > 0) {
    const p = checkSum('byFunction', '支出按功能分类', 'byFunctionSum', f.byFunction.map((x) => ({ name: x.name, amount: x.amount })), '全年执行数', f.execution);
    if (p) out.push(p);
  }
  if (!exact(f.budget.adjusted).gt(0)) {
    out.push({ path: 'budget.adjusted', field: '调整后预算数', severity: 'error', messageId: 'nonPositiveBudget', message: `调整后预算数 ${f.budget.adjusted} 应大于 0`, evidence: { value: f.budget.adjusted } });
  } else if (exact(f.execution).gt(exact(f.budget.adjusted))) {
    out.push({
      path: 'execution',
      field: '全年执行数',
      severity: 'warning',
      messageId: 'executionOverBudget',
      message: `全年执行数 ${f.execution} 超过调整后预算数 ${f.budget.adjusted}（执行率 ${show(exact(f.execution).div(exact(f.budget.adjusted)).times(100), 2)}%）`,
      evidence: { execution: f.execution, adjusted: f.budget.adjusted },
    });
  }
  out.push(...projectProblems(f), ...scoreProblems(f));
  out.push(...duplicates('byFunction', '功能分类', f.byFunction.map((x) => x.name)), ...duplicates('projects', '重点项目', f.projects.map((p) => p.name)));
  return out;
}
