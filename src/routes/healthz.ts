import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { errorResponses, openapiRoute } from './openapi-route';

/** GET /healthz — the service is up, with the database's schema version (null before migrations). */
export function healthzRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  openapiRoute(app, healthzRoute, async (c) => {
    const row = await c.env.DB.prepare("SELECT value FROM meta WHERE key = 'schema'").first<{ value: string }>();
    return c.json({ ok: true, schema: row?.value ?? null });
  });
  return app;
}

const healthzRoute = createRoute({
  method: 'get',
  path: '/healthz',
  summary: '健康检查',
  description: '服务在运行；schema 为数据库迁移版本（未执行迁移时为 null）。',
  responses: {
    200: { description: '正常', content: { 'application/json': { schema: z.object({ ok: z.literal(true), schema: z.string().nullable().describe('数据库迁移版本') }) } } },
    ...errorResponses(),
  },
});
