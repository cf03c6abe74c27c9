/**
 * The 数字清单 (claims table) for editors: every number of a report with its subject, what
 * it measures, how the subject was decided, and whether a check verified it, found it
 * contradicted, or never checked it. Assembled here once; the CLI (`jixiao claims`), the
 * API (POST /v1/claims) and the review page all show this same table.
 */
import type { CheckStats } from '../check/runner';
import type { Finding } from '../check/types';
import type { ReportDocument } from '../model/document';
import type { Figures } from '../model/figures';
import { MEASURE_NAMES } from '../claims/figure-key';
import { REASON_NAMES, subjectLabel } from '../claims/subject';
import type { Claim, ClaimCheck, ClaimSet, ClaimStatus, SubjectReason } from '../claims/types';
import { checkClaims } from './check-claims';
import { figuresReport, type FiguresInput } from './figures-report';

/** How the subject was decided, in the editor's words. */
const REASON_LABELS: Record<SubjectReason, string> = {
  explicit: '明确主语',
  'list-item-lead': '项目条目',
  heading: '标题',
  coreference: '指代',
  carried: '承接上文',
  department: '部门',
  unknown: '无法确定',
};

const STATUS_LABELS: Record<ClaimStatus, string> = { verified: '已核对', contradicted: '矛盾', unchecked: '未核对' };

/** What a verifying rule checked, for “已核对：…相符”. */
const VERIFIED_BY: Record<string, string> = {
  'number/sum-mismatch': '合计与分项',
  'number/rate-mismatch': '比率算式',
  'number/growth-mismatch': '增减幅度算式',
  'number/restatement': '前后复述',
  'number/rating-score': '得分与等级',
  'number/grim': '百分比与人数',
  'number/indicator-shortfall': '指标目标值',
  'number/all-met-claim': '完成情况表述',
};

/** One row of the table. Offsets are into the document's normalized text. */
export interface ClaimRow {
  id: number;
  /** The number with its unit as written (3,363.37万元, 98.12%). */
  quote: string;
  start: number;
  end: number;
  /** Section titles, outermost first. */
  path: string[];
  /** The sentence around the number (at most ~60 characters). */
  context: string;
  value: string;
  unit: string | null;
  subject: string;
  subjectKind: Claim['subject']['kind'];
  subjectReason: SubjectReason;
  /** 明确主语 / 项目条目 / 标题 / 指代 / 承接上文 / 部门 / 无法确定. */
  subjectReasonLabel: string;
  /** The same, spelled out (句中写明, 段首或条目开头写明 …). */
  subjectReasonNote: string;
  /** 调整后预算数, 执行数 … or the label read before the number; null when none. */
  measure: string | null;
  /** 约 / 近 / 余, another year's figure, a table cell. */
  approximate: boolean;
  otherPeriod: boolean;
  inTable: boolean;
  status: ClaimStatus;
  /** 已核对：与数据文件一致；比率算式相符 / 矛盾：… / 未核对. */
  statusLabel: string;
  /** The checks the number took part in, and the findings on it (rule ids). */
  checks: ClaimCheck[];
  findings: Array<{ ruleId: string; severity: Finding['severity']; message: string }>;
}

export interface ClaimsSummary {
  total: number;
  verified: number;
  contradicted: number;
  unchecked: number;
  /** Rows per subject reason (keys: SubjectReason). */
  byReason: Partial<Record<SubjectReason, number>>;
}

export interface ClaimsTable {
  claims: ClaimRow[];
  summary: ClaimsSummary;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The sentence (…。；) around a span, trimmed to about 60 characters. */
function contextOf(text: string, start: number, end: number): string {
  const stops = /[。；！？\n]/;
  let s = start;
  while (s > 0 && !stops.test(text[s - 1]!) && start - s < 40) s--;
  let e = end;
  while (e < text.length && !stops.test(text[e]!) && e - end < 30) e++;
  if (e < text.length && stops.test(text[e]!) && text[e] !== '\n') e++;
  return text.slice(s, e).trim();
}

/** Findings that speak about a number: numeric rules at warning or error, on its span or a related span. */
function findingsOn(c: Claim, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId.startsWith('number/') && f.severity !== 'info' && [f, ...f.related.filter((r) => r.file === undefined && r.documentId === undefined)].some((l) => overlaps(l, c.place)));
}

/** Findings of other rules on the same span, merged into `f` (one finding per span). */
function mergedInto(f: Finding): ClaimRow['findings'] {
  const also = f.evidence.alsoFound;
  if (!Array.isArray(also)) return [];
  return also.flatMap((a: { ruleId?: unknown; severity?: unknown; message?: unknown }) =>
    typeof a.ruleId === 'string' && typeof a.message === 'string' && (a.severity === 'error' || a.severity === 'warning' || a.severity === 'info')
      ? [{ ruleId: a.ruleId, severity: a.severity, message: a.message }]
      : [],
  );
}

function statusOf(checks: readonly ClaimCheck[], findings: readonly Finding[]): { status: ClaimStatus; label: string } {
  const contra = checks.filter((x) => x.outcome === 'contradicted');
  if (contra.length > 0 || findings.length > 0) {
    const why = findings[0]?.message ?? contra.find((x) => x.against)?.against ?? '与其他数字不一致';
    return { status: 'contradicted', label: `${STATUS_LABELS.contradicted}：${why}` };
  }
  const ok = checks.filter((x) => x.outcome === 'verified');
  if (ok.length > 0) {
    // 与数据文件一致 (or what the rule names); the arithmetic relations it took part in 相符.
    const against = [...new Set(ok.flatMap((x) => (x.against ? [x.against] : [])))];
    const by = [...new Set(ok.flatMap((x) => (x.against ? [] : [VERIFIED_BY[x.ruleId] ?? x.ruleId])))];
    const parts = [...(against.length > 0 ? [`与${against.join('、')}一致`] : []), ...(by.length > 0 ? [`${by.join('、')}相符`] : [])];
    return { status: 'verified', label: `${STATUS_LABELS.verified}：${parts.join('；')}` };
  }
  return { status: 'unchecked', label: STATUS_LABELS.unchecked };
}

/**
 * The table of a document's claims, with their statuses from the checks recorded on the
 * claim set and from the findings of a check run on the same document: a number a
 * numeric finding (warning or error) points at is contradicted even if no check was recorded.
 */
export function claimsTable(doc: ReportDocument, set: ClaimSet, findings: readonly Finding[]): ClaimsTable {
  const text = doc.text;
  const rows = set.claims.map((c): ClaimRow => {
    const checks = set.checks.get(c.id) ?? [];
    const on = findingsOn(c, findings);
    const { status, label } = statusOf(checks, on);
    return {
      id: c.id,
      quote: text.slice(c.place.start, c.place.end),
      start: c.place.start,
      end: c.place.end,
      path: c.place.path,
      context: contextOf(text, c.place.start, c.place.end),
      value: c.value.toString(),
      unit: c.unit.written,
      subject: c.subject.kind === 'unknown' ? REASON_LABELS.unknown : subjectLabel(c.subject),
      subjectKind: c.subject.kind,
      subjectReason: c.subjectReason,
      subjectReasonLabel: REASON_LABELS[c.subjectReason],
      subjectReasonNote: REASON_NAMES[c.subjectReason],
      measure: c.measure ? MEASURE_NAMES[c.measure] : c.label,
      approximate: c.approximate,
      otherPeriod: c.otherPeriod,
      inTable: c.inTable,
      status,
      statusLabel: label,
      checks,
      findings: on.flatMap((f) => [{ ruleId: f.ruleId, severity: f.severity, message: f.message }, ...mergedInto(f)]),
    };
  });
  const summary: ClaimsSummary = { total: rows.length, verified: 0, contradicted: 0, unchecked: 0, byReason: {} };
  for (const r of rows) {
    summary[r.status]++;
    summary.byReason[r.subjectReason] = (summary.byReason[r.subjectReason] ?? 0) + 1;
  }
  return { claims: rows, summary };
}

/**
 * Checks a document (every rule, as `check` does) and returns its claims table with the
 * findings and stats of the same run — what the CLI, the API and the page show.
 */
async function checkClaimsTable(input: { doc: ReportDocument; figures?: Figures | undefined }): Promise<{ table: ClaimsTable; findings: Finding[]; stats: CheckStats }> {
  const r = await checkClaims({ doc: input.doc, figures: input.figures });
  return { table: claimsTable(input.doc, r.claims, r.findings), findings: r.findings, stats: r.stats };
}

/** The result of `jixiao claims --format json` and POST /v1/claims: one table per report, and the figures' own problems. */
export async function claimsReport(input: { reports: ReadonlyArray<{ file: string; doc: ReportDocument }>; figures?: FiguresInput | undefined }) {
  const documents = [];
  let errors = 0;
  for (const { file, doc } of input.reports) {
    const { table, stats } = await checkClaimsTable({ doc, figures: input.figures?.figures });
    errors += stats.errors;
    documents.push({ file, title: doc.title, summary: table.summary, claims: table.claims });
  }
  const figures = input.figures ? figuresReport(input.figures) : undefined;
  return { result: figures ? { documents, figures } : { documents }, errors };
}
