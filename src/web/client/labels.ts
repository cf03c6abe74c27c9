/**
 * Names of rules, rule families and severities, as the service describes them (GET /v1/rules,
 * from each rule's RuleMeta): fetched once when the page starts. Until then, or if the request
 * fails, ids stand in for names; nothing about the rules is written into the page itself.
 */
import { api } from './core';

export interface RuleInfo {
  id: string;
  family: string;
  title: string;
  description: string;
  severity: string;
}
interface FamilyInfo {
  id: string;
  label: string;
  long: string;
}
interface SeverityInfo {
  id: string;
  label: string;
}
export interface RuleCatalog {
  rules: RuleInfo[];
  families: FamilyInfo[];
  severities: SeverityInfo[];
}

let catalog: RuleCatalog = { rules: [], families: [], severities: [] };
let byId = new Map<string, RuleInfo>();
let loading: Promise<boolean> | null = null;

export function setCatalog(c: RuleCatalog) {
  catalog = c;
  byId = new Map(c.rules.map((r) => [r.id, r]));
}

/** Fetches the catalog (once; later calls share the first request). Resolves to whether it loaded. */
export function loadCatalog(): Promise<boolean> {
  loading ??= api<RuleCatalog>('GET', '/v1/rules').then((r) => {
    if (!r.ok || !Array.isArray(r.data.rules)) {
      loading = null; // try again next time
      return false;
    }
    setCatalog(r.data);
    return true;
  });
  return loading;
}

/** A rule's family: from its description, else the part of its id before the slash. */
export function familyOf(ruleId: string): string {
  return byId.get(ruleId)?.family ?? String(ruleId || '').split('/')[0]!;
}
export function ruleLabel(ruleId: string): string {
  return byId.get(ruleId)?.title ?? String(ruleId || '');
}
export function ruleDescription(ruleId: string): string {
  return byId.get(ruleId)?.description ?? '';
}
function familyInfo(id: string): FamilyInfo {
  return catalog.families.find((x) => x.id === id) ?? { id, label: id, long: id };
}
export function familyLabel(id: string): string {
  return familyInfo(id).label;
}
export function severityLabel(id: string): string {
  return catalog.severities.find((x) => x.id === id)?.label ?? id;
}

/** The families to offer as filters: the service's, in its order, then any other family the findings have. */
export function familiesFor(present: Iterable<string>): FamilyInfo[] {
  const out = catalog.families.slice();
  for (const id of present) if (!out.some((x) => x.id === id)) out.push(familyInfo(id));
  return out;
}

/** The severities to offer as filters (the service's), then any other severity the findings have. */
export function severitiesFor(present: Iterable<string>): SeverityInfo[] {
  const out = catalog.severities.slice();
  for (const id of present) if (!out.some((x) => x.id === id)) out.push({ id, label: id });
  return out;
}
