/** A quantity of the document with where it sits and what it is (its figure key). */
import type { Quantity } from '../../../numbers';
import type { Subject, SubjectReason } from '../../../claims/types';
import type { FigureKey } from './figure-key';
import type { Scale } from './scale';

export interface Mention {
  /** Index in the analysis' mentions (document order). */
  id: number;
  q: Quantity;
  /** Index of the block (paragraph, heading, table row) holding it. */
  block: number;
  sentence: number;
  segment: number;
  /** Unit as written, or the table's 单位 note for a bare table cell. */
  unit: string | null;
  scale: Scale | null;
  /** What the figure is, when its label (or table column) says so. */
  key: FigureKey | null;
  /** Whose figure it is (typed), and how that was decided (src/claims/resolve.ts). */
  subject: Subject;
  reason: SubjectReason;
  /** The subject's words as found in the text (a project's name), when any. */
  subjectText?: string;
  /** A real figure (not a year, date, ordinal or code): counted in numbersFound. */
  figure: boolean;
  /** In a table row. */
  inTable: boolean;
  /** Set for table cells mapped to a column of a budget table. */
  column?: string;
}

/** A real figure: amounts, percentages, counts, scores, and decimals in table cells. */
export function isFigure(q: Quantity): boolean {
  if (q.code) return false;
  if (q.kind === 'amount' || q.kind === 'percent' || q.kind === 'count' || q.kind === 'score') return true;
  return q.kind === 'other' && q.decimals > 0;
}

/** Exact comparison value: the mention with no approximation marker and no range. */
export function isExact(m: Mention): boolean {
  return m.q.approx === null && m.q.range === undefined;
}
