import { writeFile } from 'node:fs/promises';
import { draftValid, llmConfigFromEnv, parseDraftInput, reportText, type DraftOutput, type LlmEnv } from '../../draft';
import { chooseProvider } from '../../draft/choose-provider';
import { nodePrompts } from '../../draft/llm/prompts-node';
import { JixiaoError } from '../../errors';
import type { CliArgs } from '../args';
import { EXIT, type Io } from '../io';
import { readLocalFile } from '../node-ingest';

/** What the draft command takes from its surroundings: the environment and, in tests, a fetch. */
interface DraftCommandDeps {
  env: LlmEnv;
  fetch?: typeof fetch;
}

async function readRequest(path: string): Promise<unknown> {
  const text = new TextDecoder().decode(await readLocalFile(path)).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch {
    throw new JixiaoError('INVALID_DRAFT_REQUEST', `起草请求不是有效的 JSON：${path}。`);
  }
}

/** The grounding summary and notes, for stderr in text mode. */
function summary(r: DraftOutput): string {
  const g = r.grounding;
  const lines = [
    `起草方式：${r.provider === 'llm' ? `大模型（${r.model}）` : '内置模板'}；数字 ${g.numbers} 个，与数据一致 ${g.grounded} 个；修正 ${g.repaired} 段，改用模板 ${g.fallenBack} 段。`,
    ...r.notes.map((n) => `说明（${n.code}）：${n.message}`),
    ...r.findings.map((f) => `提示（${f.ruleId}）：${f.message}`),
  ];
  return lines.join('\n');
}

/** jixiao draft --input request.json [--provider template|llm] [--format text|json] [--docx out.docx] */
export function makeDraftCommand(deps: DraftCommandDeps) {
  return async function draftCommand(args: CliArgs, io: Io): Promise<number> {
    if (args.input === undefined) throw new JixiaoError('USAGE', 'jixiao draft 需要 --input <起草请求.json>。');
    const valid = parseDraftInput(await readRequest(args.input));
    const config = llmConfigFromEnv(deps.env);
    const provider = await chooseProvider(args.provider, config && deps.fetch ? { ...config, fetch: deps.fetch } : config, async (c) => {
      const { createLlmProvider } = await import('../../draft/llm/provider');
      return createLlmProvider(c, nodePrompts());
    });
    const result = await draftValid(valid, { provider });
    if (args.docx !== undefined) {
      const { buildDocx } = await import('../../export/docx');
      await writeFile(args.docx, await buildDocx({ title: result.title, sections: result.sections }));
    }
    if (args.format === 'json') io.out(JSON.stringify(result));
    else io.out(reportText(result.title, result.sections));
    if (args.format !== 'json') io.err(summary(result));
    if (args.docx !== undefined) io.err(`已写入 Word 文件：${args.docx}`);
    return EXIT.OK;
  };
}

export const draftCommand = makeDraftCommand({ env: process.env });
