import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { ERRORS } from '../errors';
import { ReportDocument, Section } from '../model/document';
import { Figures } from '../model/figures';
import { registerCheckOpenApi } from './annotated-docx';
import { registerClaimsOpenApi } from './claims';
import { registerDraftOpenApi } from './draft';
import { registerExportOpenApi } from './export';

const ErrorEnvelope = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERRORS) as [string, ...string[]]).describe('稳定的英文错误码'),
      message: z.string().describe('中文说明'),
      details: z.unknown().optional().describe('附加信息，如逐字段的数据错误'),
    }),
  })
  .describe('统一的错误格式');

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorEnvelope } },
});

const Upload = z.object({
  file: z.any().describe('报告文件：PDF、DOCX、DOC 或 TXT（UTF-8 / GB18030），不超过 20 MB'),
});

const CorpusReportSummary = z
  .object({
    id: z.string().describe('报告编号：规范化全文的内容哈希，同一文本总是同一编号'),
    title: z.string(),
    department: z.string().optional(),
    year: z.number().int().optional(),
    fileName: z.string().optional().describe('加入时的文件名（或 name 字段）'),
    format: z.enum(['txt', 'pdf', 'docx', 'doc']),
    addedAt: z.string().describe('首次加入时间（ISO 8601，UTC）；重复加入时保留'),
    updatedAt: z.string(),
    charCount: z.number().int(),
    paragraphCount: z.number().int(),
    unitCount: z.number().int().describe('建立索引的单元数（句子与整段）'),
  })
  .describe('语料库中的一份报告');

const CorpusReport = CorpusReportSummary.extend({
  paragraphs: z.array(
    z.object({
      index: z.number().int(),
      blockId: z.string(),
      span: z.object({ start: z.number().int(), end: z.number().int() }),
      page: z.number().int().optional(),
      path: z.array(z.string()),
      text: z.string(),
    }),
  ),
});

const CorpusUpload = z.object({
  file: z.any().describe('报告文件：PDF、DOCX 或 TXT，不超过 20 MB'),
  name: z.string().optional().describe('显示用的文件名（默认取上传文件名）'),
  department: z.string().optional().describe('部门（默认从标题识别）'),
  year: z.string().optional().describe('年度（默认从标题识别）'),
});

const bearer = [{ corpusToken: [] }];

/** Describes the API in the app's OpenAPI registry; served at /openapi.json. */
export function registerOpenApi(app: OpenAPIHono<AppEnv>) {
  const r = app.openAPIRegistry;
  r.register('Section', Section);
  r.register('ReportDocument', ReportDocument);
  r.register('Figures', Figures);
  r.register('Error', ErrorEnvelope);
  r.registerPath({
    method: 'post',
    path: '/v1/parse',
    summary: '解析报告',
    description:
      '上传报告文件（multipart 的 file 字段，或直接以文件字节作为请求体），或以 JSON `{"text": "…"}` 提交全文，返回规范化后的文档：全文、段落/标题/表格行及其字符位置、章节树。文件类型按内容识别，不看扩展名。',
    request: {
      body: {
        content: {
          'multipart/form-data': { schema: Upload },
          'application/json': { schema: z.object({ text: z.string().describe('报告全文') }) },
          'application/octet-stream': { schema: z.any().describe('文件字节') },
        },
      },
    },
    responses: {
      200: { description: '解析结果', content: { 'application/json': { schema: ReportDocument } } },
      400: errorResponse('EMPTY_FILE、MALFORMED_MULTIPART、INVALID_REQUEST'),
      413: errorResponse('FILE_TOO_LARGE'),
      415: errorResponse('UNSUPPORTED_TYPE'),
      422: errorResponse('PDF_ENCRYPTED、PDF_CORRUPT、PDF_NO_TEXT、TOO_MANY_PAGES、DOCX_CORRUPT、DOC_ENCRYPTED、DOC_CORRUPT、TEXT_DECODE_FAILED'),
    },
  });
  r.registerPath({
    method: 'post',
    path: '/v1/figures/validate',
    summary: '校验结构化数据',
    description: '校验部门的结构化数据（预算、执行、分类、项目、指标、自评得分），金额按十进制精确保存；错误逐字段以中文说明。',
    request: { body: { content: { 'application/json': { schema: Figures } } } },
    responses: {
      200: { description: '规范化后的数据', content: { 'application/json': { schema: z.object({ figures: Figures }) } } },
      400: errorResponse('INVALID_FIGURES（details 为逐字段的问题列表）、INVALID_REQUEST'),
    },
  });
  r.registerPath({
    method: 'get',
    path: '/v1/figures/schema',
    summary: '结构化数据的 JSON Schema',
    responses: { 200: { description: 'JSON Schema', content: { 'application/json': { schema: z.object({}).passthrough() } } } },
  });
  r.registerComponent('securitySchemes', 'corpusToken', {
    type: 'http',
    scheme: 'bearer',
    description: '语料库写入令牌：服务配置的 CORPUS_TOKEN。未配置时写入一律拒绝（CORPUS_WRITE_DISABLED）；查询不需要令牌。',
  });
  r.register('CorpusReportSummary', CorpusReportSummary);
  r.register('CorpusReport', CorpusReport);
  r.registerPath({
    method: 'post',
    path: '/v1/corpus',
    summary: '加入往年报告到语料库',
    description:
      '上传报告（multipart 的 file 字段，可附 name、department、year 字段；或 JSON `{"text", "name"?, "department"?, "year"?}`；或文件字节作请求体，name 等放在查询参数），解析后存入语料库并建立段落指纹（LSH）索引。同一文本（同一编号）重复加入只更新，不重复存储：首次加入返回 201，已存在时返回 200，`created` 标明是哪一种。写入是原子的：要么全部存入，要么什么也不存。需要令牌。',
    security: bearer,
    request: {
      body: {
        content: {
          'multipart/form-data': { schema: CorpusUpload },
          'application/json': {
            schema: z.object({
              text: z.string().describe('报告全文'),
              name: z.string().optional(),
              department: z.string().optional(),
              year: z.union([z.number().int(), z.string()]).optional(),
            }),
          },
          'application/octet-stream': { schema: z.any().describe('文件字节') },
        },
      },
    },
    responses: {
      201: { description: '已加入', content: { 'application/json': { schema: CorpusReportSummary.extend({ created: z.literal(true) }) } } },
      200: { description: '已存在，已更新', content: { 'application/json': { schema: CorpusReportSummary.extend({ created: z.literal(false) }) } } },
      400: errorResponse('EMPTY_FILE、MALFORMED_MULTIPART、INVALID_REQUEST'),
      401: errorResponse('UNAUTHORIZED：缺少令牌或令牌不正确'),
      403: errorResponse('CORPUS_WRITE_DISABLED：服务未配置 CORPUS_TOKEN'),
      413: errorResponse('FILE_TOO_LARGE'),
      415: errorResponse('UNSUPPORTED_TYPE'),
      422: errorResponse('PDF_ENCRYPTED、PDF_CORRUPT、PDF_NO_TEXT、TOO_MANY_PAGES、DOCX_CORRUPT、TEXT_DECODE_FAILED'),
      503: errorResponse('CORPUS_NOT_READY：数据库迁移未执行'),
    },
  });
  r.registerPath({
    method: 'get',
    path: '/v1/corpus',
    summary: '列出语料库中的报告',
    description: '按加入时间倒序列出。无需令牌。',
    request: {
      query: z.object({
        limit: z.string().optional().describe('每页条数，1–1000，默认 100'),
        offset: z.string().optional().describe('跳过的条数，默认 0'),
      }),
    },
    responses: {
      200: {
        description: '报告列表',
        content: {
          'application/json': {
            schema: z.object({ reports: z.array(CorpusReportSummary), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }),
          },
        },
      },
      400: errorResponse('INVALID_REQUEST'),
      503: errorResponse('CORPUS_NOT_READY'),
    },
  });
  r.registerPath({
    method: 'get',
    path: '/v1/corpus/{id}',
    summary: '查看语料库中的一份报告',
    description: '报告信息及其全部段落（文本、所在章节、页码）。无需令牌。',
    request: { params: z.object({ id: z.string() }) },
    responses: {
      200: { description: '报告及段落', content: { 'application/json': { schema: CorpusReport } } },
      404: errorResponse('CORPUS_NOT_FOUND'),
      503: errorResponse('CORPUS_NOT_READY'),
    },
  });
  r.registerPath({
    method: 'delete',
    path: '/v1/corpus/{id}',
    summary: '从语料库删除一份报告',
    description: '删除报告、段落及其索引（一个事务）。需要令牌。',
    security: bearer,
    request: { params: z.object({ id: z.string() }) },
    responses: {
      200: { description: '已删除', content: { 'application/json': { schema: z.object({ removed: CorpusReportSummary }) } } },
      401: errorResponse('UNAUTHORIZED'),
      403: errorResponse('CORPUS_WRITE_DISABLED'),
      404: errorResponse('CORPUS_NOT_FOUND'),
      503: errorResponse('CORPUS_NOT_READY'),
    },
  });
  registerCheckOpenApi(app);
  registerClaimsOpenApi(app);
  registerDraftOpenApi(app);
  registerExportOpenApi(app);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Jixiao 绩效自评报告 API',
      version: '0.1.0',
      description: '起草与审查部门整体支出绩效自评报告。所有错误均返回 `{"error": {"code", "message"}}`。',
    },
  });
}
