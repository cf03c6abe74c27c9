import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { ERRORS } from '../errors';
import { ReportDocument, Section } from '../model/document';
import { Figures } from '../model/figures';

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
  file: z.any().describe('报告文件：PDF、DOCX 或 TXT（UTF-8 / GB18030），不超过 20 MB'),
});

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
      422: errorResponse('PDF_ENCRYPTED、PDF_CORRUPT、PDF_NO_TEXT、TOO_MANY_PAGES、DOCX_CORRUPT、TEXT_DECODE_FAILED'),
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
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Jixiao 绩效自评报告 API',
      version: '0.1.0',
      description: '起草与审查部门整体支出绩效自评报告。所有错误均返回 `{"error": {"code", "message"}}`。',
    },
  });
}
