import { errorEnvelope, JixiaoError } from '../errors';
import { parseCliArgs, requestedFormat } from './args';
import type { CliArgs } from './args';
import { EXIT, type Io } from './io';

export { EXIT } from './io';

const HELP = `jixiao — 绩效自评报告的起草与审查工具

用法：
  jixiao parse <文件> [--outline] [--no-cache]        解析报告（PDF / DOCX / DOC / TXT），输出目录和段落
  jixiao check <文件、目录或通配符...> [--against <参照文件...>] [--against-each-other]
              [--figures <figures.json>] [--corpus] [--annotate <输出.docx>] [--no-cache]
                                                      检查报告：重复段落、数字核对、数字用法；目录按
                                                      其下（含子目录）的 .pdf .docx .doc .txt 检查，通配符
                                                      可用 * ? ** [..] {a,b}（如 '报告/**/*.pdf'）；
                                                      --against-each-other 另把给出的报告两两比对，
                                                      列出报告之间的重复
                                                      --annotate 另存为带批注的报告：每个问题作为 Word
                                                      批注标在原文处（只用于一份报告）
                                                      读过、查过的报告存入检查缓存，下次只重算改过的
                                                      报告（及与它有关的比对）；--no-cache 不用缓存
  jixiao claims <文件...> [--figures <figures.json>] [--no-cache]
                                                      数字清单：每个数字的主体、指标、主体的判断依据，
                                                      以及核对结果（已核对 / 矛盾 / 未核对）
  jixiao figures <figures.json>                       校验结构化数据文件
  jixiao draft --input <请求.json> [--provider template|llm] [--docx <输出.docx>]
                                                      起草报告章节（公文语体，数字逐个核对）；--docx 另存为
                                                      GB/T 9704 版式的 Word 文件；配置了大模型（JIXIAO_MODEL 等）
                                                      时默认用模型，否则用内置模板
  jixiao corpus add <文件...> [--name <名称>] [--department <部门>] [--year <年度>]
                                                      把往年报告加入本地语料库（同一文本重复加入只更新）
  jixiao corpus list                                  列出本地语料库中的报告
  jixiao corpus remove <编号...>                      从本地语料库删除报告
  jixiao --help                                       显示本说明

通用选项：
  --format text|json   输出格式；json 时向标准输出打印一个 JSON 文档（默认 text）

本地语料库与 npm start（wrangler dev）共用同一个本地 D1 数据库（<项目>/.wrangler/state，
可用环境变量 JIXIAO_STATE_DIR 另指目录）；首次使用时自动建表。本地写入不需要令牌，
服务端语料库通过 POST/DELETE /v1/corpus 管理（需要 CORPUS_TOKEN）。

缓存在 <项目>/node_modules/.cache/jixiao（可用环境变量 JIXIAO_CACHE_DIR 另指目录）：parse、check、
claims 读过的文件（解析结果）和 check 查过的报告，按文件内容和程序版本存取，可随时删除；--no-cache 不用。

退出码：0 正常；1 发现错误级别的问题（check、claims）；2 用法或输入错误。`;

type Command = (args: CliArgs, io: Io) => Promise<number>;

/** Each command is loaded when it runs, so `jixiao --help` and light commands start fast. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  parse: async () => (await import('./commands/parse')).parseCommand,
  check: async () => (await import('./commands/check')).checkCommand,
  claims: async () => (await import('./commands/claims')).claimsCommand,
  figures: async () => (await import('./commands/figures')).figuresCommand,
  draft: async () => (await import('./commands/draft')).draftCommand,
  corpus: async () => (await import('./commands/corpus')).corpusCommand,
};

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
    const load = Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command] : undefined;
    if (!load) throw new JixiaoError('USAGE', `未知命令：${args.command}。运行 jixiao --help 查看用法。`);
    return await (
      await load()
    )(args, io);
  } catch (err) {
    const e = err instanceof JixiaoError ? err : new JixiaoError('INTERNAL', `内部错误：${err instanceof Error ? err.message : String(err)}`);
    if (format === 'json') io.out(JSON.stringify(errorEnvelope(e)));
    io.err(`错误（${e.code}）：${e.message}`);
    return EXIT.INPUT;
  }
}
