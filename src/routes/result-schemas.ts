import '@hono/zod-openapi'; // adds .openapi() to zod schemas
import { z } from 'zod';
import { FIGURES_MESSAGE_IDS, type FiguresMessageId } from '../domain';
import { Figures } from '../model/figures';
import { ReportDocument } from '../model/document';
import { named } from './openapi-route';

// What /v1/check, /v1/claims and /v1/figures/validate answer, as zod schemas: they describe the
// responses in /openapi.json, and openapi.worker.test.ts parses real responses with them (and
// checks they match the types in check/types.ts).

/** ReportDocument (model/document.ts) as a named component of the responses. */
export const ReportDocumentOut = named(ReportDocument, 'ReportDocument');

const Severity = z.enum(['error', 'warning', 'info']);

/** A place in a document (check/types.ts Location). */
export const Location = z
  .object({
    start: z.number().int().describe('在规范化全文中的起点（UTF-16）'),
    end: z.number().int(),
    quote: z.string().describe('原文'),
    path: z.array(z.string()).describe('所在章节，由外到内'),
    page: z.number().int().optional(),
    file: z.string().optional().describe('在另一份文件中时：参照文件名'),
    documentId: z.string().optional(),
    title: z.string().optional(),
  })
  .describe('文中的位置');

/** One problem found in a report (check/types.ts Finding). */
export const Finding = Location.extend({
  ruleId: z.string().describe('规则编号，如 number/sum-mismatch'),
  messageId: z.string(),
  severity: Severity,
  message: z.string().describe('问题说明（中文，含依据）'),
  fix: z.string().optional().describe('修改建议'),
  related: z.array(Location).describe('相关位置：参照报告、报告库或本文其他处'),
  evidence: z.record(z.string(), z.unknown()).describe('依据数据'),
})
  .describe('检查发现的一个问题')
  .openapi('Finding');

/** Counts of one checked document; rules add their own counters (numbers found, checked …). */
export const CheckStats = z
  .looseObject({
    findings: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    byRule: z.record(z.string(), z.number().int()),
  })
  .describe('统计');

/** A problem of the figures file itself (rules/number/figures-consistency.ts). */
export const FiguresProblem = z
  .object({
    ruleId: z
      .enum(FIGURES_MESSAGE_IDS.map((id) => `figures/${id}` as const) as [`figures/${FiguresMessageId}`, ...Array<`figures/${FiguresMessageId}`>])
      .describe('规则编号：figures/<messageId>，检查、起草和网页中相同'),
    path: z.string().describe('字段路径，如 projects.2.executed'),
    field: z.string().describe('字段中文名'),
    severity: z.enum(['error', 'warning']),
    messageId: z.enum(FIGURES_MESSAGE_IDS),
    message: z.string(),
    evidence: z.record(z.string(), z.unknown()),
  })
  .describe('数据文件自身的不一致')
  .openapi('FiguresProblem');

export const FiguresCheck = z.object({ file: z.string().optional().describe('数据文件名（命令行给出 --figures 时）'), problems: z.array(FiguresProblem) }).describe('数据文件自身的核对结果');

export const CheckResponse = z
  .object({
    documents: z.array(
      z.object({
        file: z.string().describe('上传的文件名；粘贴文本时为 text'),
        title: z.string(),
        findings: z.array(Finding),
        stats: CheckStats,
        document: ReportDocumentOut.optional().describe('?include=document 时：解析后的文档（同 /v1/parse）'),
      }),
    ),
    figures: FiguresCheck.optional().describe('提交了数据（figures）时'),
  })
  .describe('检查结果，与 jixiao check --format json 相同')
  .openapi('CheckResult');

/** The JSON body of /v1/check; `figures` is validated with the Figures schema. */
export const CheckJsonRequest = z.object({
  text: z.string().describe('报告全文'),
  against: z
    .array(z.object({ name: z.string().optional(), text: z.string() }))
    .optional()
    .describe('参照报告'),
  figures: Figures.optional(),
  corpus: z.boolean().optional().describe('true：与报告库比对'),
});
