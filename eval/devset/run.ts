/**
 * The numeric checker on the development set (../shared/devset: 20 reports written
 * independently of this code, 41 planted defects, 123 traps), scored as its README says.
 * Runs the real check pipeline, as `jixiao check FILE --figures fNN.json` does: the file
 * is ingested from disk like the CLI ingests it, the figures file is validated by the
 * figures schema, and every rule runs.
 *
 * Run: npx tsx eval/devset/run.ts [--verbose]   (JIXIAO_DEVSET=/path/to/devset to override)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkOne } from '../../src/core/check-report';
import type { Finding, Location } from '../../src/check/types';
import { ingestFile } from '../../src/cli/node-ingest';
import type { ReportDocument } from '../../src/model/document';
import { parseFigures, type Figures } from '../../src/model/figures';
import { toOriginalOffset } from '../../src/text/mapped-string';
import { scoreDevset, summarize, type DevsetLabels, type DevsetScore, type DevsetSummary, type DocumentRun, type ScoredFinding, type Span } from './score';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the set is: $JIXIAO_DEVSET, else ../shared/devset beside the repository (or beside the worktree folder). */
export function findDevset(env: Record<string, string | undefined> = process.env): string | undefined {
  const candidates = env.JIXIAO_DEVSET ? [resolve(env.JIXIAO_DEVSET)] : [resolve(REPO, '../shared/devset'), resolve(REPO, '../../shared/devset')];
  return candidates.find((dir) => existsSync(join(dir, 'labels.json')));
}

/** Spans of a finding (own place, then related places in the same document) in the text as written. */
function spansInOriginal(doc: ReportDocument, f: Finding): Span[] {
  const own = (l: Location) => l.file === undefined && l.documentId === undefined;
  return [f, ...f.related.filter(own)].map((l) => {
    const start = toOriginalOffset(doc.offsetMap, l.start);
    const end = l.end > l.start ? toOriginalOffset(doc.offsetMap, l.end - 1) + 1 : start;
    return { start, end: Math.max(start, end) };
  });
}

function loadFigures(path: string): Figures {
  const r = parseFigures(JSON.parse(readFileSync(path, 'utf8')));
  if (!r.ok) throw new Error(`${path}: figures do not validate: ${r.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  return r.figures;
}

export interface DevsetEval {
  dir: string;
  runs: DocumentRun[];
  score: DevsetScore;
  summary: DevsetSummary;
}

/** Runs the checker on every document of the set and scores it; undefined when the set is absent. */
export async function evaluateDevset(dir = findDevset()): Promise<DevsetEval | undefined> {
  if (dir === undefined) return undefined;
  const labels = (JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { documents: DevsetLabels[] }).documents;
  const runs: DocumentRun[] = [];
  for (const l of labels) {
    const doc = await ingestFile(join(dir, l.file));
    const figures = l.figures ? loadFigures(join(dir, l.figures)) : undefined;
    const { findings } = await checkOne({ doc, figures });
    const scored: ScoredFinding[] = findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, quote: f.quote, spans: spansInOriginal(doc, f) }));
    runs.push({ labels: l, text: doc.original, findings: scored });
  }
  const score = scoreDevset(runs);
  return { dir, runs, score, summary: summarize(score) };
}

function table(header: string[], lines: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cols: string[]) => cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)];
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');
const describe = (f: ScoredFinding) => `${f.ruleId} [${f.severity}] «${short(f.quote, 40)}» ${short(f.message)}`;

/** The table (and with `verbose` the misses, false alarms and unmatched errors, with quotes). */
export function formatDevset(e: DevsetEval, verbose = false): string {
  const { summary: s, score } = e;
  const kindLines = s.byKind.map((k) => [k.kind, String(k.defects), String(k.hits), pct(k.hits, k.defects)]);
  kindLines.push(['all', String(s.defects), String(s.hits), pct(s.hits, s.defects)]);
  const out = [
    `development set (${e.dir}): ${e.runs.length} reports, ${s.defects} planted defects, ${s.traps} traps — every rule, figures files where labelled`,
    ...table(['defect kind', 'defects', 'found', 'recall'], kindLines),
    '',
    `error findings on the ${s.cleanDocuments} clean reports: ${s.cleanErrors} (${score.cleanErrors.map((c) => `${c.file.replace('.txt', '')} ${c.errors.length}`).join(', ')})`,
    `traps with an error finding: ${s.trapsWithErrors} of ${s.traps} (${pct(s.trapsWithErrors, s.traps)}); traps with a warning: ${s.trapsWithWarnings} (${s.trapWarnings} warnings)`,
    `unmatched error findings in the defective reports (neither defect nor trap): ${s.unmatched}`,
    'found: a finding (any rule, any severity) whose quote or related quote overlaps the defect quote; errors on clean reports',
    'and on traps are false alarms (all findings, not only new ones).',
  ];
  if (score.missingQuotes.length > 0) out.push(`label quotes not found in their document: ${score.missingQuotes.map((m) => `${m.file} «${m.quote}»`).join('; ')}`);
  if (!verbose) return out.join('\n');
  const missed = score.defects.filter((d) => !d.hit);
  out.push('', `missed defects (${missed.length}):`, ...missed.map((d) => `  ${d.file} ${d.kind}: «${d.quote}»`));
  const cleanFalse = score.cleanErrors.flatMap((c) => c.errors.map((f) => `  ${c.file} ${describe(f)}`));
  out.push('', `errors on clean reports (${cleanFalse.length}):`, ...cleanFalse);
  const trapErrors = score.traps.filter((t) => t.errors.length > 0);
  out.push('', `traps flagged as error (${trapErrors.length}):`, ...trapErrors.flatMap((t) => [`  ${t.file} trap «${t.quote}»`, ...t.errors.map((f) => `    ${describe(f)}`)]));
  const trapWarnings = score.traps.filter((t) => t.warnings.length + t.infos.length > 0);
  out.push('', `warnings and infos on traps (${trapWarnings.length} traps):`, ...trapWarnings.flatMap((t) => [`  ${t.file} trap «${t.quote}»`, ...[...t.warnings, ...t.infos].map((f) => `    ${describe(f)}`)]));
  out.push('', `unmatched errors in defective reports (${score.unmatched.length}):`, ...score.unmatched.map((u) => `  ${u.file} ${describe(u.finding)}`));
  return out.join('\n');
}

/** For `npm run eval`: the table, or one line saying the set is absent. */
export async function runDevsetEval(verbose = false): Promise<string> {
  const e = await evaluateDevset();
  if (!e) return 'development set not found (looked for ../shared/devset beside the repository; set JIXIAO_DEVSET to its folder) — table skipped.';
  return formatDevset(e, verbose);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await runDevsetEval(process.argv.includes('--verbose')));
}
