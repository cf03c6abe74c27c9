/** What a stated figure is: whose (subject) and which measure (budget, execution, rate …). */
import { canonicalLabel, type QuantityKind } from '../numbers';

import type { Measure } from './types';

export type { Measure };

/**
 * Subject: '' is the department as a whole; 'byNature.basic', 'byNature.project',
 * 'byFunction:教育', 'project:文史工作经费', 'row:一般公共预算' (a table row other than 合计),
 * '?' when a bare measure (执行数) has no subject in its clause and no department scope.
 */
export interface FigureKey {
  subject: string;
  measure: Measure;
}

export const AMOUNT_MEASURES: ReadonlySet<Measure> = new Set(['budget.adjusted', 'budget.initial', 'budget.adjustment', 'execution', 'income']);
const RATE_MEASURES: ReadonlySet<Measure> = new Set(['executionRate', 'adjustmentRate']);

const MEASURES = new Set<string>([...AMOUNT_MEASURES, ...RATE_MEASURES, 'selfScore']);

/** The parts of a canonical label key: 'byNature.basic/budget.adjusted' → subject and measure. */
function parseCanonical(key: string | null): { subject?: string; measure?: Measure } | null {
  if (key === null) return null;
  if (MEASURES.has(key)) return { measure: key as Measure };
  const slash = key.lastIndexOf('/');
  if (slash < 0) return key.startsWith('byNature.') || key.startsWith('byFunction:') ? { subject: key } : null;
  const measure = key.slice(slash + 1);
  if (!MEASURES.has(measure)) return null;
  return { subject: key.slice(0, slash), measure: measure as Measure };
}

/** The parsed key of a label, or null. */
export function labelKey(label: string | null): { subject?: string; measure?: Measure } | null {
  return parseCanonical(canonicalLabel(label));
}

/** Whether a quantity of this kind can be this measure (an amount, a percentage, a score). */
export function kindFits(measure: Measure, kind: QuantityKind): boolean {
  if (AMOUNT_MEASURES.has(measure)) return kind === 'amount';
  if (RATE_MEASURES.has(measure)) return kind === 'percent';
  return kind === 'score';
}

/** '' → '部门整体'; 'byNature.basic' → '基本支出'; 'project:X' → 'X'. */
export function subjectName(subject: string): string {
  if (subject === '') return '部门整体';
  if (subject === 'byNature.basic') return '基本支出';
  if (subject === 'byNature.project') return '项目支出';
  if (subject.startsWith('byFunction:')) return `${subject.slice('byFunction:'.length)}支出`;
  if (subject.startsWith('project:')) return subject.slice('project:'.length);
  if (subject.startsWith('row:合计#')) return '表格合计行';
  if (subject.startsWith('row:')) return subject.slice('row:'.length);
  return '（未明确主体）';
}

export const MEASURE_NAMES: Record<Measure, string> = {
  'budget.adjusted': '调整后预算数',
  'budget.initial': '年初预算数',
  'budget.adjustment': '预算调整数',
  execution: '执行数',
  executionRate: '预算执行率',
  adjustmentRate: '预算调整率',
  income: '收入',
  selfScore: '自评得分',
};

/** '基本支出执行数', '部门整体调整后预算数', '教育支出'. */
export function keyName(key: FigureKey): string {
  if (key.subject.startsWith('byFunction:') || key.subject.startsWith('byNature.')) {
    return key.measure === 'execution' ? subjectName(key.subject) : `${subjectName(key.subject)}${MEASURE_NAMES[key.measure]}`;
  }
  if (key.subject === '' && key.measure === 'selfScore') return MEASURE_NAMES.selfScore;
  if (key.subject.startsWith('project:') && key.measure === 'budget.adjusted') return `${subjectName(key.subject)}预算数`;
  return `${subjectName(key.subject)}${MEASURE_NAMES[key.measure]}`;
}
