import { JixiaoError } from '../errors';
import { ingestBytes, ingestText, type PdfExtractor } from '../ingest/ingest';
import type { Figures } from '../model/figures';
import { validateFigures } from '../routes/figures';
import type { Upload } from './read-upload';

/** Ingests an uploaded report: pasted text or file bytes (PDF extraction injected). */
export function ingestUpload(upload: Upload, extractPdf: PdfExtractor) {
  return upload.kind === 'text' ? ingestText(upload.text) : ingestBytes(upload.bytes, extractPdf);
}

/** The `figures` field of a multipart form (a JSON file or string), validated; undefined when absent. */
export async function formFigures(form: FormData): Promise<Figures | undefined> {
  const entry = form.get('figures');
  if (entry === null) return undefined;
  const text = typeof entry === 'string' ? entry : await entry.text();
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new JixiaoError('INVALID_FIGURES', '数据（figures）格式不正确：不是有效的 JSON。');
  }
  return validateFigures(json);
}

/** Figures from a multipart form or a JSON body (`figures` field), validated. */
export async function requestFigures(form: FormData | undefined, json: Record<string, unknown> | undefined): Promise<Figures | undefined> {
  if (form) return formFigures(form);
  return json?.figures !== undefined ? validateFigures(json.figures) : undefined;
}
