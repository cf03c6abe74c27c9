import { JixiaoError } from '../../errors';
import type { ReportDocument, Section } from '../../model/document';
import type { CliArgs } from '../args';
import { formatDocumentText, formatOutline } from '../format-document';
import { EXIT, type Io } from '../io';
import { reportReader } from '../doc-cache';

/** jixiao parse <file> [--outline] [--no-cache]: the outline and blocks of one report (read through the document cache). */
export async function parseCommand(args: CliArgs, io: Io): Promise<number> {
  if (args.files.length !== 1) throw new JixiaoError('USAGE', 'jixiao parse 需要且只需要一个文件参数。');
  const reader = reportReader(args.cache, io);
  const doc = await reader.read(args.files[0]!);
  reader.done();
  if (args.format === 'json') io.out(JSON.stringify(args.outline ? { title: doc.title, outline: outlineJson(doc) } : doc));
  else io.out(args.outline ? formatOutline(doc).join('\n') : formatDocumentText(doc));
  return EXIT.OK;
}

function outlineJson(doc: ReportDocument) {
  const walk = (list: Section[]): unknown[] => list.map((s) => ({ level: s.level, title: s.title, children: walk(s.children) }));
  return walk(doc.sections);
}
