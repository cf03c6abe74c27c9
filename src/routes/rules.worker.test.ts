import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules';
import { ruleTitle } from '../core/rule-catalog';

interface Catalog {
  rules: Array<{ id: string; family: string; title: string; description: string; severity: string }>;
  families: Array<{ id: string; label: string; long: string }>;
  severities: Array<{ id: string; label: string }>;
}

describe('GET /v1/rules in workerd', () => {
  it('lists every registered rule with its RuleMeta and a short title', async () => {
    const res = await SELF.fetch('http://jixiao.test/v1/rules');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Catalog;
    expect(body.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const r of body.rules) {
      const meta = RULES.find((x) => x.meta.id === r.id)!.meta;
      expect(r).toEqual({ id: meta.id, family: meta.family, title: ruleTitle(meta), description: meta.description, severity: meta.severity });
      expect(r.title.length).toBeGreaterThan(0);
      expect(r.title.length).toBeLessThanOrEqual(r.description.length);
    }
    // No rule id the registry does not have (the page once listed duplicate/against-corpus).
    expect(body.rules.some((r) => r.id === 'duplicate/against-corpus')).toBe(false);
    const sum = body.rules.find((r) => r.id === 'number/sum-mismatch')!;
    expect(sum.title).toBe('合计与分项之和不一致');
    expect(body.rules.find((r) => r.id === 'number/restatement')!.title).toBe('同一数字前后不一致');
  });

  it('names the families that have rules, and the severities from most to least severe', async () => {
    const body = (await (await SELF.fetch('http://jixiao.test/v1/rules')).json()) as Catalog;
    const order = ['duplicate', 'number', 'usage', 'structure'];
    expect(body.families.map((f) => f.id)).toEqual(order.filter((f) => RULES.some((r) => r.meta.family === f)));
    expect(body.families.find((f) => f.id === 'number')).toEqual({ id: 'number', label: '核数', long: '数字核对' });
    expect(body.severities).toEqual([
      { id: 'error', label: '错误' },
      { id: 'warning', label: '警告' },
      { id: 'info', label: '提示' },
    ]);
  });

  it('is described in /openapi.json with its response schema', async () => {
    const spec = (await (await SELF.fetch('http://jixiao.test/openapi.json')).json()) as {
      paths: Record<string, { get?: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>;
      components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
    };
    const get = spec.paths['/v1/rules']?.get;
    expect(get).toBeDefined();
    expect(get!.responses['200']!.content['application/json']!.schema).toEqual({ $ref: '#/components/schemas/RuleCatalog' });
    expect(Object.keys(spec.components!.schemas!.RuleInfo!.properties!)).toEqual(['id', 'family', 'title', 'description', 'severity']);
  });
});
