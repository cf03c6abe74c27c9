import { checkDocument } from '../../check/check-document';
import type { CheckResult } from '../../check/runner';
import type { CorpusLookup, ReferenceDoc } from '../../check/types';
import { errorEnvelope, JixiaoError } from '../../errors';
import type { Figures } from '../../model/figures';
import type { ReportDocument } from '../../model/document';
import { figuresProblems, type FiguresProblem } from '../../domain';
import { checkAnnotateUsage } from '../annotate-usage';
import { assertReferenceCount } from '../../limits-enforce';
import type { CliArgs } from '../args';
import { formatFiguresProblems } from '../format-figures';
import { formatCheckText, formatReusePairs } from '../format-findings';
import { expandInputs } from '../inputs';
import { EXIT, type Io } from '../io';
import { ingestNamed } from '../node-ingest';
import { progress } from '../progress';
import { referencesFor, startPool, workerCount } from '../check-parallel';

/** A report that was read and checked. */
export interface CheckedReport {
  file: string;
  doc: ReportDocument;
  result: CheckResult;
}

/** A report that could not be read (in a run over several files; a single file stops the run). */
export interface UnreadReport {
  file: string;
  error: JixiaoError;
}

/** Everything one `jixiao check` run found, before it is printed (or written elsewhere). */
export interface CheckRun {
  reports: Array<CheckedReport | UnreadReport>;
  figures?: { file: string; problems: FiguresProblem[] };
  /** --against-each-other: every report was also compared with every other. */
  eachOther: boolean;
}

/**
 * jixiao check <files, folders, globs...> [--against <...>] [--against-each-other] [--figures f.json] [--corpus] [--annotate out.docx]
 *
 * Reads every report once, in one process; checks each (against the references, the corpus,
 * and with --against-each-other all the other reports given); then prints. In a run over
 * several files an unreadable one is reported and skipped (exit 2 at the end).
 */
export async function checkCommand(args: CliArgs, io: Io): Promise<number> {
  if (args.files.length === 0) throw new JixiaoError('USAGE', 'jixiao check 至少需要一个要检查的文件、目录或通配符。');
  checkAnnotateUsage(args);
  const run = await runCheck(args, io);
  printRun(run, args.format, io);
  return exitCode(run);
}

/** Reads and checks; prints nothing but errors and progress. */
export async function runCheck(args: CliArgs, io: Io): Promise<CheckRun> {
  const files = await expandInputs(args.files);
  if (args.annotate !== undefined && files.length !== 1)
    throw new JixiaoError('USAGE', `--annotate 只能用于一份报告（给出的文件、目录或通配符对应 ${files.length} 份）。`);
  const againstFiles = args.against.length > 0 ? await expandInputs(args.against) : [];
  assertReferenceCount(againstFiles.length);
  const figures = args.figures !== undefined ? await (await import('./figures')).readFiguresFile(args.figures) : undefined;
  const references: ReferenceDoc[] = [];
  for (const file of againstFiles) references.push({ file, doc: await ingestNamed(file) });

  // many reports: worker threads start now and load the code while the reports are read
  const pool = args.corpus || args.annotate !== undefined ? undefined : startPool(workerCount(files.length));
  const bar = progress(io, files.length);
  const reports: CheckRun['reports'] = [];
  let corpus: Awaited<ReturnType<typeof import('../../corpus/local').openLocalCorpus>> | undefined;
  try {
    const loaded: Array<{ file: string; doc: ReportDocument } | UnreadReport> = [];
    for (const [i, file] of files.entries()) {
      bar.step('读取', i + 1, file);
      try {
        loaded.push({ file, doc: await ingestNamed(file) });
      } catch (err) {
        if (files.length === 1 || !(err instanceof JixiaoError)) throw err;
        io.err(`错误（${err.code}）：${err.message}`);
        loaded.push({ file, error: err });
      }
    }
    const docs = loaded.filter((r): r is { file: string; doc: ReportDocument } => 'doc' in r);
    const shared = { references, eachOther: args.againstEachOther, figures };

    if (pool !== undefined) {
      let n = 0;
      const results = await pool.run(docs, shared, (doc, refs) => checkDocument({ doc, references: refs, figures }), (i) =>
        bar.step('检查', ++n, docs[i]!.file),
      );
      let k = 0;
      for (const r of loaded) reports.push('error' in r ? r : { file: r.file, doc: r.doc, result: results[k++]! });
    } else {
      // --corpus: the local D1 that `npm start` uses, through wrangler's platform proxy.
      corpus = args.corpus ? await (await import('../../corpus/local')).openLocalCorpus({ onMigration: (m) => io.err(`已应用数据库迁移：${m}`) }) : undefined;
      for (const [i, r] of loaded.entries()) {
        if ('error' in r) {
          reports.push(r);
          continue;
        }
        bar.step('检查', i + 1, r.file);
        const result = await checkDocument({ doc: r.doc, references: referencesFor(r.doc, docs, shared), figures, corpus: corpus?.lookup });
        reports.push({ file: r.file, doc: r.doc, result });
        // the Word writer (docx) loads only for --annotate
        if (args.annotate !== undefined) await (await import('../annotate-output')).writeAnnotated(args.annotate, r.file, r.doc, result.findings, io);
      }
    }
  } finally {
    bar.done();
    await pool?.close();
    await corpus?.dispose();
  }
  const run: CheckRun = { reports, eachOther: args.againstEachOther };
  if (figures && args.figures) run.figures = { file: args.figures, problems: figuresProblems(figures) };
  return run;
}

/** JSON: {"documents":[{file,title,findings,stats} | {file,error}], "figures"?}; text: per report, then reuse between them. */
export function printRun(run: CheckRun, format: 'text' | 'json', io: Io): void {
  if (format === 'json') {
    const documents = run.reports.map((r) =>
      'error' in r ? { file: r.file, ...errorEnvelope(r.error) } : { file: r.file, title: r.doc.title, findings: r.result.findings, stats: r.result.stats },
    );
    io.out(JSON.stringify(run.figures ? { documents, figures: run.figures } : { documents }));
    return;
  }
  const checked = run.reports.filter((r): r is CheckedReport => 'result' in r);
  const parts = checked.map((r) => formatCheckText(r.file, r.result));
  if (run.figures) parts.unshift(formatFiguresProblems(run.figures.file, run.figures.problems));
  if (run.eachOther) parts.push(formatReusePairs(checked));
  io.out(parts.join('\n'));
}

/** 2 when a report could not be read; 1 when there is an error-level finding; else 0. */
export function exitCode(run: CheckRun): number {
  if (run.reports.some((r) => 'error' in r)) return EXIT.INPUT;
  const figuresErrors = run.figures?.problems.some((p) => p.severity === 'error') ?? false;
  return figuresErrors || run.reports.some((r) => 'result' in r && r.result.stats.errors > 0) ? EXIT.FINDINGS : EXIT.OK;
}
