import { checkDocument } from '../../check/check-document';
import type { ReferenceDoc } from '../../check/types';
import { JixiaoError } from '../../errors';
import type { CliArgs } from '../args';
import { formatCheckText } from '../format-findings';
import { EXIT, type Io } from '../io';
import { ingestFile } from '../node-ingest';
import { readFiguresFile } from './figures';

/** jixiao check <file...> [--against <file...>] [--figures f.json]: findings per file. */
export async function checkCommand(args: CliArgs, io: Io): Promise<number> {
  if (args.files.length === 0) throw new JixiaoError('USAGE', 'jixiao check 至少需要一个要检查的文件。');
  const figures = args.figures !== undefined ? await readFiguresFile(args.figures) : undefined;
  const references: ReferenceDoc[] = [];
  for (const file of args.against) references.push({ file, doc: await ingestFile(file) });
  const documents = [];
  for (const file of args.files) {
    const doc = await ingestFile(file);
    // A file given both as subject and as reference is not compared with itself.
    const refs = references.filter((r) => r.doc.id !== doc.id);
    const result = await checkDocument({ doc, references: refs, figures });
    documents.push({ file, title: doc.title, findings: result.findings, stats: result.stats });
  }
  if (args.format === 'json') io.out(JSON.stringify({ documents }));
  else io.out(documents.map((d) => formatCheckText(d.file, d)).join('\n'));
  return documents.some((d) => d.stats.errors > 0) ? EXIT.FINDINGS : EXIT.OK;
}
