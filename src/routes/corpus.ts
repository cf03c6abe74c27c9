import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { CorpusStore, type CorpusMeta } from '../corpus/store';
import { JixiaoError } from '../errors';
import { readUpload } from '../http/read-upload';
import { ingestBytes, ingestText } from '../ingest/ingest';
import { errorResponses, FileField, openapiRoute, UPLOAD_ERRORS } from './openapi-route';

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

  app.openAPIRegistry.registerComponent('securitySchemes', 'corpusToken', {
    type: 'http',
    scheme: 'bearer',
    description: '语料库写入令牌：服务配置的 CORPUS_TOKEN。未配置时写入一律拒绝（CORPUS_WRITE_DISABLED）；查询不需要令牌。',
  });

  openapiRoute(app, addRoute, async (c) => {
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

  openapiRoute(app, listRoute, async (c) => {
    const { limit, offset } = c.req.valid('query');
    const { reports, total } = await store(c).list({ limit, offset });
    return c.json({ reports, total, limit, offset });
  });

  openapiRoute(app, getRoute, async (c) => {
    const report = await store(c).get(c.req.param('id'));
    if (!report) throw new JixiaoError('CORPUS_NOT_FOUND');
    return c.json(report);
  });

  openapiRoute(app, deleteRoute, async (c) => {
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

const CorpusReportSummary = z
  .object({
    id: z.string().describe('报告编号：规范化全文的内容哈希，同一文本总是同一编号'),
    title: z.string(),
    department: z.string().optional(),
    year: z.number().int().optional(),
    fileName: z.string().optional().describe('加入时的文件名（或 name 字段）'),
    format: z.enum(['txt', 'pdf', 'docx', 'doc']),
    addedAt: z.string().describe('首次加入时间（ISO 8601，UTC）；重复加入时保留'),
    updatedAt: z.string(),
    charCount: z.number().int(),
    paragraphCount: z.number().int(),
    unitCount: z.number().int().describe('建立索引的单元数（句子与整段）'),
  })
  .describe('语料库中的一份报告')
  .openapi('CorpusReportSummary');

const CorpusReport = CorpusReportSummary.extend({
  paragraphs: z.array(
    z.object({
      index: z.number().int(),
      blockId: z.string(),
      span: z.object({ start: z.number().int(), end: z.number().int() }),
      page: z.number().int().optional(),
      path: z.array(z.string()),
      text: z.string(),
    }),
  ),
})
  .describe('语料库中的一份报告及其段落')
  .openapi('CorpusReport');

const bearer = [{ corpusToken: [] }];
const Id = z.object({ id: z.string().describe('报告编号') });
const json = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { 'application/json': { schema } } });

const addRoute = createRoute({
  method: 'post',
  path: '/v1/corpus',
  summary: '加入往年报告到语料库',
  description:
    '上传报告（multipart 的 file 字段，可附 name、department、year 字段；或 JSON `{"text", "name"?, "department"?, "year"?}`；或文件字节作请求体，name 等放在查询参数），解析后存入语料库并建立段落指纹（LSH）索引。同一文本（同一编号）重复加入只更新，不重复存储：首次加入返回 201，已存在时返回 200，`created` 标明是哪一种。写入是原子的：要么全部存入，要么什么也不存。需要令牌。',
  security: bearer,
  request: {
    query: z.object({
      name: z.string().optional().describe('文件字节作请求体时：显示用的文件名'),
      department: z.string().optional().describe('文件字节作请求体时：部门'),
      year: z.string().optional().describe('文件字节作请求体时：四位年度'),
    }),
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            file: FileField('报告文件：PDF、DOCX、DOC 或 TXT，不超过 20 MB').optional(),
            text: z.string().optional().describe('没有文件时的报告全文'),
            name: z.string().optional().describe('显示用的文件名（默认取上传文件名）'),
            department: z.string().optional().describe('部门（默认从标题识别）'),
            year: z.string().optional().describe('年度（默认从标题识别）'),
          }),
        },
        'application/json': {
          schema: z.object({
            text: z.string().describe('报告全文'),
            name: z.string().optional(),
            department: z.string().optional(),
            year: z.union([z.number().int(), z.string()]).optional().describe('四位年度'),
          }),
        },
        'application/octet-stream': { schema: FileField('报告文件的字节') },
      },
    },
  },
  responses: {
    201: json('已加入', CorpusReportSummary.extend({ created: z.literal(true) })),
    200: json('已存在，已更新', CorpusReportSummary.extend({ created: z.literal(false) })),
    ...errorResponses(...UPLOAD_ERRORS, 'UNAUTHORIZED', 'CORPUS_WRITE_DISABLED', 'CORPUS_NOT_READY'),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/v1/corpus',
  summary: '列出语料库中的报告',
  description: '按加入时间倒序列出。无需令牌。',
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(1000).default(100).describe('每页条数，1–1000'),
      offset: z.coerce.number().int().min(0).default(0).describe('跳过的条数'),
    }),
  },
  responses: {
    200: json('报告列表', z.object({ reports: z.array(CorpusReportSummary), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })),
    ...errorResponses('INVALID_REQUEST', 'CORPUS_NOT_READY'),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/v1/corpus/{id}',
  summary: '查看语料库中的一份报告',
  description: '报告信息及其全部段落（文本、所在章节、页码）。无需令牌。',
  request: { params: Id },
  responses: {
    200: json('报告及段落', CorpusReport),
    ...errorResponses('CORPUS_NOT_FOUND', 'CORPUS_NOT_READY'),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/v1/corpus/{id}',
  summary: '从语料库删除一份报告',
  description: '删除报告、段落及其索引（一个事务）。需要令牌。',
  security: bearer,
  request: { params: Id },
  responses: {
    200: json('已删除', z.object({ removed: CorpusReportSummary })),
    ...errorResponses('UNAUTHORIZED', 'CORPUS_WRITE_DISABLED', 'CORPUS_NOT_FOUND', 'CORPUS_NOT_READY'),
  },
});
