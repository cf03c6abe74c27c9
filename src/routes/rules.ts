import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { RULES } from '../check/registry';
import type { RuleFamily, RuleMeta, Severity } from '../check/types';

/** Chinese names of the rule families (filters and headings of the page), in display order. */
const FAMILY_NAMES: Record<RuleFamily, { label: string; long: string }> = {
  duplicate: { label: '查重', long: '重复与雷同段落' },
  number: { label: '核数', long: '数字核对' },
  usage: { label: '用法', long: '数字用法' },
  structure: { label: '结构', long: '结构与格式' },
};

/** Chinese names of the severities, most severe first. */
const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/**
 * A rule's short name: its description's headline, without the parenthesised examples and
 * without what follows a colon or semicolon (“同一数字前后不一致：…” → “同一数字前后不一致”).
 */
export function ruleTitle(meta: Pick<RuleMeta, 'description'>): string {
  const headline = meta.description.replace(/（[^（）]*）|\([^()]*\)/g, '').split(/[：；]/)[0]!.trim();
  return headline || meta.description;
}

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

export type RuleCatalog = z.infer<typeof RuleCatalog>;

/** Every rule of the registry with its RuleMeta, and the names of families and severities. */
export function ruleCatalog(): RuleCatalog {
  const rules = RULES.map(({ meta }) => ({ id: meta.id, family: meta.family, title: ruleTitle(meta), description: meta.description, severity: meta.severity }));
  const families = (Object.keys(FAMILY_NAMES) as RuleFamily[]).filter((f) => rules.some((r) => r.family === f)).map((id) => ({ id, ...FAMILY_NAMES[id] }));
  const severities = (Object.keys(SEVERITY_NAMES) as Severity[]).map((id) => ({ id, label: SEVERITY_NAMES[id] }));
  return { rules, families, severities };
}

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
