import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { DOCX_TYPE } from './export';
import { errorResponses, FileField, reportFields, UPLOAD_ERRORS } from './openapi-route';
import { CheckJsonRequest, CheckResponse } from './result-schemas';

/** POST /v1/check: the report (file or text), references, figures, corpus; JSON findings or the annotated .docx. */
export const checkRoute = createRoute({
  method: 'post',
  path: '/v1/check',
  summary: '检查报告',
  description:
    '检查报告：重复段落、数字核对、数字用法。multipart 的 file（或 text）、若干 against 参照文件、可选 figures、corpus=true；或 JSON `{"text", "against": [{"name","text"}], "figures", "corpus"}`。' +
    '默认返回 `{"documents":[{"file","title","findings","stats"}]}`（与 `jixiao check --format json` 相同）。' +
    '`?annotate=docx` 时返回带批注的 Word 文件：上传的是 .docx 则返回同一文件，每个问题作为批注（作者 Jixiao）标在原文处，其余内容逐字节不变；PDF、TXT、.doc 或粘贴的文本则按 GB/T 9704 版式生成新的 .docx，带同样的批注。',
  request: {
    query: z.object({
      annotate: z.enum(['docx']).optional().describe('docx：返回带批注的 Word 文件，而不是 JSON'),
      include: z.string().optional().describe('document：同时返回解析后的文档'),
    }),
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            ...reportFields(),
            against: FileField('参照报告（可多个，也可为文本）').optional(),
            figures: FileField('结构化数据（JSON 文件或文本），格式见 Figures').optional(),
            corpus: z.string().optional().describe('true：与报告库比对'),
          }),
        },
        'application/json': { schema: CheckJsonRequest },
        'application/octet-stream': { schema: FileField('报告文件的字节') },
      },
    },
  },
  responses: {
    200: {
      description: '检查结果（JSON）；annotate=docx 时为带批注的 .docx（Content-Disposition 给出文件名，x-jixiao-comments 给出批注条数）',
      content: {
        'application/json': { schema: CheckResponse },
        [DOCX_TYPE]: { schema: FileField('带批注的 .docx 文件') },
      },
    },
    ...errorResponses(...UPLOAD_ERRORS, 'INVALID_FIGURES', 'TOO_MANY_REFERENCES', 'CORPUS_NOT_READY'),
  },
});
