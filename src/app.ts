import { OpenAPIHono } from '@hono/zod-openapi';

export type Bindings = { DB: D1Database; CORPUS_TOKEN?: string };

/** Builds the Hono app; tests pass overrides to inject dependencies. */
export function createApp() {
  const app = new OpenAPIHono<{ Bindings: Bindings }>();
  app.get('/healthz', async (c) => {
    const row = await c.env.DB.prepare("SELECT value FROM meta WHERE key = 'schema'").first<{ value: string }>();
    return c.json({ ok: true, schema: row?.value ?? null });
  });
  return app;
}
