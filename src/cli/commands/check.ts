import { checkOne, checkReports, checkResultJson, type CheckedReport, type CheckRun, type NamedReport, type UnreadReport } from '../../core/check-report';
import { JixiaoError } from '../../errors';
import { checkAnnotateUsage } from '../annotate-usage';
import { assertReferenceCount } from '../../limits-enforce';
import type { CliArgs } from '../args';
import { formatFiguresProblems } from '../format-figures';
import { formatCheckText, formatReusePairs } from '../format-findings';
import { expandInputs } from '../inputs';
import { EXIT, type Io } from '../io';
import { ingestNamed } from '../node-ingest';
import { progress } from '../progress';
import { startPool, workerCount } from '../check-parallel';
import { defaultCheckCache } from '../check-cache';
import { cacheWarning } from '../doc-cache';

/**
 * jixiao check <files, folders, globs...> [--against <...>] [--against-each-other] [--figures f.json] [--corpus] [--annotate out.docx] [--no-cache]
 *
 * Reads every report once, in one process; checks each (against the references, the corpus,
 * and with --against-each-other all the other reports given); then prints. In a run over
 * several files an unreadable one is reported and skipped (exit 2 at the end). What was read
 * and checked before comes from the check cache (check-cache.ts), but with --no-cache,
 * --corpus (the stored corpus changes under it) or --annotate.
 */
export async function checkCommand(args: CliArgs, io: Io): Promise<number> {
  if (args.files.length === 0) throw new JixiaoError('USAGE', 'jixiao check 至少需要一个要检查的文件、目录或通配符。');
  checkAnnotateUsage(args);
  const run = await runCheck(args, io);
  printRun(run, args.format, io);
  return exitCode(run);
}

/** Reads and checks (checkReports in src/core); prints nothing but errors and progress. */
async function runCheck(args: CliArgs, io: Io): Promise<CheckRun> {
  const files = await expandInputs(args.files);
  if (args.annotate !== undefined && files.length !== 1) throw new JixiaoError('USAGE', `--annotate 只能用于一份报告（给出的文件、目录或通配符对应 ${files.length} 份）。`);
  const againstFiles = args.against.length > 0 ? await expandInputs(args.against) : [];
  assertReferenceCount(againstFiles.length);
  const figures = args.figures !== undefined ? { figures: await (await import('./figures')).readFiguresFile(args.figures), file: args.figures } : undefined;
  const cache = args.cache && !args.corpus && args.annotate === undefined ? defaultCheckCache(cacheWarning(io)) : undefined;
  const read = cache ? (file: string) => cache.ingest(file) : undefined;
  const references: NamedReport[] = [];
  for (const file of againstFiles) references.push({ file, doc: await ingestNamed(file, read) });

  // many reports, no cache: worker threads start now and load the code while the reports are read
  const pool = cache || args.corpus || args.annotate !== undefined ? undefined : startPool(workerCount(files.length));
  const bar = progress(io, files.length);
  let corpus: Awaited<ReturnType<typeof import('../../corpus/local').openLocalCorpus>> | undefined;
  let run: CheckRun;
  try {
    const loaded: Array<NamedReport | UnreadReport> = [];
    for (const [i, file] of files.entries()) {
      bar.step('读取', i + 1, file);
      try {
        loaded.push({ file, doc: await ingestNamed(file, read) });
      } catch (err) {
        if (files.length === 1 || !(err instanceof JixiaoError)) throw err;
        io.err(`错误（${err.code}）：${err.message}`);
        loaded.push({ file, error: err });
      }
    }
    // --corpus: the local D1 that `npm start` uses, through wrangler's platform proxy.
    corpus = args.corpus ? await (await import('../../corpus/local')).openLocalCorpus({ onMigration: (m) => io.err(`已应用数据库迁移：${m}`) }) : undefined;
    let n = 0;
    run = await checkReports({
      reports: loaded,
      references,
      eachOther: args.againstEachOther,
      figures,
      corpus: corpus?.lookup,
      onCheck: (_, r) => bar.step('检查', ++n, r.file),
      ...(cache && { checkAll: (docs, shared) => cache.checkAll(docs, shared, (i) => bar.step('检查', ++n, docs[i]!.file)) }),
      ...(pool && {
        checkAll: (docs, shared) =>
          pool.run(
            docs,
            shared,
            (doc, refs) => checkOne({ doc, references: refs, figures: shared.figures }),
            (i) => bar.step('检查', ++n, docs[i]!.file),
          ),
      }),
    });
  } finally {
    bar.done();
    await pool?.close();
    await corpus?.dispose();
  }
  // the Word writer (docx) loads only for --annotate
  const annotated = run.reports[0];
  if (args.annotate !== undefined && annotated !== undefined && 'result' in annotated)
    await (await import('../annotate-output')).writeAnnotated(args.annotate, annotated.file, annotated.doc, annotated.result.findings, io);
  return run;
}

/** JSON: {"documents":[{file,title,findings,stats} | {file,error}], "figures"?}; text: per report, then reuse between them. */
function printRun(run: CheckRun, format: 'text' | 'json', io: Io): void {
  if (format === 'json') {
    io.out(JSON.stringify(checkResultJson(run)));
    return;
  }
  const checked = run.reports.filter((r): r is CheckedReport => 'result' in r);
  const parts = checked.map((r) => formatCheckText(r.file, r.result));
  if (run.figures) parts.unshift(formatFiguresProblems(run.figures.file ?? 'figures', run.figures.problems));
  if (run.eachOther) parts.push(formatReusePairs(checked));
  io.out(parts.join('\n'));
}

/** 2 when a report could not be read; 1 when there is an error-level finding; else 0. */
export function exitCode(run: CheckRun): number {
  if (run.reports.some((r) => 'error' in r)) return EXIT.INPUT;
  const figuresErrors = run.figures?.problems.some((p) => p.severity === 'error') ?? false;
  return figuresErrors || run.reports.some((r) => 'result' in r && r.result.stats.errors > 0) ? EXIT.FINDINGS : EXIT.OK;
}
