/**
 * The numeric eval per phrasing family (families.ts): each family's clean texts and
 * defective texts are checked with the numeric and usage rules and the figures file.
 * recall: defective texts where some finding (any rule, any severity) touches the
 * injected change; clean errors / warnings: EVERY finding on the clean texts (they are
 * all false alarms); precision: share of all findings on the defective texts that touch
 * the change (findings already present in the clean text count against it).
 */
import { checkDocument } from '../../src/check/check-document';
import type { Finding, Rule } from '../../src/check/types';
import { ingestText } from '../../src/ingest/ingest';
import { parseFigures, type Figures, type FiguresInput } from '../../src/model/figures';
import { FAMILIES, familyCases, type Relation } from './families';

export interface FamilyRow {
  family: string;
  relation: Relation;
  defect: string;
  cases: number;
  found: number;
  foundAsError: number;
  /** Findings on the defective texts, and those touching the change. */
  findings: number;
  hits: number;
  cleanErrors: number;
  cleanWarnings: number;
  misses: string[];
  /** Quotes of the findings on clean texts, for review. */
  cleanFindings: string[];
}

function figuresOf(input: FiguresInput): Figures {
  const r = parseFigures(input);
  if (!r.ok) throw new Error(`invalid figures: ${JSON.stringify(r.problems)}`);
  return r.figures;
}

/** The span of `after` that differs from `before` (common prefix and suffix removed). */
export function changedSpan(before: string, after: string): { start: number; end: number } {
  let s = 0;
  while (s < before.length && s < after.length && before[s] === after[s]) s++;
  let e = 0;
  while (e < before.length - s && e < after.length - s && before[before.length - 1 - e] === after[after.length - 1 - e]) e++;
  return { start: s, end: Math.max(s + 1, after.length - e) };
}

/** A finding (or one of its places in this document) overlaps the span. */
export const touches = (f: Finding, span: { start: number; end: number }) => [f, ...f.related.filter((r) => r.file === undefined)].some((l) => l.start < span.end && l.end > span.start);

export async function evaluateFamilies(rules: readonly Rule[], perFamily = 5): Promise<FamilyRow[]> {
  const rows = new Map<string, FamilyRow>(
    FAMILIES.map((f) => [
      f.name,
      { family: f.name, relation: f.relation, defect: f.defect, cases: 0, found: 0, foundAsError: 0, findings: 0, hits: 0, cleanErrors: 0, cleanWarnings: 0, misses: [], cleanFindings: [] },
    ]),
  );
  for (const c of familyCases(perFamily)) {
    const row = rows.get(c.family)!;
    const figures = figuresOf(c.figures);
    const clean = await ingestText(c.clean);
    const bad = await ingestText(c.bad);
    for (const f of (await checkDocument({ doc: clean, figures, rules })).findings) {
      if (f.severity === 'error') row.cleanErrors++;
      else if (f.severity === 'warning') row.cleanWarnings++;
      if (f.severity !== 'info') row.cleanFindings.push(`${c.id} ${f.ruleId}[${f.severity}] «${f.quote}» ${f.message}`);
    }
    const span = changedSpan(clean.text, bad.text);
    const findings = (await checkDocument({ doc: bad, figures, rules })).findings;
    const hit = findings.filter((f) => touches(f, span));
    row.cases++;
    row.findings += findings.length;
    row.hits += hit.length;
    if (hit.length > 0) {
      row.found++;
      if (hit.some((f) => f.severity === 'error')) row.foundAsError++;
    } else row.misses.push(`${c.id} «${bad.text.slice(Math.max(0, span.start - 12), span.end + 6).replace(/\n/g, '⏎')}»`);
  }
  return [...rows.values()];
}
