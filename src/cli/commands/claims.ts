import { checkClaimsTable } from '../../claims/table';
import { JixiaoError } from '../../errors';
import { figuresProblems } from '../../domain';
import type { CliArgs } from '../args';
import { formatClaimsText } from '../format-claims';
import { formatFiguresProblems } from '../format-figures';
import { EXIT, type Io } from '../io';
import { ingestFile } from '../node-ingest';
import { readFiguresFile } from './figures';

/**
 * jixiao claims <file...> [--figures f.json]: the 数字清单 — every number with its subject,
 * measure, how the subject was decided and whether a check verified or contradicted it.
 * Exit codes as `check`: 1 when the checks found an error, 2 for usage and input errors.
 */
export async function claimsCommand(args: CliArgs, io: Io): Promise<number> {
  if (args.files.length === 0) throw new JixiaoError('USAGE', 'jixiao claims 至少需要一个报告文件。');
  if (args.against.length > 0 || args.corpus) throw new JixiaoError('USAGE', 'jixiao claims 只核对数字，不支持 --against 和 --corpus（请用 jixiao check）。');
  const figures = args.figures !== undefined ? await readFiguresFile(args.figures) : undefined;
  const documents = [];
  let errors = 0;
  for (const file of args.files) {
    const doc = await ingestFile(file);
    const { table, stats } = await checkClaimsTable({ doc, figures });
    errors += stats.errors;
    documents.push({ file, title: doc.title, summary: table.summary, claims: table.claims });
  }
  const figuresReport = figures && args.figures ? { file: args.figures, problems: figuresProblems(figures) } : undefined;
  if (args.format === 'json') io.out(JSON.stringify(figuresReport ? { documents, figures: figuresReport } : { documents }));
  else {
    const parts = documents.map((d) => formatClaimsText(d.file, d));
    if (figuresReport) parts.unshift(formatFiguresProblems(figuresReport.file, figuresReport.problems));
    io.out(parts.join('\n'));
  }
  const figuresErrors = figuresReport?.problems.some((p) => p.severity === 'error') ?? false;
  return figuresErrors || errors > 0 ? EXIT.FINDINGS : EXIT.OK;
}
