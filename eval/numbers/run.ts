/**
 * Eval of the numeric and usage rules: inject defects into the seeds and into synthetic
 * reports, run the rules, and print per rule how many injected defects were found
 * (recall) and how many of the rule's new findings point at an injected defect
 * (precision). Also prints the findings on the clean documents: on the seeds they are
 * the pinned ones (no error may appear); on the synthetic reports any finding is a false alarm.
 *
 * Run: npx tsx eval/numbers/run.ts [--verbose]
 */
import { pathToFileURL } from 'node:url';
import { checkDocument } from '../../src/check/check-document';
import type { Finding } from '../../src/check/types';
import { ingestText } from '../../src/ingest/ingest';
import type { ReportDocument } from '../../src/model/document';
import { parseFigures, type Figures, type FiguresInput } from '../../src/model/figures';
import { NUMBER_RULES } from '../../src/rules/number';
import { USAGE_RULES } from '../../src/rules/usage';
import { changedSpan, evaluateFamilies, touches, type FamilyRow } from './families-eval';
import { seedCases, syntheticCases, syntheticReports, type Case } from './inject';
import { longReport } from './synthetic';

const RULES = [...NUMBER_RULES, ...USAGE_RULES];
const SYNTHETIC_REPORTS = 40;

export interface Row {
  injected: number;
  found: number;
  /** New findings of the rule (not on the clean document) that point at the injected change. */
  hits: number;
  /** New findings of the rule elsewhere. */
  falseAlarms: number;
  /** Findings on clean synthetic reports (all false alarms). */
  cleanFalse: number;
  /** Error-severity findings on the clean seeds. */
  seedErrors: number;
  misses: string[];
}

function figuresOf(input: FiguresInput | undefined): Figures | undefined {
  if (!input) return undefined;
  const r = parseFigures(input);
  if (!r.ok) throw new Error(`invalid figures: ${JSON.stringify(r.problems)}`);
  return r.figures;
}

/** The rule of a finding and the rules merged into it (one finding per span: evidence.alsoFound). */
export function rulesOf(f: Finding): string[] {
  const also = Array.isArray(f.evidence.alsoFound) ? (f.evidence.alsoFound as Array<{ ruleId?: unknown }>).map((a) => a.ruleId).filter((id): id is string => typeof id === 'string') : [];
  return [f.ruleId, ...also];
}

const fingerprint = (f: Finding) => `${f.ruleId}|${f.messageId}|${f.quote}`;

async function check(doc: ReportDocument, figures: Figures | undefined): Promise<Finding[]> {
  return (await checkDocument({ doc, figures, rules: RULES })).findings;
}

function table(header: string[], lines: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cols: string[]) => cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)];
}

function pct(n: number, d: number): string {
  return d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`;
}

export interface KindRow {
  injected: number;
  errors: number;
  warnings: number;
}

export interface NumbersEval {
  cases: number;
  seedCases: number;
  rows: Map<string, Row>;
  kinds: Map<string, KindRow>;
}

/** Runs the injections and the clean documents; returns the counts per rule and per kind. */
export async function evaluateNumbers(): Promise<NumbersEval> {
  const rows = new Map<string, Row>(RULES.map((r) => [r.meta.id, { injected: 0, found: 0, hits: 0, falseAlarms: 0, cleanFalse: 0, seedErrors: 0, misses: [] }]));
  const reports = syntheticReports(SYNTHETIC_REPORTS);
  const cases: Case[] = [...seedCases(), ...syntheticCases(reports)];
  const docs = new Map<string, ReportDocument>();
  const baselines = new Map<string, Finding[]>();
  const docOf = async (text: string) => {
    let d = docs.get(text);
    if (!d) docs.set(text, (d = await ingestText(text)));
    return d;
  };

  // Clean documents: seeds (pinned findings; errors counted) and synthetic reports (every finding is false).
  const seedSources = [...new Set(cases.filter((c) => c.source.startsWith('seed')).map((c) => c.original))];
  for (const text of seedSources) for (const f of await check(await docOf(text), undefined)) if (f.severity === 'error') rows.get(f.ruleId)!.seedErrors++;
  for (const s of reports) for (const f of await check(await docOf(s.text), figuresOf(s.figures))) rows.get(f.ruleId)!.cleanFalse++;
  for (const f of await check(await docOf(longReport(50_000)), undefined)) rows.get(f.ruleId)!.cleanFalse++;
  const kinds = new Map<string, KindRow>();

  for (const c of cases) {
    const figures = figuresOf(c.figures);
    const key = `${c.source}|${c.figures ? 'f' : ''}`;
    const clean = await docOf(c.original);
    let base = baselines.get(key);
    if (!base) baselines.set(key, (base = await check(clean, figures)));
    const known = new Set(base.map(fingerprint));
    const doc = await docOf(c.text);
    const span = changedSpan(clean.text, doc.text);
    const fresh = (await check(doc, figures)).filter((f) => !known.has(fingerprint(f)));
    const row = rows.get(c.rule)!;
    row.injected++;
    const kind = kinds.get(c.kind) ?? { injected: 0, errors: 0, warnings: 0 };
    kinds.set(c.kind, kind);
    kind.injected++;
    const hit = fresh.filter((f) => rulesOf(f).includes(c.rule) && touches(f, span));
    if (hit.length > 0) {
      row.found++;
      if (hit.some((f) => f.severity === 'error')) kind.errors++;
      else kind.warnings++;
    } else row.misses.push(c.id);
    for (const f of fresh) {
      const r = rows.get(f.ruleId)!;
      if (touches(f, span)) r.hits++;
      else r.falseAlarms++;
    }
  }

  return { cases: cases.length, seedCases: cases.filter((c) => c.source.startsWith('seed')).length, rows, kinds };
}

/** The per-family table (families.ts): recall, and every finding on the clean texts. */
export function formatFamilies(rows: FamilyRow[], verbose = false): string[] {
  const header = ['phrasing family', 'cases', 'found', 'as error', 'recall', 'precision', 'clean errors', 'clean warnings'];
  const lines = rows.map((r) => [r.family, String(r.cases), String(r.found), String(r.foundAsError), pct(r.found, r.cases), pct(r.hits, r.findings), String(r.cleanErrors), String(r.cleanWarnings)]);
  const relations = [...new Set(rows.map((r) => r.relation))];
  for (const rel of relations) {
    const rs = rows.filter((r) => r.relation === rel);
    const sum = (k: 'cases' | 'found' | 'foundAsError' | 'hits' | 'findings' | 'cleanErrors' | 'cleanWarnings') => rs.reduce((n, r) => n + r[k], 0);
    lines.push([
      `${rel} (${rs.length} families)`,
      String(sum('cases')),
      String(sum('found')),
      String(sum('foundAsError')),
      pct(sum('found'), sum('cases')),
      pct(sum('hits'), sum('findings')),
      String(sum('cleanErrors')),
      String(sum('cleanWarnings')),
    ]);
  }
  const out = [
    `phrasing families — ${rows.length} families, ${rows.reduce((n, r) => n + r.cases, 0)} clean/defective pairs, each in a small consistent host report with its figures file`,
    ...table(header, lines),
    'recall: defective texts with a finding (any rule, any severity) touching the change; precision: share of ALL findings on the',
    'defective texts that touch it; clean errors/warnings: every finding on the clean texts (all false alarms).',
  ];
  if (verbose) {
    const misses = rows.flatMap((r) => r.misses);
    const clean = rows.flatMap((r) => r.cleanFindings);
    out.push('', `missed (${misses.length}):`, ...misses.map((m) => `  ${m}`), '', `findings on clean family texts (${clean.length}):`, ...clean.map((c) => `  ${c}`));
  }
  return out;
}

/** Runs the eval and returns the printed tables. */
export async function runNumbersEval(verbose = false): Promise<string> {
  const { cases, seedCases: seeds, rows, kinds } = await evaluateNumbers();
  const header = ['rule', 'injected', 'found', 'recall', 'findings', 'false alarms', 'precision', 'clean synth', 'seed errors'];
  const lines = [...rows.entries()].map(([id, r]) => [
    id,
    String(r.injected),
    String(r.found),
    pct(r.found, r.injected),
    String(r.hits + r.falseAlarms),
    String(r.falseAlarms),
    pct(r.hits, r.hits + r.falseAlarms),
    String(r.cleanFalse),
    String(r.seedErrors),
  ]);
  const kindHeader = ['injected kind', 'injected', 'found as error', 'found as warning', 'missed'];
  const kindLines = [...kinds.entries()].map(([k, v]) => [k, String(v.injected), String(v.errors), String(v.warnings), String(v.injected - v.errors - v.warnings)]);
  const out = [
    `numeric and usage rules — ${cases} injected defects (${seeds} in the seeds, the rest in ${SYNTHETIC_REPORTS} synthetic reports)`,
    ...table(header, lines),
    '',
    ...table(kindHeader, kindLines),
    '',
    'recall: injected defects found by their rule (a finding touching the change); precision: share of the rule’s new findings',
    'that touch an injected change; clean synth: findings on the clean synthetic reports and on a clean ~50,000-character',
    'report (all false alarms); rounding-level injections (0.01 on a component, one unit on a rate) should be warnings;',
    'seed errors: error-severity findings on the unmodified seeds (their known defects are warnings).',
  ];
  const misses = [...rows.entries()].filter(([, r]) => r.misses.length > 0);
  if (misses.length > 0) out.push('', 'missed:', ...misses.map(([id, r]) => `  ${id}: ${r.misses.join(', ')}`));
  out.push('', ...formatFamilies(await evaluateFamilies(RULES), verbose));
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await runNumbersEval(process.argv.includes('--verbose')));
}
