import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app';
import { CorpusStore, type CorpusMeta } from '../corpus/store';
import { JixiaoError } from '../errors';
import { readUpload } from '../http/read-upload';
import { ingestBytes, ingestText } from '../ingest/ingest';

/**
 * The stored corpus of past reports:
 *   POST   /v1/corpus      add a report (multipart `file`, JSON `{text}` or raw bytes) — token
 *   GET    /v1/corpus      list (limit, offset)
 *   GET    /v1/corpus/:id  one report with its paragraphs
 *   DELETE /v1/corpus/:id  remove — token
 *
 * Writes need `Authorization: Bearer <CORPUS_TOKEN>`; with no CORPUS_TOKEN configured they
 * are refused (CORPUS_WRITE_DISABLED), so a fresh deployment is read-only until an
 * administrator sets the secret. Reads need no token: the corpus holds published
 * self-evaluation reports, and `check` with the corpus must be usable by every user
 * (put the service behind access control if the corpus holds unpublished reports).
 */
export function corpusRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  const store = (c: Context<AppEnv>) => new CorpusStore(c.env.DB);

  app.post('/v1/corpus', async (c) => {
    await requireWriteToken(c);
    const { upload, form, json } = await readUpload(c);
    const doc = upload.kind === 'text' ? await ingestText(upload.text) : await ingestBytes(upload.bytes, c.get('deps').extractPdf);
    const field = (name: string): string | undefined => {
      const v = form ? form.get(name) : json ? json[name] : c.req.query(name);
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string') throw new JixiaoError('INVALID_REQUEST', `请求格式不正确：${name} 应为字符串。`);
      return v.trim() || undefined;
    };
    const meta: CorpusMeta = {
      fileName: field('name') ?? (upload.kind === 'bytes' ? upload.name : undefined),
      department: field('department'),
      year: parseYear(json?.year !== undefined && typeof json.year === 'number' ? String(json.year) : field('year')),
    };
    const { report, created } = await store(c).add(doc, meta);
    return c.json({ ...report, created }, created ? 201 : 200);
  });

  app.get('/v1/corpus', async (c) => {
    const limit = intParam(c.req.query('limit'), 'limit', 100, 1, 1000);
    const offset = intParam(c.req.query('offset'), 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
    const { reports, total } = await store(c).list({ limit, offset });
    return c.json({ reports, total, limit, offset });
  });

  app.get('/v1/corpus/:id', async (c) => {
    const report = await store(c).get(c.req.param('id'));
    if (!report) throw new JixiaoError('CORPUS_NOT_FOUND');
    return c.json(report);
  });

  app.delete('/v1/corpus/:id', async (c) => {
    await requireWriteToken(c);
    const removed = await store(c).remove(c.req.param('id'));
    if (!removed) throw new JixiaoError('CORPUS_NOT_FOUND');
    return c.json({ removed });
  });

  return app;
}

/** Refuses a write unless the request carries the configured token (compared in constant time). */
async function requireWriteToken(c: Context<AppEnv>): Promise<void> {
  const configured = c.env.CORPUS_TOKEN?.trim();
  if (!configured) throw new JixiaoError('CORPUS_WRITE_DISABLED');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
  if (!m || !(await sameSecret(m[1] as string, configured))) {
    c.header('WWW-Authenticate', 'Bearer realm="jixiao-corpus"');
    throw new JixiaoError('UNAUTHORIZED');
  }
}

/** Equal strings, compared through their SHA-256 digests so that the time depends on neither. */
async function sameSecret(a: string, b: string): Promise<boolean> {
  const enc = new TextEncoder();
  const [x, y] = await Promise.all([crypto.subtle.digest('SHA-256', enc.encode(a)), crypto.subtle.digest('SHA-256', enc.encode(b))]);
  const u = new Uint8Array(x);
  const v = new Uint8Array(y);
  let diff = 0;
  for (let i = 0; i < u.length; i++) diff |= (u[i] as number) ^ (v[i] as number);
  return diff === 0;
}

function parseYear(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}$/.test(v.trim())) throw new JixiaoError('INVALID_REQUEST', `请求格式不正确：year 应为四位年份（收到：${v}）。`);
  return Number(v);
}

function intParam(v: string | undefined, name: string, dflt: number, min: number, max: number): number {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new JixiaoError('INVALID_REQUEST', `请求格式不正确：${name} 应为 ${min} 到 ${max} 之间的整数（收到：${v}）。`);
  }
  return n;
}
