import type { Context } from 'hono';
import { JixiaoError, MAX_FILE_BYTES } from '../errors';

/** What a client sent to be parsed or checked: file bytes or pasted text. */
export type Upload = { kind: 'bytes'; bytes: Uint8Array; name?: string } | { kind: 'text'; text: string };

/** Multipart overhead allowed on top of the file-size limit before the body is even read. */
const MULTIPART_SLACK = 64 * 1024;

/**
 * Reads the report from a request: multipart/form-data with a `file` field,
 * JSON `{ "text": "…" }`, or the raw file bytes as the body.
 */
export async function readUpload(c: Context): Promise<{ upload: Upload; form?: FormData; json?: Record<string, unknown> }> {
  const length = Number(c.req.header('content-length') ?? '0');
  if (length > MAX_FILE_BYTES + MULTIPART_SLACK) throw new JixiaoError('FILE_TOO_LARGE');
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await c.req.raw.formData();
    } catch {
      throw new JixiaoError('MALFORMED_MULTIPART');
    }
    const file = form.get('file');
    if (file === null) {
      const text = form.get('text');
      if (typeof text === 'string') return { upload: { kind: 'text', text }, form };
      throw new JixiaoError('MALFORMED_MULTIPART');
    }
    if (typeof file === 'string') return { upload: { kind: 'text', text: file }, form };
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { upload: { kind: 'bytes', bytes, name: file.name }, form };
  }
  if (type.startsWith('application/json')) {
    const json = await readJson(c);
    if (typeof json.text !== 'string') {
      throw new JixiaoError('INVALID_REQUEST', '请求格式不正确：JSON 中需要 text 字段（报告全文，字符串）。');
    }
    return { upload: { kind: 'text', text: json.text }, json };
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > MAX_FILE_BYTES) throw new JixiaoError('FILE_TOO_LARGE');
  return { upload: { kind: 'bytes', bytes } };
}

/** Parses a JSON body; bad JSON is the client's error, never a 500. */
export async function readJson(c: Context): Promise<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(await c.req.text());
  } catch {
    throw new JixiaoError('INVALID_REQUEST', '请求格式不正确：请求体不是有效的 JSON。');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new JixiaoError('INVALID_REQUEST', '请求格式不正确：请求体应为 JSON 对象（{…}）。');
  }
  return value as Record<string, unknown>;
}
