import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app';
import { JixiaoError } from '../errors';
import { buildDocx } from '../export/docx';
import { ExportRequest } from '../export/request';
import { readJson } from '../http/read-upload';
import { errorResponses, FileField, JSON_ERRORS, openapiRoute } from './openapi-route';

const NAMES: Record<string, string> = { sections: '章节', title: '标题', text: '正文', kind: '章节类型' };

/** ["sections", 0, "text"] → 章节第1项的正文 */
const fieldPath = (path: ReadonlyArray<PropertyKey>) => path.map((p, i) => (typeof p === 'number' ? `第${p + 1}项` : `${i > 0 ? '的' : ''}${NAMES[String(p)] ?? String(p)}`)).join('') || '请求';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** POST /v1/export/docx — sections (e.g. a /v1/draft response) as a GB/T 9704 .docx. */
export function exportRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  openapiRoute(app, exportRoute, async (c) => {
    const r = ExportRequest.safeParse(await readJson(c));
    if (!r.success) {
      const where = r.error.issues.slice(0, 5).map((i) => fieldPath(i.path));
      throw new JixiaoError('INVALID_EXPORT_REQUEST', `导出请求格式不正确：${[...new Set(where)].join('、')}缺少或格式不对；需要 {"title": "…", "sections": [{"title": "…", "text": "…"}]}。`);
    }
    const bytes = await buildDocx(r.data);
    return c.body(bytes.buffer as ArrayBuffer, 200, {
      'content-type': DOCX_TYPE,
      'content-disposition': `attachment; filename="report.docx"; filename*=UTF-8''${encodeURIComponent(`${r.data.title}.docx`)}`,
    });
  });
  return app;
}

/** POST /v1/export/docx as described in /openapi.json; the body is validated with ExportRequest. */
const exportRoute = createRoute({
  method: 'post',
  path: '/v1/export/docx',
  summary: '导出 Word（GB/T 9704 版式）',
  description:
    '把章节（可直接提交 /v1/draft 的返回结果）排成 .docx：A4，上 37 mm、下 35 mm、左 28 mm、右 26 mm；标题 2 号方正小标宋简体；正文 3 号仿宋_GB2312，每页 22 行、每行 28 字；一级标题黑体，二级标题楷体_GB2312；页码 4 号宋体“— 1 —”，单页居右、双页居左。',
  request: { body: { required: true, content: { 'application/json': { schema: ExportRequest } } } },
  responses: {
    200: { description: 'Word 文件（Content-Disposition 给出文件名：标题.docx）', content: { [DOCX_TYPE]: { schema: FileField('.docx 文件') } } },
    ...errorResponses(...JSON_ERRORS, 'INVALID_EXPORT_REQUEST'),
  },
});
