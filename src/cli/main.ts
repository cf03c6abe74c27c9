import { errorEnvelope, JixiaoError } from '../errors';
import { parseCliArgs, requestedFormat } from './args';
import { checkCommand } from './commands/check';
import { figuresCommand } from './commands/figures';
import { parseCommand } from './commands/parse';
import { EXIT, type Io } from './io';

export { EXIT } from './io';

export const HELP = `jixiao — 绩效自评报告的起草与审查工具

用法：
  jixiao parse <文件> [--outline]                     解析报告（PDF / DOCX / TXT），输出目录和段落
  jixiao check <文件...> [--against <参照文件...>] [--figures <figures.json>]
                                                      检查报告：重复段落、数字核对、数字用法
  jixiao figures <figures.json>                       校验结构化数据文件
  jixiao --help                                       显示本说明

通用选项：
  --format text|json   输出格式；json 时向标准输出打印一个 JSON 文档（默认 text）

退出码：0 正常；1 发现错误级别的问题（check）；2 用法或输入错误。`;

const COMMANDS = { parse: parseCommand, check: checkCommand, figures: figuresCommand } as const;

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function run(argv: string[], io: Io): Promise<number> {
  let format = requestedFormat(argv);
  try {
    const args = parseCliArgs(argv);
    format = args.format;
    if (args.help || args.command === 'help') {
      io.out(HELP);
      return EXIT.OK;
    }
    if (args.command === undefined) {
      io.err(HELP);
      return EXIT.INPUT;
    }
    const command = COMMANDS[args.command as keyof typeof COMMANDS];
    if (!command) throw new JixiaoError('USAGE', `未知命令：${args.command}。运行 jixiao --help 查看用法。`);
    return await command(args, io);
  } catch (err) {
    const e = err instanceof JixiaoError ? err : new JixiaoError('INTERNAL', `内部错误：${err instanceof Error ? err.message : String(err)}`);
    if (format === 'json') io.out(JSON.stringify(errorEnvelope(e)));
    io.err(`错误（${e.code}）：${e.message}`);
    return EXIT.INPUT;
  }
}
