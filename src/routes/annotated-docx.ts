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
