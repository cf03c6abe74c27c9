import type { ReferenceDoc } from '../check/types';
import { validateFigures, type FiguresInput } from '../core/figures';
import { JixiaoError } from '../errors';
import { ingestBytes, ingestText, type PdfExtractor } from '../ingest/ingest';
import type { Upload } from './read-upload';

/** Ingests an uploaded report: pasted text or file bytes (PDF extraction injected). */
export function ingestUpload(upload: Upload, extractPdf: PdfExtractor) {
  return upload.kind === 'text' ? ingestText(upload.text) : ingestBytes(upload.bytes, extractPdf);
}

/** The `figures` field of a multipart form (a JSON file, named, or a string), validated; undefined when absent. */
async function formFigures(form: FormData): Promise<FiguresInput | undefined> {
  const entry = form.get('figures');
  if (entry === null) return undefined;
  const text = typeof entry === 'string' ? entry : await entry.text();
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new JixiaoError('INVALID_FIGURES', '数据（figures）格式不正确：不是有效的 JSON。');
  }
  const figures = validateFigures(json);
  return typeof entry !== 'string' && entry.name ? { figures, file: entry.name } : { figures };
}

/** Figures from a multipart form or a JSON body (`figures` field), validated. */
export async function requestFigures(form: FormData | undefined, json: Record<string, unknown> | undefined): Promise<FiguresInput | undefined> {
  if (form) return formFigures(form);
  return json?.figures !== undefined ? { figures: validateFigures(json.figures) } : undefined;
}

/** The reference reports of a request: multipart `against` fields (files or text) or JSON `against: [{name, text}]`. */
export function requestReferences(form: FormData | undefined, json: Record<string, unknown> | undefined, extractPdf: PdfExtractor): Promise<ReferenceDoc[]> {
  return form ? formReferences(form, extractPdf) : jsonReferences(json);
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
export function wantsCorpus(form: FormData | undefined, json: Record<string, unknown> | undefined): boolean {
  const v = form ? form.get('corpus') : json?.corpus;
  return v === true || v === 'true' || v === '1' || v === 'on';
}
