import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { annotateReport } from '../annotate/annotate-report';
import type { Finding } from '../check/types';
import { JixiaoError } from '../errors';
import type { Upload } from '../http/read-upload';
import type { ReportDocument } from '../model/document';
import { DOCX_TYPE } from './export';

/** `?annotate=docx` on /v1/check: the report back with its findings as Word comments. */
export function wantsAnnotatedDocx(query: string | undefined): boolean {
  if (query === undefined || query === '') return false;
  if (query === 'docx') return true;
  throw new JixiaoError('INVALID_REQUEST', `请求格式不正确：annotate 只能是 docx（收到：${query}）。`);
}

/** The annotated .docx as the response; the file name is the upload's, marked 批注. */
export async function annotatedDocxResponse(upload: Upload, doc: ReportDocument, findings: readonly Finding[]): Promise<Response> {
  const bytes = upload.kind === 'bytes' ? upload.bytes : undefined;
  const r = await annotateReport({ doc, findings, bytes });
  const base = (upload.kind === 'bytes' && upload.name ? upload.name : doc.title || '报告').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return new Response(r.bytes.slice().buffer, {
    headers: {
      'content-type': DOCX_TYPE,
      'content-disposition': `attachment; filename="annotated.docx"; filename*=UTF-8''${encodeURIComponent(`${base}-批注.docx`)}`,
      'x-jixiao-comments': String(r.stats.comments),
      'access-control-expose-headers': 'content-disposition, x-jixiao-comments',
    },
  });
}

const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const err = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } });

/** Describes POST /v1/check (JSON findings, or with ?annotate=docx the annotated Word file). */
export function registerCheckOpenApi(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerPath({
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
        content: {
          'multipart/form-data': {
            schema: z.object({
              file: z.any().describe('报告文件：PDF、DOCX、DOC 或 TXT，不超过 20 MB'),
              against: z.any().optional().describe('参照报告（可多个）'),
              figures: z.any().optional().describe('结构化数据（JSON 文件）'),
              corpus: z.string().optional().describe('true：与报告库比对'),
            }),
          },
          'application/json': { schema: z.object({ text: z.string(), against: z.array(z.object({ name: z.string(), text: z.string() })).optional(), figures: z.unknown().optional(), corpus: z.boolean().optional() }) },
        },
      },
    },
    responses: {
      200: {
        description: '检查结果（JSON）；annotate=docx 时为带批注的 .docx（Content-Disposition 给出文件名，x-jixiao-comments 给出批注条数）',
        content: {
          'application/json': { schema: z.object({ documents: z.array(z.object({ file: z.string(), title: z.string(), findings: z.array(z.unknown()), stats: z.unknown() })) }) },
          [DOCX_TYPE]: { schema: z.string().describe('带批注的 .docx 文件') },
        },
      },
      400: err('EMPTY_FILE、MALFORMED_MULTIPART、INVALID_REQUEST（如 annotate 取值不对）、INVALID_FIGURES'),
      413: err('FILE_TOO_LARGE'),
      415: err('UNSUPPORTED_TYPE'),
      422: err('PDF_ENCRYPTED、PDF_CORRUPT、PDF_NO_TEXT、TOO_MANY_PAGES、DOCX_CORRUPT、DOC_ENCRYPTED、DOC_CORRUPT、TEXT_DECODE_FAILED'),
    },
  });
}
