/**
 * The claim model: every number of a report as a claim about a subject.
 *
 * A claim says "<subject>'s <measure> is <value> <unit>", with where it is written and
 * how its subject was decided (`subjectReason`). Rules compare claims; the severity of a
 * comparison follows the strength of the subjects on both sides (see `isExplicit`):
 * error only when both sides name the same subject explicitly, warning when a subject was
 * inferred, nothing when it is unknown.
 *
 * API (src/claims/index.ts):
 *   buildClaims(doc): ClaimSet           — every number of the document as a claim (memoized by
 *                                         the number analysis when called through a check)
 *   claimSet.byId / byBlock / bySentence / bySubject — indexes, no scanning of the whole list
 *   claimSet.status(id)                  — 'verified' | 'contradicted' | 'unchecked', with the
 *                                         rules that checked it (filled in by the number rules)
 */
import type Decimal from 'decimal.js';
import type { QuantityKind } from '../numbers/types';

/** Whose figure it is. Typed: compare with `sameSubject`, never by parsing a string back. */
export type Subject =
  | { kind: 'department' }
  /** 基本支出 / 项目支出 (支出按经济性质 / 按支出性质). */
  | { kind: 'nature'; nature: 'basic' | 'project' }
  /** A 功能分类 class: 一般公共服务支出 → name 一般公共服务. */
  | { kind: 'function'; name: string }
  /** A named project, fund or expense line (XX项目, XX经费, “三公”经费, 机关运行经费). */
  | { kind: 'project'; name: string }
  /** A named performance indicator or work item (办理法律援助案件, 立案率). */
  | { kind: 'indicator'; name: string }
  /** A row of a table (by table and row label), other than a department-wide 合计 row. */
  | { kind: 'tableRow'; table: number; row: string; total: boolean }
  | { kind: 'unknown' };

/**
 * How the subject was decided, strongest first:
 * - explicit: named in the clause itself (基本支出预算数, X项目年度预算数, 本部门全年支出, a table column);
 * - list-item-lead: the name leading the paragraph or list item (（1）X项目：…, X经费：…, X项目。该项目…);
 * - heading: a heading above names the project or fund ((一)X项目 … 本年度预算数…);
 * - coreference: 该项目 / 本项目 / 上述资金 → the nearest named project before it;
 * - carried: the subject of an earlier sentence of the same paragraph;
 * - department: the department, from the section (收支情况) or a department word in the sentence;
 * - unknown: no evidence; never compared across the document.
 */
export type SubjectReason = 'explicit' | 'list-item-lead' | 'heading' | 'coreference' | 'carried' | 'department' | 'unknown';

/** What is measured. Budget measures are the figures-file fields; others are free labels. */
export type Measure = 'budget.adjusted' | 'budget.initial' | 'budget.adjustment' | 'execution' | 'executionRate' | 'adjustmentRate' | 'income' | 'selfScore';

/** A unit as a base and a power of ten (万元 → 元 × 10⁴; 万件 → 件 × 10⁴; % → % × 1). */
interface ClaimUnit {
  /** As written (万元, 件, %), or the table's 单位 for a bare cell; null when none. */
  written: string | null;
  base: string | null;
  power: number;
}

/** Where a claim is written. */
interface ClaimPlace {
  start: number;
  end: number;
  /** Index of the block (paragraph, heading, table row) in ReportDocument.blocks. */
  block: number;
  /** Sentence id (…。) and ；-segment id. */
  sentence: number;
  segment: number;
  /** Section titles, outermost first. */
  path: string[];
}

export interface Claim {
  /** Index in ClaimSet.claims (document order); stable for a given text. */
  id: number;
  subject: Subject;
  subjectReason: SubjectReason;
  /** The subject's words as found in the text (the project name, 本部门 …), when any. */
  subjectText?: string;
  /** A known budget measure, when the label says so. */
  measure: Measure | null;
  /** The label phrase before the number (全年预算数, 立案率), as read. */
  label: string | null;
  kind: QuantityKind;
  /** Exact value as written, not scaled by the unit (3,363.37万元 → 3363.37). */
  value: Decimal;
  /** The number as written. */
  text: string;
  unit: ClaimUnit;
  /** Decimals as written (98.12% → 2). */
  precision: number;
  /** 约 / 近 / 余 / a range: never compared exactly. */
  approximate: boolean;
  /** Another year's figure (上年, 2022年 in a 2023 report): not this year's subject. */
  otherPeriod: boolean;
  inTable: boolean;
  place: ClaimPlace;
}

export type ClaimStatus = 'verified' | 'contradicted' | 'unchecked';

/** One check a claim took part in, recorded by a rule. */
export interface ClaimCheck {
  ruleId: string;
  outcome: 'verified' | 'contradicted';
  /** What it was checked against, in Chinese (调整后预算数 1,562.75万元, 数据文件 projects.0.executed …). */
  against?: string;
}

export interface ClaimSet {
  claims: Claim[];
  byBlock: ReadonlyMap<number, Claim[]>;
  bySentence: ReadonlyMap<number, Claim[]>;
  /** By `subjectKey(subject)`; unknown subjects are not indexed. */
  bySubject: ReadonlyMap<string, Claim[]>;
  /** Checks recorded per claim id by the rules. */
  checks: ReadonlyMap<number, ClaimCheck[]>;
}
