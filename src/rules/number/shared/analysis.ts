/**
 * The number analysis shared by every number and usage rule, computed once per
 * document through ctx.memo: quantities with their block, sentence, segment, unit
 * scale and figure key, the budget tables, and the coverage counters.
 */
import type { CheckContext } from '../../../check/types';
import type { ReportDocument } from '../../../model/document';
import { extractQuantities } from '../../../numbers';
import { isFigure, type Mention } from './mention';
import { resolveSubjects } from '../../../claims/resolve';
import { UNKNOWN } from '../../../claims/subject';
import { scaleOf } from './scale';
import { segment, type Segmentation } from './segments';
import { mapBudgetRows, type BudgetRow } from './tables';
import { blockIndexAt } from '../../../check/locate';

interface Coverage {
  found: number;
  checked: Set<number>;
  matched: Set<number>;
  /** The rules that checked each figure (by mention id). */
  byRule: Map<number, Set<string>>;
}

export interface NumberAnalysis {
  doc: ReportDocument;
  text: string;
  seg: Segmentation;
  mentions: Mention[];
  byBlock: Map<number, Mention[]>;
  bySentence: Map<number, Mention[]>;
  budgetRows: BudgetRow[];
  coverage: Coverage;
  /** Derived analyses shared by several rules (indicator pairs, restated groups), computed on first use. */
  derived: Map<string, unknown>;
}

/** A derived analysis computed once per document: `derive(a, 'indicatorPairs', indicatorPairs)`. */
export function derive<T>(a: NumberAnalysis, key: string, compute: (a: NumberAnalysis) => T): T {
  if (!a.derived.has(key)) a.derived.set(key, compute(a));
  return a.derived.get(key) as T;
}

function groupBy(ms: Mention[], key: (m: Mention) => number): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of ms) {
    const k = key(m);
    const list = out.get(k);
    if (list) list.push(m);
    else out.set(k, [m]);
  }
  return out;
}

/** Analyses a document's numbers (use `numberAnalysis(ctx)` in rules: it is memoized). */
export function analyze(doc: ReportDocument): NumberAnalysis {
  const text = doc.text;
  const seg = segment(text);
  const mentions: Mention[] = extractQuantities(text).map((q, id) => {
    const block = blockIndexAt(doc, q.start);
    return {
      id,
      q,
      block,
      sentence: seg.sentence[q.start]!,
      segment: seg.segment[q.start]!,
      unit: q.unit,
      scale: scaleOf(q.unit, q.kind),
      key: null,
      subject: UNKNOWN,
      reason: 'unknown' as const,
      figure: isFigure(q),
      inTable: doc.blocks[block]?.kind === 'table-row',
    };
  });
  const byBlock = groupBy(mentions, (m) => m.block);
  const bySentence = groupBy(mentions, (m) => m.sentence);
  const budgetRows = mapBudgetRows(doc, text, byBlock);
  resolveSubjects(doc, text, seg, mentions);
  const found = mentions.filter((m) => m.figure).length;
  return { doc, text, seg, mentions, byBlock, bySentence, budgetRows, coverage: { found, checked: new Set(), matched: new Set(), byRule: new Map() }, derived: new Map() };
}

/** The document's number analysis, computed once per check and shared by the rules. */
export function numberAnalysis(ctx: CheckContext): NumberAnalysis {
  const a = ctx.memo('number/analysis', () => analyze(ctx.doc));
  ctx.stats.numbersFound = a.coverage.found;
  ctx.stats.numbersChecked ??= 0;
  ctx.stats.numbersMatchedToFigures ??= 0;
  return a;
}

/** Records that these figures took part in a check (passed or not); updates ctx.stats. */
export function markChecked(ctx: CheckContext, a: NumberAnalysis, ...ms: Mention[]): void {
  for (const m of ms) {
    if (!m.figure) continue;
    a.coverage.checked.add(m.id);
    if (ctx.ruleId === undefined) continue;
    const rules = a.coverage.byRule.get(m.id);
    if (rules) rules.add(ctx.ruleId);
    else a.coverage.byRule.set(m.id, new Set([ctx.ruleId]));
  }
  ctx.stats.numbersChecked = a.coverage.checked.size;
}

/** Records that these figures were compared with a figures-file field; counts as checked too. */
export function markMatched(ctx: CheckContext, a: NumberAnalysis, ...ms: Mention[]): void {
  for (const m of ms) if (m.figure) a.coverage.matched.add(m.id);
  ctx.stats.numbersMatchedToFigures = a.coverage.matched.size;
  markChecked(ctx, a, ...ms);
}
