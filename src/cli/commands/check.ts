import { checkDocument } from '../../check/check-document';
import type { ReferenceDoc } from '../../check/types';
import { JixiaoError } from '../../errors';
import { assertReferenceCount } from '../../limits-enforce';
import type { CliArgs } from '../args';
import { checkFiguresConsistency } from '../../rules/number/figures-consistency';
import { formatFiguresProblems } from '../format-figures';
import { formatCheckText } from '../format-findings';
import { EXIT, type Io } from '../io';
import { ingestFile } from '../node-ingest';
import { readFiguresFile } from './figures';

/**
 * jixiao check <file...> [--against <file...>] [--figures f.json] [--corpus]: findings per file; the
 * figures file is checked for its own arithmetic first.
 */
export async function checkCommand(args: CliArgs, io: Io): Promise<number> {
  if (args.files.length === 0) throw new JixiaoError('USAGE', 'jixiao check 至少需要一个要检查的文件。');
  assertReferenceCount(args.against.length);
  const figures = args.figures !== undefined ? await readFiguresFile(args.figures) : undefined;
  const references: ReferenceDoc[] = [];
  for (const file of args.against) references.push({ file, doc: await ingestFile(file) });
  const documents = [];
  // --corpus: the local D1 that `npm start` uses, through wrangler's platform proxy.
  const corpus = args.corpus ? await (await import('../../corpus/local')).openLocalCorpus({ onMigration: (m) => io.err(`已应用数据库迁移：${m}`) }) : undefined;
  try {
    for (const file of args.files) {
      const doc = await ingestFile(file);
      // A file given both as subject and as reference is not compared with itself.
      const refs = references.filter((r) => r.doc.id !== doc.id);
      const result = await checkDocument({ doc, references: refs, figures, corpus: corpus?.lookup });
      documents.push({ file, title: doc.title, findings: result.findings, stats: result.stats });
    }
  } finally {
    await corpus?.dispose();
  }
  const figuresReport = figures && args.figures ? { file: args.figures, problems: checkFiguresConsistency(figures) } : undefined;
  if (args.format === 'json') io.out(JSON.stringify(figuresReport ? { documents, figures: figuresReport } : { documents }));
  else {
    const parts = documents.map((d) => formatCheckText(d.file, d));
    if (figuresReport) parts.unshift(formatFiguresProblems(figuresReport.file, figuresReport.problems));
    io.out(parts.join('\n'));
  }
  const figuresErrors = figuresReport?.problems.some((p) => p.severity === 'error') ?? false;
  return figuresErrors || documents.some((d) => d.stats.errors > 0) ? EXIT.FINDINGS : EXIT.OK;
}
