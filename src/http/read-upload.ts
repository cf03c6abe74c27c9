import type { Context } from 'hono';
import { JixiaoError } from '../errors';
import { LIMITS } from '../limits';
import { assertJsonWithinLimits, assertReferenceCount } from '../limits-enforce';

/** What a client sent to be parsed or checked: file bytes or pasted text. */
export type Upload = { kind: 'bytes'; bytes: Uint8Array; name?: string } | { kind: 'text'; text: string };

/**
 * Reads a request body, counting bytes as they stream in: a body beyond `limit` is refused
 * with REQUEST_TOO_LARGE as soon as it passes the limit, whatever Content-Length says (or
 * when it says nothing: chunked uploads). Nothing else reads a request body.
 */
async function readBody(req: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) throw tooLarge(limit);
  if (req.body === null) return new Uint8Array(0);
  if (declared >= 0) {
    // A declared length within the limit: HTTP framing ends the body there (workerd and Node
    // both enforce it), so one read of the whole body is bounded too, and costs less per
    // request than a read loop (measured in workerd). Checked again all the same.
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await req.arrayBuffer());
    } catch {
      throw new JixiaoError('INVALID_REQUEST', '请求格式不正确：请求体读取失败（连接中断？）。');
    }
    if (bytes.byteLength > limit) throw tooLarge(limit);
    return bytes;
  }
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) throw tooLarge(limit);
      chunks.push(value);
    }
  } catch (err) {
    await reader.cancel().catch(() => undefined);
    if (err instanceof JixiaoError) throw err;
    throw new JixiaoError('INVALID_REQUEST', '请求格式不正确：请求体读取失败（连接中断？）。');
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function tooLarge(limit: number): JixiaoError {
  return new JixiaoError(
    'REQUEST_TOO_LARGE',
    limit === LIMITS.jsonBytes
      ? `请求内容超过 ${limit / 1024 / 1024} MB 的上限：JSON 请求（数据、起草、导出）不应这么大，请检查请求内容。`
      : `请求内容超过 ${limit / 1024 / 1024} MB 的上限（报告、参照报告和数据合计）：请减少参照文件，或压缩、拆分后再提交。`,
    { limit },
  );
}

/**
 * Reads the report from a request: multipart/form-data with a `file` field,
 * JSON `{ "text": "…" }`, or the raw file bytes as the body.
 */
export async function readUpload(c: Context): Promise<{ upload: Upload; form?: FormData; json?: Record<string, unknown> }> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  const body = await readBody(c.req.raw, LIMITS.requestBytes);
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': c.req.header('content-type') ?? '' } }).formData();
    } catch {
      throw new JixiaoError('MALFORMED_MULTIPART');
    }
    assertReferenceCount(form.getAll('against').length);
    const file = form.get('file');
    if (file === null) {
      const text = form.get('text');
      if (typeof text === 'string') return { upload: { kind: 'text', text }, form };
      throw new JixiaoError('MALFORMED_MULTIPART');
    }
    if (typeof file === 'string') return { upload: { kind: 'text', text: file }, form };
    if (file.size > LIMITS.fileBytes) throw new JixiaoError('FILE_TOO_LARGE');
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { upload: { kind: 'bytes', bytes, name: file.name }, form };
  }
  if (type.startsWith('application/json')) {
    const json = parseJsonObject(body);
    if (typeof json.text !== 'string') {
      throw new JixiaoError('INVALID_REQUEST', '请求格式不正确：JSON 中需要 text 字段（报告全文，字符串）。');
    }
    if (Array.isArray(json.against)) assertReferenceCount(json.against.length);
    return { upload: { kind: 'text', text: json.text }, json };
  }
  if (body.byteLength > LIMITS.fileBytes) throw new JixiaoError('FILE_TOO_LARGE');
  return { upload: { kind: 'bytes', bytes: body } };
}

/** Reads a JSON request body (at most LIMITS.jsonBytes, nested at most LIMITS.jsonDepth); bad JSON is the client's error, never a 500. */
export async function readJson(c: Context): Promise<Record<string, unknown>> {
  const json = parseJsonObject(await readBody(c.req.raw, LIMITS.jsonBytes));
  assertJsonWithinLimits(json, { what: '请求', digits: false });
  return json;
}

function parseJsonObject(body: Uint8Array): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new JixiaoError('INVALID_REQUEST', '请求格式不正确：请求体不是有效的 JSON。');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new JixiaoError('INVALID_REQUEST', '请求格式不正确：请求体应为 JSON 对象（{…}）。');
  }
  return value as Record<string, unknown>;
}
