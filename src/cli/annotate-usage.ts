import { JixiaoError } from '../errors';
import type { CliArgs } from './args';

/** `--annotate out.docx` writes one annotated report: it needs exactly one checked file. */
export function checkAnnotateUsage(args: CliArgs): void {
  if (args.annotate === undefined) return;
  if (args.files.length !== 1) throw new JixiaoError('USAGE', '--annotate 只能与一个要检查的文件一起使用（每次输出一份带批注的报告）。');
  if (!/\.docx$/i.test(args.annotate)) throw new JixiaoError('USAGE', `--annotate 的输出文件应以 .docx 结尾（收到：${args.annotate}）。`);
}
