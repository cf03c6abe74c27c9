import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app';
import { JixiaoError } from '../errors';
import { assertJsonWithinLimits } from '../limits-enforce';
import { readJson } from '../http/read-upload';
import { figuresJsonSchema, parseFigures } from '../model/figures';
import { figuresProblems } from '../domain';

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

/** Validates figures or throws INVALID_FIGURES naming every bad field in Chinese. */
export function validateFigures(input: unknown) {
  assertJsonWithinLimits(input, { what: '数据（figures）' });
  const r = parseFigures(input);
  if (r.ok) return r.figures;
  const list = r.problems.map((p) => `${p.field}：${p.message}`).join('；');
  throw new JixiaoError('INVALID_FIGURES', `数据（figures）格式不正确：${list}。`, r.problems);
}
