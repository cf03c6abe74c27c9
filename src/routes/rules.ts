import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { RuleFamily, Severity } from '../check/types';
import { FAMILY_NAMES, ruleCatalog, SEVERITY_NAMES } from '../core/rule-catalog';

const RuleInfo = z
  .object({
    id: z.string().describe('规则编号（family/name），与检查结果的 ruleId 相同'),
    family: z.enum(Object.keys(FAMILY_NAMES) as [RuleFamily, ...RuleFamily[]]).describe('规则类别'),
    title: z.string().describe('简短名称（说明的第一句）'),
    description: z.string().describe('规则说明'),
    severity: z.enum(Object.keys(SEVERITY_NAMES) as [Severity, ...Severity[]]).describe('默认严重程度（个别结果可另定）'),
  })
  .openapi('RuleInfo');

const RuleCatalog = z
  .object({
    rules: z.array(RuleInfo),
    families: z.array(z.object({ id: z.string(), label: z.string().describe('简称，如“核数”'), long: z.string().describe('全称，如“数字核对”') })).describe('有规则的类别，按显示顺序'),
    severities: z.array(z.object({ id: z.string(), label: z.string() })).describe('严重程度，从重到轻'),
  })
  .openapi('RuleCatalog');

const route = createRoute({
  method: 'get',
  path: '/v1/rules',
  tags: ['规则'],
  summary: '全部检查规则及其名称',
  description: '检查使用的每条规则（编号、类别、简短名称、说明、默认严重程度），以及类别和严重程度的中文名称；网页用它显示问题的类别和规则名。',
  responses: {
    200: { description: '规则清单', content: { 'application/json': { schema: RuleCatalog } } },
  },
});

/** GET /v1/rules — the rule catalog, from each rule's RuleMeta. */
export function rulesRoutes() {
  const app = new OpenAPIHono();
  const catalog = ruleCatalog();
  app.openapi(route, (c) => c.json(catalog, 200));
  return app;
}
