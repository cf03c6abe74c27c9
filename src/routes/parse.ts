import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { readUpload } from '../http/read-upload';
import { ingestBytes, ingestText } from '../ingest/ingest';
import { ReportDocumentOut } from './result-schemas';
import { errorResponses, FileField, openapiRoute, reportFields, UPLOAD_ERRORS } from './openapi-route';

/** POST /v1/parse — a report file or text in, a ReportDocument out. */
export function parseRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  openapiRoute(app, parseRoute, async (c) => {
    const { upload } = await readUpload(c);
    const extractPdf = c.get('deps').extractPdf;
    const doc = upload.kind === 'text' ? await ingestText(upload.text) : await ingestBytes(upload.bytes, extractPdf);
    return c.json(doc);
  });
  return app;
}

const parseRoute = createRoute({
  method: 'post',
  path: '/v1/parse',
  summary: '解析报告',
  description:
    '上传报告文件（multipart 的 file 字段，或直接以文件字节作为请求体），或以 JSON `{"text": "…"}` 提交全文，返回规范化后的文档：全文、段落/标题/表格行及其字符位置、章节树。文件类型按内容识别，不看扩展名。',
  request: {
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            ...reportFields(),
          }),
        },
        'application/json': { schema: z.object({ text: z.string().describe('报告全文') }) },
        'application/octet-stream': { schema: FileField('报告文件的字节') },
      },
    },
  },
  responses: {
    200: { description: '解析结果', content: { 'application/json': { schema: ReportDocumentOut } } },
    ...errorResponses(...UPLOAD_ERRORS),
  },
});
