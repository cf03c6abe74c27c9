import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app';
import { checkDocument } from '../check/check-document';
import type { ReferenceDoc } from '../check/types';
import { JixiaoError } from '../errors';
import { readUpload, type Upload } from '../http/read-upload';
import { ingestUpload, requestFigures } from '../http/report-input';
import { ingestText, type PdfExtractor } from '../ingest/ingest';
import { createCorpusLookup } from '../corpus/lookup';
import { checkFiguresConsistency } from '../rules/number/figures-consistency';
import { annotatedDocxResponse, wantsAnnotatedDocx } from './annotated-docx';
import { checkRoute } from './check-api';
import { openapiRoute } from './openapi-route';

/**
 * POST /v1/check — a report (file or text), optional reference reports
 * (`against`) and figures; the same JSON as `jixiao check --format json`, or with
 * `?annotate=docx` the report as a .docx with the findings as Word comments.
 */
export function checkRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  openapiRoute(app, checkRoute, async (c) => {
    const annotate = wantsAnnotatedDocx(c.req.query('annotate'));
    const { upload, form, json } = await readUpload(c);
    const extractPdf = c.get('deps').extractPdf;
    const doc = await ingestUpload(upload, extractPdf);
    const references = form ? await formReferences(form, extractPdf) : jsonReferences(json);
    const figures = requestFigures(form, json);
    const refs = (await references).filter((r) => r.doc.id !== doc.id);
    const figs = await figures;
    const corpus = wantsCorpus(form, json) ? createCorpusLookup(c.env.DB) : undefined;
    const result = await checkDocument({ doc, references: refs, figures: figs, corpus });
    if (annotate) return annotatedDocxResponse(upload, doc, result.findings);
    const file = upload.kind === 'bytes' ? (upload.name ?? 'report') : 'text';
    // `?include=document` adds the parsed document (what /v1/parse returns), so the web page needs one request.
    const withDoc = (c.req.query('include') ?? '').split(',').includes('document');
    const documents = [{ file, title: doc.title, findings: result.findings, stats: result.stats, ...(withDoc ? { document: doc } : {}) }];
    return c.json(figs ? { documents, figures: { problems: checkFiguresConsistency(figs) } } : { documents });
  });
  return app;
}

async function formReferences(form: FormData, extractPdf: PdfExtractor): Promise<ReferenceDoc[]> {
  const refs: ReferenceDoc[] = [];
  for (const [i, entry] of form.getAll('against').entries()) {
    const file = typeof entry === 'string' ? `参照${i + 1}` : entry.name || `参照${i + 1}`;
    const upload: Upload = typeof entry === 'string' ? { kind: 'text', text: entry } : { kind: 'bytes', bytes: new Uint8Array(await entry.arrayBuffer()) };
    refs.push({ file, doc: await withFile(file, () => ingestUpload(upload, extractPdf)) });
  }
  return refs;
}

async function jsonReferences(json: Record<string, unknown> | undefined): Promise<ReferenceDoc[]> {
  const list = json?.against;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new JixiaoError('INVALID_REQUEST', '请求格式不正确：against 应为列表，每项形如 {"name": "…", "text": "…"}。');
  const refs: ReferenceDoc[] = [];
  for (const [i, item] of list.entries()) {
    const name = typeof item?.name === 'string' ? item.name : `参照${i + 1}`;
    if (typeof item?.text !== 'string') throw new JixiaoError('INVALID_REQUEST', `请求格式不正确：against 第${i + 1}项缺少 text。`);
    refs.push({ file: name, doc: await withFile(name, () => ingestText(item.text)) });
  }
  return refs;
}

/** Names the reference file in an ingestion error, so the user knows which upload was bad. */
async function withFile<T>(file: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof JixiaoError) throw new JixiaoError(err.code, `参照文件「${file}」：${err.message}`, err.details);
    throw err;
  }
}

/** `corpus=true` (multipart field or query) or `"corpus": true` (JSON): compare with the stored corpus. */
function wantsCorpus(form: FormData | undefined, json: Record<string, unknown> | undefined): boolean {
  const v = form ? form.get('corpus') : json?.corpus;
  return v === true || v === 'true' || v === '1' || v === 'on';
}
