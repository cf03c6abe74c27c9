import { OpenAPIHono } from '@hono/zod-openapi';
import { errorEnvelope, JixiaoError } from './errors';
import type { LlmEnv } from './draft/llm/config';
import type { PdfExtractor } from './ingest/ingest';
import { checkRoutes } from './routes/check';
import { claimsRoutes } from './routes/claims';
import { corpusRoutes } from './routes/corpus';
import { docsRoutes } from './routes/docs-page';
import { draftRoutes } from './routes/draft';
import { exportRoutes } from './routes/export';
import { figuresRoutes } from './routes/figures';
import { healthzRoutes } from './routes/healthz';
import { registerOpenApi } from './routes/openapi';
import { validationHook } from './routes/openapi-route';
import { parseRoutes } from './routes/parse';
import { rulesRoutes } from './routes/rules';
import { assetRoutes } from './web/assets';
import { INDEX_HTML } from './web/index-page';

type Bindings = { DB: D1Database; CORPUS_TOKEN?: string } & LlmEnv;

/** What the routes need from the platform: injected so Node and workerd differ only here. */
interface AppDeps {
  extractPdf: PdfExtractor;
}

export type AppEnv = { Bindings: Bindings; Variables: { deps: AppDeps } };

/** Builds the Hono app; the Worker entry and tests pass the platform's dependencies. */
export function createApp(deps: AppDeps) {
  // Query and path parameters that do not fit a route's schema are INVALID_REQUEST in Chinese.
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.get('/', (c) => c.html(INDEX_HTML));
  app.route('/', assetRoutes());
  app.route('/', healthzRoutes());
  app.route('/', parseRoutes());
  app.route('/', checkRoutes());
  app.route('/', claimsRoutes());
  app.route('/', figuresRoutes());
  app.route('/', draftRoutes());
  app.route('/', exportRoutes());
  app.route('/', corpusRoutes());
  app.route('/', rulesRoutes());
  app.route('/', docsRoutes());
  registerOpenApi(app);
  app.notFound((c) => c.json(errorEnvelope(new JixiaoError('NOT_FOUND')), 404));
  app.onError((err, c) => {
    if (err instanceof JixiaoError) return c.json(errorEnvelope(err), err.status as 400);
    console.error('internal error', err instanceof Error ? err.stack : err);
    return c.json(errorEnvelope(new JixiaoError('INTERNAL')), 500);
  });
  return app;
}
