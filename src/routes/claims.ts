import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { checkClaimsTable } from '../claims/table';
import { readUpload } from '../http/read-upload';
import { ingestUpload, requestFigures } from '../http/report-input';
import { Figures } from '../model/figures';
import { figuresProblems } from '../domain';

/**
 * POST /v1/claims — the 数字清单 of a report (file or text, optional figures): the same
 * JSON as `jixiao claims --format json`.
 */
export function claimsRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.post('/v1/claims', async (c) => {
    const { upload, form, json } = await readUpload(c);
    const doc = await ingestUpload(upload, c.get('deps').extractPdf);
    const figures = await requestFigures(form, json);
    const { table } = await checkClaimsTable({ doc, figures });
    const file = upload.kind === 'bytes' ? (upload.name ?? 'report') : 'text';
    const documents = [{ file, title: doc.title, summary: table.summary, claims: table.claims }];
    return c.json(figures ? { documents, figures: { problems: figuresProblems(figures) } } : { documents });
  });
  return app;
}

const REASONS = ['explicit', 'list-item-lead', 'heading', 'coreference', 'carried', 'department', 'unknown'] as const;

const ClaimRow = z
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
  .describe('数字清单中的一行');

const ClaimsResponse = z.object({
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
  figures: z.object({ problems: z.array(z.unknown()).describe('数据文件自身的不一致') }).optional(),
});

const ErrorOut = { 'application/json': { schema: z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) }) } };

/** Registers POST /v1/claims in /openapi.json. */
export function registerClaimsOpenApi(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.register('ClaimRow', ClaimRow);
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/v1/claims',
    summary: '数字清单',
    description:
      '列出报告中的每个数字：主体（部门整体、项目、指标……）、指标、主体的判断依据（明确主语 / 项目条目 / 标题 / 指代 / 承接上文 / 部门 / 无法确定），以及核对结果（已核对：与数据文件一致；比率算式相符…… / 矛盾：说明 / 未核对），让编辑看到哪些数字核对过、哪些没有。输入与 /v1/check 相同：multipart 的 file（或 text）字段与可选的 figures 文件，或 JSON `{"text", "figures"?}`。',
    request: {
      body: {
        content: {
          'multipart/form-data': { schema: z.object({ file: z.any().describe('报告文件：PDF、DOCX 或 TXT'), text: z.string().optional().describe('没有文件时的报告全文'), figures: z.any().optional().describe('结构化数据文件（JSON）') }) },
          'application/json': { schema: z.object({ text: z.string().describe('报告全文'), figures: Figures.optional() }) },
        },
      },
    },
    responses: {
      200: { description: '数字清单', content: { 'application/json': { schema: ClaimsResponse } } },
      400: { description: 'EMPTY_FILE、MALFORMED_MULTIPART、INVALID_REQUEST、INVALID_FIGURES', content: ErrorOut },
      413: { description: 'FILE_TOO_LARGE', content: ErrorOut },
      415: { description: 'UNSUPPORTED_TYPE', content: ErrorOut },
      422: { description: 'PDF_ENCRYPTED、PDF_CORRUPT、PDF_NO_TEXT、TOO_MANY_PAGES、DOCX_CORRUPT、TEXT_DECODE_FAILED', content: ErrorOut },
    },
  });
}
