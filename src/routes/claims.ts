import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { claimsReport } from '../core/claims-table';
import { readUpload } from '../http/read-upload';
import { ingestUpload, requestFigures } from '../http/report-input';
import { Figures } from '../model/figures';
import { FiguresCheck } from './result-schemas';
import { errorResponses, FileField, openapiRoute, reportFields, UPLOAD_ERRORS } from './openapi-route';

/**
 * POST /v1/claims — the 数字清单 of a report (file or text, optional figures): the same
 * JSON as `jixiao claims --format json`.
 */
export function claimsRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  openapiRoute(app, claimsRoute, async (c) => {
    const { upload, form, json } = await readUpload(c);
    const doc = await ingestUpload(upload, c.get('deps').extractPdf);
    const figures = await requestFigures(form, json);
    const file = upload.kind === 'bytes' ? (upload.name ?? 'report') : 'text';
    return c.json((await claimsReport({ reports: [{ file, doc }], figures })).result);
  });
  return app;
}

const REASONS = ['explicit', 'list-item-lead', 'heading', 'coreference', 'carried', 'department', 'unknown'] as const;

export const ClaimRow = z
  .object({
    id: z.number().int().describe('序号（文中顺序，从 0 起）'),
    quote: z.string().describe('数字及单位，按原文'),
    start: z.number().int().describe('在规范化全文中的起点（UTF-16）'),
    end: z.number().int(),
    path: z.array(z.string()).describe('所在章节，由外到内'),
    context: z.string().describe('所在句子（截短）'),
    value: z.string().describe('数值，按原文精确保存，不含单位换算'),
    unit: z.string().nullable(),
    subject: z.string().describe('主体：部门整体、基本支出、某项目、某指标……；判断不了时为“无法确定”'),
    subjectKind: z.enum(['department', 'nature', 'function', 'project', 'indicator', 'tableRow', 'unknown']),
    subjectReason: z.enum(REASONS).describe('主体的判断依据'),
    subjectReasonLabel: z.enum(['明确主语', '项目条目', '标题', '指代', '承接上文', '部门', '无法确定']),
    subjectReasonNote: z.string().describe('判断依据的说明：句中写明、段首或条目开头写明……'),
    measure: z.string().nullable().describe('指标：调整后预算数、执行数……或数字前的标签'),
    approximate: z.boolean().describe('约数、范围：不做精确比较'),
    otherPeriod: z.boolean().describe('其他年度的数字'),
    inTable: z.boolean(),
    status: z.enum(['verified', 'contradicted', 'unchecked']),
    statusLabel: z.string().describe('已核对：与数据文件一致；比率算式相符 / 矛盾：… / 未核对'),
    checks: z.array(z.object({ ruleId: z.string(), outcome: z.enum(['verified', 'contradicted']), against: z.string().optional() })),
    findings: z.array(z.object({ ruleId: z.string(), severity: z.enum(['error', 'warning', 'info']), message: z.string() })),
  })
  .describe('数字清单中的一行')
  .openapi('ClaimRow');

const ClaimsResponse = z
  .object({
    documents: z.array(
      z.object({
        file: z.string().describe('上传的文件名；粘贴文本时为 text'),
        title: z.string(),
        summary: z.object({
          total: z.number().int(),
          verified: z.number().int(),
          contradicted: z.number().int(),
          unchecked: z.number().int(),
          byReason: z.record(z.string(), z.number().int()).describe('按主体判断依据计数'),
        }),
        claims: z.array(ClaimRow),
      }),
    ),
    figures: FiguresCheck.optional().describe('提交了数据（figures）时'),
  })
  .describe('数字清单，与 jixiao claims --format json 相同')
  .openapi('ClaimsResult');

/** POST /v1/claims as described in /openapi.json. */
const claimsRoute = createRoute({
  method: 'post',
  path: '/v1/claims',
  summary: '数字清单',
  description:
    '列出报告中的每个数字：主体（部门整体、项目、指标……）、指标、主体的判断依据（明确主语 / 项目条目 / 标题 / 指代 / 承接上文 / 部门 / 无法确定），以及核对结果（已核对：与数据文件一致；比率算式相符…… / 矛盾：说明 / 未核对），让编辑看到哪些数字核对过、哪些没有。输入与 /v1/check 相同：multipart 的 file（或 text）字段与可选的 figures 文件，或 JSON `{"text", "figures"?}`。',
  request: {
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            ...reportFields(),
            figures: FileField('结构化数据（JSON 文件或文本）').optional(),
          }),
        },
        'application/json': { schema: z.object({ text: z.string().describe('报告全文'), figures: Figures.optional() }) },
        'application/octet-stream': { schema: FileField('报告文件的字节') },
      },
    },
  },
  responses: {
    200: { description: '数字清单', content: { 'application/json': { schema: ClaimsResponse } } },
    ...errorResponses(...UPLOAD_ERRORS, 'INVALID_FIGURES'),
  },
});
