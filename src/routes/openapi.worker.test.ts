// /openapi.json against what the app really serves: every route is described (body, 200/201 schema,
// errors in the one envelope), and real responses parse with the schemas the spec was generated from.
import { SELF } from 'cloudflare:test';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import request004 from '../../fixtures/draft/requests/004.json';
import { fixtureText } from '../../test/fixtures-worker';
import { createApp } from '../app';
import type { CheckStats } from '../check/runner';
import type { Finding, Location } from '../check/types';
import type { ClaimRow } from '../core/claims-table';
import { storedReports } from '../corpus/sample-reports';
import { DraftRequest, type DraftResult } from '../draft';
import { ExportRequest } from '../export/request';
import { Figures } from '../model/figures';
import type { FiguresProblem } from '../domain';
import { CheckStats as CheckStatsSchema, Finding as FindingSchema, FiguresProblem as FiguresProblemSchema, Location as LocationSchema } from './result-schemas';
import { ClaimRow as ClaimRowSchema } from './claims';
import { DraftStreamSchemas } from './draft';
import { DOCX_TYPE } from './export';

const BASE = 'http://jixiao.test';
const seed000 = await fixtureText('seeds/000.txt');
const seed002 = await fixtureText('seeds/002.txt');
const figures002 = JSON.parse(await fixtureText('figures/002.json')) as Record<string, unknown>;

type Operation = { requestBody?: { content: Record<string, { schema?: unknown }> }; responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };
const spec = (await (await SELF.fetch(`${BASE}/openapi.json`)).json()) as { paths: Record<string, Record<string, Operation>> };

/** The app the Worker serves, built the same way, to walk its routes and read the route definitions. */
const app = createApp({ extractPdf: async () => ({ pages: [] }) as never });
const NOT_API = (path: string) => path === '/' || path === '/docs' || path === '/openapi.json' || path.startsWith('/assets/');
const served = [...new Set(app.routes.filter((r) => r.method !== 'ALL' && !NOT_API(r.path)).map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`))];

type RouteDef = { method: string; path: string; responses: Record<string, { content?: Record<string, { schema: z.ZodType }> }> };
const definitions = new Map(app.openAPIRegistry.definitions.flatMap((d) => (d.type === 'route' ? [[`${d.route.method} ${d.route.path}` as string, d.route as unknown as RouteDef] as const] : [])));

/** Parses a real response body with the schema the spec gives for it; a field the schema does not know is a failure. */
function expectConforms(route: string, status: number, type: string, body: unknown) {
  const schema = definitions.get(route)?.responses[status]?.content?.[type]?.schema;
  expect(schema, `${route} ${status} ${type} has a schema`).toBeDefined();
  const r = schema!.safeParse(body);
  expect(r.success ? [] : r.error.issues.slice(0, 5), `${route} ${status}`).toEqual([]);
  // zod drops keys it does not know: equal output means the schema describes every field sent.
  expect(r.data, `${route} ${status}: every field is described`).toEqual(body);
  validated.add(route);
}
const validated = new Set<string>();

const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  SELF.fetch(`${BASE}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

describe('/openapi.json describes every route the app serves', () => {
  it('serves the API routes (the walk finds them)', () => {
    expect(served).toEqual(expect.arrayContaining(['post /v1/check', 'post /v1/claims', 'post /v1/parse', 'get /healthz', 'delete /v1/corpus/{id}']));
  });

  it.each(served)('%s is in the spec with its request body, a 200/201 schema and the error envelope', (route) => {
    const [method, path] = route.split(' ') as [string, string];
    const op = spec.paths[path]?.[method];
    expect(op, `${route} in /openapi.json`).toBeDefined();
    if (method === 'post' || method === 'put' || method === 'patch') expect(Object.keys(op!.requestBody?.content ?? {}).length, `${route} request body`).toBeGreaterThan(0);
    const ok = op!.responses['200'] ?? op!.responses['201'];
    expect(
      Object.values(ok?.content ?? {}).some((c) => c.schema !== undefined),
      `${route} 200/201 schema`,
    ).toBe(true);
    for (const [status, r] of Object.entries(op!.responses)) {
      if (Number(status) >= 400) expect(r.content?.['application/json']?.schema, `${route} ${status}`).toEqual({ $ref: '#/components/schemas/Error' });
    }
  });

  it('describes nothing the app does not serve', () => {
    const described = Object.entries(spec.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m} ${path}`));
    expect(described.sort()).toEqual([...served].sort());
  });
});

describe('real responses parse with the schemas of the spec', () => {
  it('POST /v1/check: a text report with a reference, figures and ?include=document', async () => {
    const res = await postJson('/v1/check?include=document', { text: seed002, against: [{ name: '参照', text: seed000 }], figures: figures002 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { documents: Array<{ findings: unknown[]; document?: unknown }>; figures?: unknown };
    expect(body.documents[0]!.findings.length).toBeGreaterThan(0);
    expect(body.documents[0]!.document).toBeDefined();
    expect(body.figures).toBeDefined();
    expectConforms('post /v1/check', 200, 'application/json', body);
  });

  it('POST /v1/check?annotate=docx answers with the content type the spec names', async () => {
    const res = await postJson('/v1/check?annotate=docx', { text: seed000 });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX_TYPE);
    expect(Object.keys(spec.paths['/v1/check']!.post!.responses['200']!.content!)).toContain(DOCX_TYPE);
    await res.arrayBuffer();
  });

  it('errors parse with the error envelope, for the status the spec lists', async () => {
    const cases: Array<[string, Promise<Response>]> = [
      ['post /v1/check', postJson('/v1/check', { text: seed000, figures: { budget: {} } })],
      ['post /v1/check', SELF.fetch(`${BASE}/v1/check`, { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } })],
      ['post /v1/check', postJson('/v1/check?annotate=pdf', { text: seed000 })],
      ['get /v1/corpus', SELF.fetch(`${BASE}/v1/corpus?limit=abc`)],
      ['post /v1/draft', postJson('/v1/draft?provider=gpt', request004)],
      ['post /v1/parse', SELF.fetch(`${BASE}/v1/parse`, { method: 'POST', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) })],
    ];
    for (const [route, pending] of cases) {
      const res = await pending;
      expect(res.status, route).toBeGreaterThanOrEqual(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.message, route).toMatch(/[\u4e00-\u9fff]/);
      expectConforms(route, res.status, 'application/json', body);
    }
  });

  it('a query parameter that does not fit its schema is INVALID_REQUEST naming it in Chinese, with what was received', async () => {
    const res = await SELF.fetch(`${BASE}/v1/corpus?offset=-1`);
    expect(res.status).toBe(400);
    const e = ((await res.json()) as { error: { code: string; message: string } }).error;
    expect(e).toMatchObject({ code: 'INVALID_REQUEST', message: '请求格式不正确：查询参数 offset：不能小于 0（收到：-1）。' });
  });

  it('POST /v1/claims, /v1/parse, /v1/figures/validate', async () => {
    const claims = await postJson('/v1/claims', { text: seed002, figures: figures002 });
    expectConforms('post /v1/claims', 200, 'application/json', await claims.json());
    const parsed = await postJson('/v1/parse', { text: seed000 });
    expectConforms('post /v1/parse', 200, 'application/json', await parsed.json());
    const figures = await postJson('/v1/figures/validate', figures002);
    expectConforms('post /v1/figures/validate', 200, 'application/json', await figures.json());
  });

  it('POST /v1/draft as JSON and as a stream, and its export', async () => {
    const draft = (await (await postJson('/v1/draft', request004)).json()) as { sections: unknown[] };
    expectConforms('post /v1/draft', 200, 'application/json', draft);
    const stream = await (await postJson('/v1/draft', request004, { accept: 'text/event-stream' })).text();
    const events = stream.split('\n\n').filter((b) => b.trim() !== '');
    expect(events.length).toBeGreaterThan(1);
    for (const block of events) {
      const event = /^event: (.*)$/m.exec(block)![1] as keyof typeof DraftStreamSchemas;
      const data = JSON.parse(/^data: (.*)$/m.exec(block)![1]!) as unknown;
      expect(DraftStreamSchemas[event].parse(data), event).toEqual(data);
    }
    const docx = await postJson('/v1/export/docx', draft);
    expect(docx.status).toBe(200);
    expect(Object.keys(definitions.get('post /v1/export/docx')!.responses[200]!.content!)).toEqual([docx.headers.get('content-type')]);
    await docx.arrayBuffer();
    validated.add('post /v1/export/docx');
  });

  it('the corpus: add (201, then 200), list, get, delete', async () => {
    const report = storedReports('增城')[0]!;
    const auth = { authorization: 'Bearer test-token' };
    const added = await postJson('/v1/corpus', { text: report.text }, auth);
    expect(added.status).toBe(201);
    const summary = (await added.json()) as { id: string };
    expectConforms('post /v1/corpus', 201, 'application/json', summary);
    const again = await postJson('/v1/corpus', { text: report.text }, auth);
    expectConforms('post /v1/corpus', 200, 'application/json', await again.json());
    expectConforms('get /v1/corpus/{id}', 200, 'application/json', await (await SELF.fetch(`${BASE}/v1/corpus/${summary.id}`)).json());
    expectConforms('delete /v1/corpus/{id}', 200, 'application/json', await (await SELF.fetch(`${BASE}/v1/corpus/${summary.id}`, { method: 'DELETE', headers: auth })).json());
  });

  it('every GET route without parameters', async () => {
    for (const route of served.filter((r) => r.startsWith('get ') && !r.includes('{'))) {
      const res = await SELF.fetch(`${BASE}${route.slice(4)}`);
      expect(res.status, route).toBe(200);
      expectConforms(route, 200, 'application/json', await res.json());
    }
  });

  it('every served route had a real response checked above', () => {
    expect([...validated].sort()).toEqual([...served].sort());
  });
});

describe('one truth: the spec shows the schemas the handlers validate with', () => {
  it('figures, draft and export bodies are the very zod objects of the model', () => {
    const body = (route: string) => (definitions.get(route) as unknown as { request: { body: { content: Record<string, { schema: unknown }> } } }).request.body.content['application/json']!.schema;
    expect(body('post /v1/figures/validate')).toBe(Figures);
    expect(body('post /v1/draft')).toBe(DraftRequest);
    expect(body('post /v1/export/docx')).toBe(ExportRequest);
  });
});

describe('the response schemas match the types the code returns', () => {
  it('Finding, Location, FiguresProblem, stats, claims rows and drafts', () => {
    expectTypeOf<z.output<typeof FindingSchema>>().toEqualTypeOf<Finding>();
    expectTypeOf<z.output<typeof LocationSchema>>().toEqualTypeOf<Location>();
    expectTypeOf<z.output<typeof FiguresProblemSchema>>().toEqualTypeOf<FiguresProblem>();
    expectTypeOf<CheckStats>().toExtend<z.output<typeof CheckStatsSchema>>();
    expectTypeOf<z.output<typeof ClaimRowSchema>>().toExtend<ClaimRow>();
    expectTypeOf<keyof z.output<typeof ClaimRowSchema>>().toEqualTypeOf<keyof ClaimRow>();
    expectTypeOf<DraftResult>().toExtend<Omit<z.output<typeof DraftStreamSchemas.done>, 'title'>>();
  });
});
