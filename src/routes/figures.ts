import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app';
import { readJson } from '../http/read-upload';
import { figuresProblems, validateFigures } from '../core/figures';
import { figuresJsonSchema } from '../model/figures';

/** Figures validation and the figures JSON Schema. */
export function figuresRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.get('/v1/figures/schema', (c) => c.json(figuresJsonSchema() as object));
  app.post('/v1/figures/validate', async (c) => {
    const figures = validateFigures(await readJson(c));
    return c.json({ figures, problems: figuresProblems(figures) });
  });
  return app;
}

