/** Subjects: identity keys, equality, strength of the evidence, Chinese names. */
import type { Subject, SubjectReason } from './types';

export const DEPARTMENT: Subject = { kind: 'department' };
export const UNKNOWN: Subject = { kind: 'unknown' };

/**
 * A subject's identity as a map key (never parsed back): '' for the department,
 * 'byNature.basic', 'byFunction:教育', 'project:X', 'indicator:X', 'row:T#X', '?' for unknown.
 */
export function subjectKey(s: Subject): string {
  switch (s.kind) {
    case 'department':
      return '';
    case 'nature':
      return `byNature.${s.nature}`;
    case 'function':
      return `byFunction:${s.name}`;
    case 'project':
      return `project:${s.name}`;
    case 'indicator':
      return `indicator:${s.name}`;
    case 'tableRow':
      return s.total ? `row:合计#${s.table}` : `row:${s.row}`;
    case 'unknown':
      return '?';
  }
}

export function sameSubject(a: Subject, b: Subject): boolean {
  return a.kind !== 'unknown' && b.kind !== 'unknown' && subjectKey(a) === subjectKey(b);
}

/**
 * Whether the subject was named where the number is written (in its clause, or leading its
 * list item): only two such claims can contradict each other at error severity.
 */
export function isExplicit(reason: SubjectReason): boolean {
  return reason === 'explicit' || reason === 'list-item-lead';
}

/** Chinese name of a subject, for messages (never an internal key). */
export function subjectLabel(s: Subject): string {
  switch (s.kind) {
    case 'department':
      return '部门整体';
    case 'nature':
      return s.nature === 'basic' ? '基本支出' : '项目支出';
    case 'function':
      return `${s.name}支出`;
    case 'project':
    case 'indicator':
      return s.name;
    case 'tableRow':
      return s.total ? '表格合计行' : s.row;
    case 'unknown':
      return '（未明确主体）';
  }
}

export const REASON_NAMES: Record<SubjectReason, string> = {
  explicit: '句中写明',
  'list-item-lead': '段首或条目开头写明',
  heading: '所在标题写明',
  coreference: '“该项目”等指代前文',
  carried: '沿用同段前文',
  department: '按所在章节推定为部门整体',
  unknown: '无法确定',
};
