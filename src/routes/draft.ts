import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { chooseProvider } from '../draft/choose-provider';
import { draftValid, DraftRequest, llmConfigFromEnv, parseDraftInput, type DraftOutput, type LlmConfig } from '../draft';
import { SECTION_KINDS } from '../draft/sections';
import { errorEnvelope, JixiaoError } from '../errors';
import { readJson } from '../http/read-upload';
import { ErrorEnvelope, errorResponses, JSON_ERRORS, named, openapiRoute } from './openapi-route';

/**
 * The model provider with the prompts bundled as Text modules, loaded only when a model is used:
 * template drafts never load LangChain, and Node can import this route (it cannot import .md).
 */
const workerLlm = async (config: LlmConfig) => {
  const [{ createLlmProvider }, { BUNDLED_PROMPTS }] = await Promise.all([import('../draft/llm/provider'), import('../draft/llm/prompts-bundled')]);
  return createLlmProvider(config, BUNDLED_PROMPTS);
};

/**
 * POST /v1/draft — a draft request (JSON); `?provider=template|llm`. With `Accept: text/event-stream`
 * the sections arrive one by one (`event: section`), then the whole result (`event: done`).
 */
export function draftRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openAPIRegistry.register('DraftRequest', named(DraftRequest, 'DraftRequest'));
  openapiRoute(app, draftRoute, async (c) => {
    const valid = parseDraftInput(await readJson(c));
    const provider = await chooseProvider(c.req.query('provider'), llmConfigFromEnv(c.env ?? {}), workerLlm);
    const signal = c.req.raw.signal;
    if (!(c.req.header('accept') ?? '').includes('text/event-stream')) return c.json(await draftValid(valid, { provider, signal }));
    return streamSSE(c, async (stream) => {
      let result: DraftOutput;
      try {
        result = await draftValid(valid, {
          provider,
          signal,
          onSection: (section, grounding) => stream.writeSSE({ event: 'section', data: JSON.stringify({ ...section, grounding }) }),
        });
      } catch (err) {
        console.error('draft stream failed', err instanceof Error ? err.stack : err);
        const e = err instanceof JixiaoError ? err : new JixiaoError('INTERNAL');
        await stream.writeSSE({ event: 'error', data: JSON.stringify(errorEnvelope(e)) });
        return;
      }
      await stream.writeSSE({ event: 'done', data: JSON.stringify(result) });
    });
  });
  return app;
}

const SectionOut = z.object({
  kind: z.enum(SECTION_KINDS).describe('章节类型'),
  title: z.string().describe('章节标题'),
  text: z.string().describe('正文，段落之间换行'),
});
const Grounding = z.object({
  kind: z.enum(SECTION_KINDS),
  numbers: z.number().int().describe('正文中的数字个数'),
  grounded: z.number().int().describe('与事实表一致（或由事实算出）的数字个数'),
  model: z.number().int().describe('模型一次写成的段落数'),
  repaired: z.number().int().describe('修正一次后通过核对的段落数'),
  fallenBack: z.number().int().describe('改用模板的段落数'),
  paragraphs: z.number().int(),
  ungrounded: z.array(z.string()).describe('未能对应事实的数字（正常为空）'),
});
const DraftResponse = z
  .object({
    title: z.string().describe('报告标题'),
    provider: z.enum(['template', 'llm']),
    model: z.string().optional(),
    sections: z.array(SectionOut),
    grounding: z.object({
      numbers: z.number().int(),
      grounded: z.number().int(),
      repaired: z.number().int(),
      fallenBack: z.number().int(),
      sections: z.array(Grounding),
    }),
    findings: z.array(z.object({ ruleId: z.string(), severity: z.enum(['error', 'warning', 'info']), message: z.string(), section: z.enum(SECTION_KINDS).optional(), quote: z.string().optional() })),
    notes: z.array(z.object({ code: z.string(), message: z.string(), sections: z.array(z.enum(SECTION_KINDS)).optional() })).describe('起草过程说明，如模型失败后改用模板'),
  })
  .describe('起草结果')
  .openapi('DraftResult');

/** The SSE stream of POST /v1/draft with `Accept: text/event-stream`. */
const DraftEvents = z
  .string()
  .describe(
    '逐节推送：`event: section`，data 为一节（kind、title、text）及其 grounding（同 DraftResponse.grounding.sections 的一项）；' +
      '最后 `event: done`，data 为完整结果（同 application/json 的返回）；出错时 `event: error`，data 为错误格式 {"error": {"code", "message"}}。',
  );
export const DraftStreamSchemas = { section: SectionOut.extend({ grounding: Grounding }), done: DraftResponse, error: ErrorEnvelope };

/** POST /v1/draft as described in /openapi.json. */
const draftRoute = createRoute({
  method: 'post',
  path: '/v1/draft',
  summary: '起草报告章节',
  description:
    '根据结构化数据（figures）和年度工作要点（highlights）以公文语体起草各章节。数字先在代码中算好、格式化，模型只引用事实编号；生成后逐个核对，不一致的修正一次，仍不一致的段落改用模板。未配置模型时使用内置模板。`Accept: text/event-stream` 时逐节推送（`event: section`），最后推送完整结果（`event: done`）。',
  request: {
    query: z.object({ provider: z.enum(['template', 'llm']).optional().describe('起草方式；缺省时配置了模型用 llm，否则用 template') }),
    body: { required: true, content: { 'application/json': { schema: DraftRequest } } },
  },
  responses: {
    200: {
      description: '起草结果（JSON），或 SSE 流',
      content: { 'application/json': { schema: DraftResponse }, 'text/event-stream': { schema: DraftEvents } },
    },
    ...errorResponses(...JSON_ERRORS, 'INVALID_DRAFT_REQUEST', 'LLM_NOT_CONFIGURED'),
  },
});
