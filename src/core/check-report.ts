/**
 * checkReport(): the check pipeline, once for every surface. Reports (already read), the
 * reference reports, figures and the stored corpus in; the `{documents:[…], figures?}` result
 * out, the JSON that POST /v1/check and `jixiao check --format json` both print.
 *
 *   checkReports(input)        checks every report (each against the references, and under
 *                              eachOther against every other report) → CheckRun
 *   checkResultJson(run)       the result object of a run
 *   checkReport(input)         both: what a surface prints
 *   checkOwn / checkAgainst    one report's check in parts (its own rules; one reference),
 *   mergeParts                 and put together: what the CLI's cache keeps (src/cli/check-cache.ts)
 */
import { checkDocument, type CheckInput } from '../check/check-document';
import { mergeResults, type CheckResult } from '../check/runner';
import type { ReferenceDoc } from '../check/types';
import type { CorpusLookup } from '../corpus/types';
import { errorEnvelope, type JixiaoError } from '../errors';
import type { ReportDocument } from '../model/document';
import type { Figures } from '../model/figures';
import { RULES } from '../rules';
import { figuresReport, type FiguresInput, type FiguresReport } from './figures-report';

/** A report that was read, under the name the user gave it (a path, an upload's file name, `text`). */
export interface NamedReport {
  file: string;
  doc: ReportDocument;
}

/** A report that was read and checked. */
export interface CheckedReport extends NamedReport {
  result: CheckResult;
}

/** A report that could not be read (in a run over several files; a single file stops the run). */
export interface UnreadReport {
  file: string;
  error: JixiaoError;
}

/** What a check needs besides the report: the same for every report of a run (plain data: worker threads get it). */
export interface CheckShared {
  references: ReferenceDoc[];
  /** Every report is also compared with every other one. */
  eachOther: boolean;
  figures: Figures | undefined;
}

/** The references of one report: the given reference reports and, under eachOther, every other report; never itself (same text, any name). */
export function referencesFor(doc: ReportDocument, docs: readonly NamedReport[], shared: CheckShared): ReferenceDoc[] {
  const all = shared.eachOther ? [...shared.references, ...docs] : shared.references;
  return all.filter((r) => r.doc.id !== doc.id);
}

/** Checks one report with every rule. */
export function checkOne(input: Omit<CheckInput, 'rules'>): Promise<CheckResult> {
  return checkDocument({ ...input, rules: RULES });
}

/** The rules that compare a report with a reference, and the others. */
const PER_REFERENCE = RULES.filter((r) => r.meta.perReference === true);
const OWN = RULES.filter((r) => r.meta.perReference !== true);

/**
 * checkOne in parts, for a cache of parts (the CLI's): checkOwn runs the rules that read the
 * report alone (and the figures), checkAgainst the ones that compare it with one reference,
 * and mergeParts puts them together; mergeParts([checkOwn(d), ...refs.map(r => checkAgainst(d, r))])
 * is what checkOne gives for d and refs (without a corpus).
 */
export function checkOwn(doc: ReportDocument, figures: Figures | undefined): Promise<CheckResult> {
  return checkDocument({ doc, figures, rules: OWN });
}

export function checkAgainst(doc: ReportDocument, reference: ReferenceDoc): Promise<CheckResult> {
  return checkDocument({ doc, references: [reference], rules: PER_REFERENCE });
}

export const mergeParts = mergeResults;

interface CheckReportInput {
  reports: ReadonlyArray<NamedReport | UnreadReport>;
  references?: ReferenceDoc[];
  eachOther?: boolean;
  figures?: FiguresInput | undefined;
  corpus?: CorpusLookup | undefined;
  /** Adds each report's parsed document (what /v1/parse returns) to the result. */
  includeDocument?: boolean;
  /** Called as report i (among the readable ones) is about to be checked. */
  onCheck?: (i: number, report: NamedReport) => void;
  /**
   * Checks every readable report, results in input order (the CLI hands in its worker threads).
   * Default: one after the other, here, with the corpus.
   */
  checkAll?: (docs: NamedReport[], shared: CheckShared) => Promise<CheckResult[]>;
}

/** Everything a check run found, before it is printed. */
export interface CheckRun {
  reports: Array<CheckedReport | UnreadReport>;
  figures?: FiguresReport;
  /** Every report was also compared with every other. */
  eachOther: boolean;
}

export async function checkReports(input: CheckReportInput): Promise<CheckRun> {
  const docs = input.reports.filter((r): r is NamedReport => 'doc' in r);
  const shared: CheckShared = { references: input.references ?? [], eachOther: input.eachOther ?? false, figures: input.figures?.figures };
  const results = input.checkAll ? await input.checkAll(docs, shared) : await checkInTurn(docs, shared, input);
  let k = 0;
  const reports = input.reports.map((r) => ('doc' in r ? { file: r.file, doc: r.doc, result: results[k++]! } : r));
  const run: CheckRun = { reports, eachOther: shared.eachOther };
  if (input.figures) run.figures = figuresReport(input.figures);
  return run;
}

async function checkInTurn(docs: NamedReport[], shared: CheckShared, input: CheckReportInput): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const [i, r] of docs.entries()) {
    input.onCheck?.(i, r);
    results.push(await checkOne({ doc: r.doc, references: referencesFor(r.doc, docs, shared), figures: shared.figures, corpus: input.corpus }));
  }
  return results;
}

/** One report in the result: its findings and stats, or why it could not be read. */
type CheckedDocumentJson = { file: string; title: string; findings: CheckResult['findings']; stats: CheckResult['stats']; document?: ReportDocument } | ({ file: string } & ReturnType<typeof errorEnvelope>);

interface CheckResultJson {
  documents: CheckedDocumentJson[];
  figures?: FiguresReport;
}

/** The result object of a run: {"documents":[{file,title,findings,stats[,document]} | {file,error}], "figures"?}. */
export function checkResultJson(run: CheckRun, { includeDocument = false } = {}): CheckResultJson {
  const documents = run.reports.map((r): CheckedDocumentJson =>
    'error' in r ? { file: r.file, ...errorEnvelope(r.error) } : { file: r.file, title: r.doc.title, findings: r.result.findings, stats: r.result.stats, ...(includeDocument ? { document: r.doc } : {}) },
  );
  return run.figures ? { documents, figures: run.figures } : { documents };
}

/** Checks and assembles the result: what POST /v1/check and `jixiao check --format json` print. */
export async function checkReport(input: CheckReportInput): Promise<CheckResultJson> {
  return checkResultJson(await checkReports(input), { includeDocument: input.includeDocument ?? false });
}
