import { locate } from './locate';
import { beginSlice, pauseIfDue } from '../pause';
import { renderMessage } from './render-message';
import type { CheckContext, Finding, Rule, Severity } from './types';

export interface CheckStats {
  findings: number;
  errors: number;
  warnings: number;
  infos: number;
  byRule: Record<string, number>;
  /** Extra counters contributed by rules (numbers found/checked/matched …). */
  [key: string]: unknown;
}

export interface CheckResult {
  findings: Finding[];
  stats: CheckStats;
}

/** Runs the rules on one document, then dedupes and sorts the findings deterministically. */
export async function runRules(ctx: CheckContext, rules: readonly Rule[]): Promise<CheckResult> {
  const findings: Finding[] = [];
  beginSlice();
  for (const rule of rules) {
    await pauseIfDue(); // lets other requests run between rules of a long check (see pause.ts)
    ctx.ruleId = rule.meta.id;
    await rule.check(ctx, (r) => {
      const template = rule.meta.messages[r.messageId];
      if (template === undefined) throw new Error(`${rule.meta.id}: unknown messageId ${r.messageId}`);
      const fixTemplate = rule.meta.fixes?.[r.messageId];
      const finding: Finding = {
        ruleId: rule.meta.id,
        messageId: r.messageId,
        severity: r.severity ?? rule.meta.severity,
        message: renderMessage(template, r.data),
        ...locate(ctx.doc, r.start, r.end),
        related: r.related ?? [],
        evidence: r.evidence ?? {},
      };
      if (fixTemplate !== undefined) finding.fix = renderMessage(fixTemplate, r.data);
      findings.push(finding);
    });
  }
  delete ctx.ruleId;
  const sorted = sortFindings(onePerSpan(dedupeFindings(findings)));
  return { findings: sorted, stats: countFindings(sorted) };
}

/**
 * The result of one check run in parts (a report's own rules in one, each reference in
 * another: see checkOwn / checkAgainst in src/core) as one run of all of them gives: the same
 * de-duplication, one finding per span, order and counts. The parts' extra counters are kept.
 */
export function mergeResults(parts: readonly CheckResult[]): CheckResult {
  const findings = sortFindings(onePerSpan(dedupeFindings(parts.flatMap((p) => p.findings))));
  const extra: Record<string, unknown> = {};
  for (const p of parts) {
    for (const [k, v] of Object.entries(p.stats)) if (!COUNTED.has(k)) extra[k] = v;
  }
  return { findings, stats: { ...countFindings(findings), ...extra } };
}

/** The stats countFindings computes (the rest are rules' own counters). */
const COUNTED = new Set(['findings', 'errors', 'warnings', 'infos', 'byRule']);

const key = (f: Finding) => [f.ruleId, f.messageId, f.start, f.end, ...f.related.map((r) => `${r.file ?? ''}@${r.start}-${r.end}`)].join('|');

/** Drops findings that say the same thing about the same places. */
function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = key(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * One finding per span among the number rules: when several say something about the same
 * figure (a rate that is both mis-computed and restated differently), the most severe one is
 * kept (the first rule run on a tie) and the others are listed in its evidence (`alsoFound`).
 */
function onePerSpan(findings: Finding[]): Finding[] {
  const kept = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f.ruleId.startsWith('number/')) {
      out.push(f);
      continue;
    }
    const k = `${f.start}-${f.end}`;
    const prev = kept.get(k);
    if (!prev) {
      kept.set(k, f);
      out.push(f);
      continue;
    }
    const [keep, drop] = RANK[f.severity] < RANK[prev.severity] ? [f, prev] : [prev, f];
    const also = [...((drop.evidence.alsoFound as unknown[]) ?? []), { ruleId: drop.ruleId, severity: drop.severity, message: drop.message }];
    keep.evidence = { ...keep.evidence, alsoFound: [...((keep.evidence.alsoFound as unknown[]) ?? []), ...also] };
    if (keep !== prev) {
      out[out.indexOf(prev)] = keep;
      kept.set(k, keep);
    }
  }
  return out;
}

/** Document order, then rule id: the same input always gives byte-identical output. */
function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.ruleId, b.ruleId) || cmp(key(a), key(b)));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const SEVERITY_FIELD: Record<Severity, 'errors' | 'warnings' | 'infos'> = { error: 'errors', warning: 'warnings', info: 'infos' };

function countFindings(findings: Finding[]): CheckStats {
  const stats: CheckStats = { findings: findings.length, errors: 0, warnings: 0, infos: 0, byRule: {} };
  for (const f of findings) {
    stats[SEVERITY_FIELD[f.severity]]++;
    stats.byRule[f.ruleId] = (stats.byRule[f.ruleId] ?? 0) + 1;
  }
  return stats;
}
