import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app';
import { Section } from '../model/document';
import { Figures } from '../model/figures';
import { named } from './openapi-route';

/**
 * Serves /openapi.json: generated from the routes' own definitions (each route module serves its
 * endpoints with `openapiRoute(app, createRoute({…}), handler)`), plus the shared schemas as components.
 * Call after every route is mounted.
 */
export function registerOpenApi(app: OpenAPIHono<AppEnv>) {
  const r = app.openAPIRegistry;
  r.register('Section', named(Section, 'Section'));
  r.register('Figures', named(Figures, 'Figures'));
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Jixiao 绩效自评报告 API',
      version: '0.1.0',
      description: '起草与审查部门整体支出绩效自评报告。所有错误均返回 `{"error": {"code", "message"}}`。',
    },
  });
}
