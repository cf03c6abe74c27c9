import { createRoute, type Hook, type OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { ERRORS, JixiaoError, type ErrorCode } from '../errors';
import { LIMITS } from '../limits';
import { chineseIssue } from '../model/zod-messages';

/**
 * Serves `route` and describes it in /openapi.json exactly as written (createRoute), so the spec
 * and the handler cannot drift. Query and path parameters are validated with the route's schemas
 * (a failure is INVALID_REQUEST in Chinese, see `validationHook`). The body is described but read
 * by the handler itself — readUpload/readJson, which count bytes as they stream in (limits.ts) —
 * and validated there (figures, draft and export with the very zod objects shown here, with their
 * Chinese per-field messages): zod-openapi's body validator would buffer the whole body first and
 * answer in English, so it is left out.
 */
export function openapiRoute<R extends RouteConfig>(app: OpenAPIHono<AppEnv>, route: R, handler: (c: Context<AppEnv, HonoPath<R['path']>, Validated<R>>) => Response | Promise<Response>): void {
  app.openAPIRegistry.registerPath(route);
  const request = { ...route.request };
  delete request.body; // read by the handler
  app.openapi(createRoute({ ...route, request, responses: {}, hide: true }), handler as never);
}

/**
 * `schema.openapi(refId)` for a schema defined outside the routes (model/, draft/): zod copies its
 * methods onto a schema when the schema is built, so one built before @hono/zod-openapi extended
 * zod (a process that read figures before it built the app) has no `.openapi` of its own. The
 * prototype's method gives the same named copy either way.
 */
export function named<T extends z.ZodType>(schema: T, refId: string): T {
  const openapi = (z.ZodType.prototype as unknown as { openapi: (this: T, refId: string) => T }).openapi;
  return openapi.call(schema, refId);
}

/** '/v1/corpus/{id}' → '/v1/corpus/:id', so `c.req.param('id')` is typed. */
type HonoPath<P extends string> = P extends `${infer A}{${infer N}}${infer B}` ? `${A}:${N}${HonoPath<B>}` : P;

/** What `c.req.valid('query' | 'param')` gives: the parsed parameters, defaults applied. */
type Validated<R extends RouteConfig> = {
  out: {
    query: R['request'] extends { query: infer Q extends z.ZodType } ? z.output<Q> : never;
    param: R['request'] extends { params: infer P extends z.ZodType } ? z.output<P> : never;
  };
};

const WHERE = { query: '查询参数', param: '路径参数', header: '请求头', cookie: 'Cookie', json: '请求', form: '表单' } as const;

/**
 * The app's defaultHook: a query or path parameter that does not fit the route's schema is
 * INVALID_REQUEST with each field named in Chinese (never zod's own 400 response).
 */
export const validationHook: Hook<unknown, AppEnv, string, void> = (result, c) => {
  if (result.success) return;
  const where = WHERE[result.target as keyof typeof WHERE] ?? '请求';
  const problems = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const raw = result.target === 'query' ? c.req.query(key) : result.target === 'param' ? c.req.param(key) : undefined;
    // zod leaves the input out of issues unless asked: put the received value back, so a wrong type is not told as a missing field.
    const message = chineseIssue({ ...issue, input: raw } as z.core.$ZodIssue) + (raw !== undefined ? `（收到：${raw.slice(0, 40)}）` : '');
    return { path: issue.path.map(String).join('.'), field: `${where} ${key}`, message };
  });
  throw new JixiaoError('INVALID_REQUEST', `请求格式不正确：${problems.map((p) => `${p.field}：${p.message}`).join('；')}。`, problems);
};

export const ErrorEnvelope = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]]).describe('稳定的英文错误码'),
      message: z.string().describe('中文说明'),
      details: z.unknown().optional().describe('附加信息，如逐字段的数据错误'),
    }),
  })
  .describe('统一的错误格式')
  .openapi('Error');

/** Error responses for the codes a route can answer with, grouped by their HTTP status (from errors.ts); INTERNAL is always added. */
export function errorResponses(...codes: ErrorCode[]) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of [...codes, 'INTERNAL' as const]) byStatus.set(ERRORS[code].status, [...(byStatus.get(ERRORS[code].status) ?? []), code]);
  return Object.fromEntries([...byStatus].map(([status, list]) => [status, { description: [...new Set(list)].join('、'), content: { 'application/json': { schema: ErrorEnvelope } } }]));
}

/** What reading and ingesting an uploaded report can fail with (readUpload, ingest, limits). */
export const UPLOAD_ERRORS: ErrorCode[] = [
  'EMPTY_FILE',
  'MALFORMED_MULTIPART',
  'INVALID_REQUEST',
  'REQUEST_TOO_LARGE',
  'FILE_TOO_LARGE',
  'REPORT_TOO_LONG',
  'UNSUPPORTED_TYPE',
  'PDF_ENCRYPTED',
  'PDF_CORRUPT',
  'PDF_NO_TEXT',
  'TOO_MANY_PAGES',
  'PDF_STREAM_TOO_LARGE',
  'DOCX_CORRUPT',
  'DOCX_TOO_LARGE_INFLATED',
  'DOC_ENCRYPTED',
  'DOC_CORRUPT',
  'TEXT_DECODE_FAILED',
];

/** What reading a JSON body can fail with (readJson). */
export const JSON_ERRORS: ErrorCode[] = ['INVALID_REQUEST', 'REQUEST_TOO_LARGE', 'JSON_TOO_DEEP', 'TOO_MANY_ITEMS', 'NUMBER_TOO_LONG'];

/** A file field of a multipart form, or raw file bytes. */
export const FileField = (description: string) => z.any().meta({ type: 'string', format: 'binary', description });

/** The report of a multipart upload: a file (size limit from limits.ts) or the pasted text. */
export const reportFields = () => ({
  file: FileField(`报告文件：PDF、DOCX、DOC 或 TXT（UTF-8 / GB18030），不超过 ${LIMITS.fileBytes / (1024 * 1024)} MB`).optional(),
  text: z.string().optional().describe('没有文件时的报告全文'),
});
