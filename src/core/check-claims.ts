/**
 * Claims from the number analysis, and their status after a check.
 *
 *   buildClaims(doc)                       every figure of the report as a claim (no rules run)
 *   checkClaims({ doc, figures? })         runs the number and usage rules and returns the claims
 *                                          with their status, the findings and the stats
 *   claimStatus(set, id)                   'verified' | 'contradicted' | 'unchecked'
 */
import { checkDocument } from '../check/check-document';
import type { CheckStats } from '../check/runner';
import type { Finding, Rule } from '../check/types';
import type { ReportDocument } from '../model/document';
import type { Figures } from '../model/figures';
import { analyze, type NumberAnalysis } from '../rules/number/shared/analysis';
import type { Mention } from '../rules/number/shared/mention';
import { isExact } from '../rules/number/shared/mention';
import { otherPeriod } from '../claims/resolve';
import type { Claim, ClaimCheck, ClaimSet, ClaimStatus } from '../claims/types';
import { RULES } from '../rules';

const ANALYSIS_KEY = 'number/analysis';

function toClaim(a: NumberAnalysis, m: Mention, id: number): Claim {
  const c: Claim = {
    id,
    subject: m.subject,
    subjectReason: m.reason,
    measure: m.key?.measure ?? null,
    label: m.q.label,
    kind: m.q.kind,
    value: m.q.value,
    text: m.q.numberText,
    unit: { written: m.unit, base: m.scale?.base ?? null, power: m.scale?.power ?? 0 },
    precision: m.q.decimals,
    approximate: !isExact(m),
    otherPeriod: otherPeriod(a.doc, a.text, m, a.mentions[m.id - 1]),
    inTable: m.inTable,
    place: { start: m.q.start, end: m.q.end, block: m.block, sentence: m.sentence, segment: m.segment, path: a.doc.blocks[m.block]?.path ?? [] },
  };
  if (m.subjectText !== undefined) c.subjectText = m.subjectText;
  return c;
}

function push<K>(map: Map<K, Claim[]>, k: K, c: Claim): void {
  const list = map.get(k);
  if (list) list.push(c);
  else map.set(k, [c]);
}

/** The claims of an analysed document (real figures only: no years, dates, ordinals or codes). */
function claimsFromAnalysis(a: NumberAnalysis, checks: Map<number, ClaimCheck[]> = new Map()): ClaimSet {
  const claims: Claim[] = [];
  const byBlock = new Map<number, Claim[]>();
  const bySentence = new Map<number, Claim[]>();
  const bySubject = new Map<string, Claim[]>();
  for (const m of a.mentions) {
    if (!m.figure) continue;
    const c = toClaim(a, m, claims.length);
    claims.push(c);
    push(byBlock, c.place.block, c);
    push(bySentence, c.place.sentence, c);
    if (m.subject.kind !== 'unknown' && m.key) push(bySubject, m.key.subject, c);
  }
  return { claims, byBlock, bySentence, bySubject, checks };
}

/** Every figure of a report as a claim, with its subject and how it was decided. */
export function buildClaims(doc: ReportDocument): ClaimSet {
  return claimsFromAnalysis(analyze(doc));
}

/** Status of a claim after a check. */
export function claimStatus(set: ClaimSet, id: number): ClaimStatus {
  const checks = set.checks.get(id) ?? [];
  if (checks.some((c) => c.outcome === 'contradicted')) return 'contradicted';
  return checks.length > 0 ? 'verified' : 'unchecked';
}

const overlaps = (s: number, e: number, f: { start: number; end: number }) => s < f.end && f.start < e && !('file' in f && f.file);

interface ClaimCheckResult {
  claims: ClaimSet;
  findings: Finding[];
  stats: CheckStats;
}

/**
 * Runs the given rules (by default every rule; pass the number and usage rules for the claims
 * table) and records, per claim, the rules that checked it and whether a number finding
 * contradicts it (its span is the finding's place or one of its related places).
 */
export async function checkClaims(input: { doc: ReportDocument; figures?: Figures | undefined; rules?: readonly Rule[] }): Promise<ClaimCheckResult> {
  const memo = new Map<string, unknown>();
  const result = await checkDocument({ doc: input.doc, figures: input.figures, memo, rules: input.rules ?? RULES });
  const a = (memo.get(ANALYSIS_KEY) as NumberAnalysis | undefined) ?? analyze(input.doc);
  const numberFindings = result.findings.filter((f) => f.ruleId.startsWith('number/'));
  const checks = new Map<number, ClaimCheck[]>();
  let id = 0;
  for (const m of a.mentions) {
    if (!m.figure) continue;
    const list: ClaimCheck[] = [];
    for (const f of numberFindings) {
      if (overlaps(m.q.start, m.q.end, f) || f.related.some((r) => overlaps(m.q.start, m.q.end, r))) {
        list.push({ ruleId: f.ruleId, outcome: 'contradicted', against: f.message });
      }
    }
    const contradictedBy = new Set(list.map((c) => c.ruleId));
    for (const ruleId of a.coverage.byRule.get(m.id) ?? []) {
      if (contradictedBy.has(ruleId)) continue;
      list.push({ ruleId, outcome: 'verified', ...(ruleId === 'number/figures-mismatch' ? { against: '数据文件' } : {}) });
    }
    if (list.length > 0) checks.set(id, list);
    id++;
  }
  return { claims: claimsFromAnalysis(a, checks), findings: result.findings, stats: result.stats };
}
