/**
 * The rule catalog: every rule's id, family, short name, description and severity, from the
 * rules' own RuleMeta, with the Chinese names of families and severities (GET /v1/rules; the
 * page shows rule and family names only from here).
 */
import type { RuleFamily, RuleMeta, Severity } from '../check/types';
import { RULES } from '../rules';

/** Chinese names of the rule families (filters and headings of the page), in display order. */
export const FAMILY_NAMES: Record<RuleFamily, { label: string; long: string }> = {
  duplicate: { label: '查重', long: '重复与雷同段落' },
  number: { label: '核数', long: '数字核对' },
  usage: { label: '用法', long: '数字用法' },
};

/** Chinese names of the severities, most severe first. */
export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/**
 * A rule's short name: its description's headline, without the parenthesised examples and
 * without what follows a colon or semicolon (“同一数字前后不一致：…” → “同一数字前后不一致”).
 */
export function ruleTitle(meta: Pick<RuleMeta, 'description'>): string {
  const headline = meta.description
    .replace(/（[^（）]*）|\([^()]*\)/g, '')
    .split(/[：；]/)[0]!
    .trim();
  return headline || meta.description;
}

export interface RuleCatalog {
  rules: Array<{ id: string; family: RuleFamily; title: string; description: string; severity: Severity }>;
  families: Array<{ id: RuleFamily; label: string; long: string }>;
  severities: Array<{ id: Severity; label: string }>;
}

/** Every rule of the registry with its RuleMeta, and the names of families and severities. */
export function ruleCatalog(): RuleCatalog {
  const rules = RULES.map(({ meta }) => ({ id: meta.id, family: meta.family, title: ruleTitle(meta), description: meta.description, severity: meta.severity }));
  const families = (Object.keys(FAMILY_NAMES) as RuleFamily[]).filter((f) => rules.some((r) => r.family === f)).map((id) => ({ id, ...FAMILY_NAMES[id] }));
  const severities = (Object.keys(SEVERITY_NAMES) as Severity[]).map((id) => ({ id, label: SEVERITY_NAMES[id] }));
  return { rules, families, severities };
}
