import { claimsReport } from '../../core/claims-table';
import { JixiaoError } from '../../errors';
import type { CliArgs } from '../args';
import { formatClaimsText } from '../format-claims';
import { formatFiguresProblems } from '../format-figures';
import { EXIT, type Io } from '../io';
import { readFiguresFile } from './figures';
import { reportReader } from '../doc-cache';

/**
 * jixiao claims <file...> [--figures f.json] [--no-cache]: the 数字清单 — every number with its subject,
 * measure, how the subject was decided and whether a check verified or contradicted it.
 * Exit codes as `check`: 1 when the checks found an error, 2 for usage and input errors.
 */
export async function claimsCommand(args: CliArgs, io: Io): Promise<number> {
  if (args.files.length === 0) throw new JixiaoError('USAGE', 'jixiao claims 至少需要一个报告文件。');
  if (args.against.length > 0 || args.corpus) throw new JixiaoError('USAGE', 'jixiao claims 只核对数字，不支持 --against 和 --corpus（请用 jixiao check）。');
  const figures = args.figures !== undefined ? { figures: await readFiguresFile(args.figures), file: args.figures } : undefined;
  // a report read before (same bytes) comes from the cache: a PDF is not parsed again while the figures are worked on
  const reader = reportReader(args.cache, io);
  const reports = [];
  for (const file of args.files) reports.push({ file, doc: await reader.read(file) });
  reader.done();
  const { result, errors } = await claimsReport({ reports, figures });
  if (args.format === 'json') io.out(JSON.stringify(result));
  else {
    const parts = result.documents.map((d) => formatClaimsText(d.file, d));
    if (result.figures) parts.unshift(formatFiguresProblems(args.figures!, result.figures.problems));
    io.out(parts.join('\n'));
  }
  const figuresErrors = result.figures?.problems.some((p) => p.severity === 'error') ?? false;
  return figuresErrors || errors > 0 ? EXIT.FINDINGS : EXIT.OK;
}
