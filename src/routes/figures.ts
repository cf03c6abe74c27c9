import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { readJson } from '../http/read-upload';
import { figuresProblems, validateFigures } from '../core/figures';
import { figuresJsonSchema, Figures } from '../model/figures';
import { FiguresProblem } from './result-schemas';
import { errorResponses, JSON_ERRORS, openapiRoute } from './openapi-route';

/** Figures validation and the figures JSON Schema. */
export function figuresRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  openapiRoute(app, schemaRoute, (c) => c.json(figuresJsonSchema() as object));
  openapiRoute(app, validateRoute, async (c) => {
    const figures = validateFigures(await readJson(c));
    return c.json({ figures, problems: figuresProblems(figures) });
  });
  return app;
}

const schemaRoute = createRoute({
  method: 'get',
  path: '/v1/figures/schema',
  summary: '结构化数据的 JSON Schema',
  description: '数据（figures）格式的 JSON Schema（输入形式），供其他工具生成或校验数据文件。',
  responses: {
    200: { description: 'JSON Schema', content: { 'application/json': { schema: z.record(z.string(), z.unknown()).describe('JSON Schema（draft 2020-12）') } } },
    ...errorResponses(),
  },
});

const validateRoute = createRoute({
  method: 'post',
  path: '/v1/figures/validate',
  summary: '校验结构化数据',
  description:
    '校验部门的结构化数据（预算、执行、分类、项目、指标、自评得分），金额按十进制精确保存；格式错误逐字段以中文说明（INVALID_FIGURES，details 为问题列表）。格式正确时返回规范化后的数据，以及数据自身的不一致（分项之和、执行率、得分与等级……）。',
  request: { body: { required: true, content: { 'application/json': { schema: Figures } } } },
  responses: {
    200: {
      description: '规范化后的数据及其自身的不一致',
      content: { 'application/json': { schema: z.object({ figures: Figures, problems: z.array(FiguresProblem) }) } },
    },
    ...errorResponses(...JSON_ERRORS, 'INVALID_FIGURES'),
  },
});
