/**
 * Runs the checks on a document and assembles its 数字清单 from the claims and what the
 * checks found: the one entry point for the CLI, the API and the page.
 */
import { RULES } from '../check/registry';
import { runRules, type CheckResult } from '../check/runner';
import type { CheckContext } from '../check/types';
import type { CheckInput } from '../check/check-document';
import { analyze, type NumberAnalysis } from '../rules/number/shared/analysis';
import type { Claim, ClaimCheck, ClaimSet } from './types';
import { subjectKey } from './subject';
import { claimsTable, type ClaimsTable } from './table';

/**
 * The claim set of a checked document. Interim: read from the number analysis the rules
 * shared (subjects from src/claims/resolve.ts; a figure that took part in a check without a
 * finding on it counts as verified, against the figures file when it was matched to it).
 */
function claimSetOf(a: NumberAnalysis): ClaimSet {
  const claims: Claim[] = [];
  const checks = new Map<number, ClaimCheck[]>();
  for (const m of a.mentions) {
    if (!m.figure) continue;
    const id = claims.length;
    const c: Claim = {
      id,
      subject: m.subject,
      subjectReason: m.reason,
      measure: m.key?.measure ?? null,
      label: m.q.label ?? null,
      kind: m.q.kind,
      value: m.q.value,
      text: m.q.numberText,
      unit: { written: m.unit, base: m.scale ? m.unit : null, power: 0 },
      precision: m.q.decimals,
      approximate: m.q.approx !== null || m.q.range !== undefined,
      otherPeriod: false,
      inTable: m.inTable,
      place: { start: m.q.start, end: m.q.end, block: m.block, sentence: m.sentence, segment: m.segment, path: pathAt(a, m.q.start) },
    };
    if (m.subjectText !== undefined) c.subjectText = m.subjectText;
    claims.push(c);
    if (a.coverage.matched.has(m.id)) checks.set(id, [{ ruleId: 'number/figures-mismatch', outcome: 'verified', against: '数据文件' }]);
    else if (a.coverage.checked.has(m.id)) checks.set(id, [{ ruleId: 'number', outcome: 'verified' }]);
  }
  const group = (key: (c: Claim) => number | string | undefined) => {
    const out = new Map<never, Claim[]>();
    for (const c of claims) {
      const k = key(c) as never;
      if (k === undefined) continue;
      out.set(k, [...(out.get(k) ?? []), c]);
    }
    return out;
  };
  return {
    claims,
    byBlock: group((c) => c.place.block),
    bySentence: group((c) => c.place.sentence),
    bySubject: group((c) => (c.subject.kind === 'unknown' ? undefined : subjectKey(c.subject))),
    checks,
  };
}

function pathAt(a: NumberAnalysis, offset: number): string[] {
  const path: string[] = [];
  let level = a.doc.sections;
  for (;;) {
    const s = level.find((x) => x.span.start <= offset && offset < x.span.end);
    if (!s) return path;
    path.push(s.title);
    level = s.children;
  }
}

/** Checks the document with every rule and returns its claims table with the check result. */
export async function checkClaims(input: CheckInput): Promise<{ table: ClaimsTable; check: CheckResult }> {
  const memo = new Map<string, unknown>();
  const ctx: CheckContext = {
    doc: input.doc,
    references: input.references ?? [],
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
    stats: {},
  };
  if (input.figures !== undefined) ctx.figures = input.figures;
  if (input.corpus !== undefined) ctx.corpus = input.corpus;
  const result = await runRules(ctx, input.rules ?? RULES);
  const check: CheckResult = { findings: result.findings, stats: { ...result.stats, ...ctx.stats } };
  const analysis = ctx.memo('number/analysis', () => analyze(input.doc));
  return { table: claimsTable(input.doc, claimSetOf(analysis), check.findings), check };
}
