import { locate } from '../../check/locate';
import type { Rule } from '../../check/types';
import { derive, numberAnalysis } from '../number/shared/analysis';
import type { Mention } from '../number/shared/mention';
import { restatedGroups } from '../number/shared/restated';

/** Runs of three or more money amounts joined by 、 or ； in one sentence (A86.40万元、B312,000元、C45.20万元). */
function enumerations(a: ReturnType<typeof numberAnalysis>): Array<Array<Mention & { listItem?: boolean }>> {
  const out: Array<Array<Mention & { listItem?: boolean }>> = [];
  let run: Mention[] = [];
  const flush = () => {
    if (run.length >= 3) out.push(run.map((m) => ({ ...m, listItem: true })));
    run = [];
  };
  for (const m of a.mentions) {
    if (m.q.kind !== 'amount' || m.scale?.base !== '元' || m.inTable) {
      if (run.length > 0 && m.sentence === run.at(-1)!.sentence) flush();
      continue;
    }
    const prev = run.at(-1);
    if (prev && (prev.sentence !== m.sentence || !/^[^，,。]*[、；;][^，,。]*$/.test(a.text.slice(prev.q.end, m.q.start)))) flush();
    run.push(m);
  }
  flush();
  return out;
}

/** How often each unit is used in the document. */
function usualUnits(ms: Mention[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of ms) if (m.unit) out.set(m.unit, (out.get(m.unit) ?? 0) + 1);
  return out;
}

/** usage/unit-change: the same quantity (or the items of one list) written in different units (万元 and 元). */
export const unitChange: Rule = {
  meta: {
    id: 'usage/unit-change',
    family: 'usage',
    description: '同一数量前后用了不同单位（万元与元），或同一分类列表中各项单位不统一',
    severity: 'warning',
    messages: {
      unitChanged: '{{name}}此处以“{{unit}}”为单位（{{stated}}），另一处以“{{otherUnit}}”为单位（{{other}}）。',
      mixedUnits: '同一列表中金额单位不统一：“{{stated}}”用“{{unit}}”，其他各项用“{{otherUnit}}”。',
    },
    fixes: {
      unitChanged: '同一数量全文使用同一单位，建议统一为“{{otherUnit}}”。',
      mixedUnits: '列表各项统一使用“{{otherUnit}}”。',
    },
  },
  check(ctx, report) {
    const a = numberAnalysis(ctx);
    const usual = usualUnits(a.mentions);
    for (const g of derive(a, 'restatedGroups', restatedGroups)) {
      const units = new Set(g.mentions.map((m) => m.unit).filter((u) => u !== null));
      if (units.size < 2) continue;
      // the document's usual unit for this kind of quantity decides which mentions are the odd ones
      const preferred = [...units].sort((x, y) => (usual.get(y) ?? 0) - (usual.get(x) ?? 0))[0]!;
      const ref = g.mentions.find((m) => m.unit === preferred)!;
      for (const m of g.mentions) {
        // the same amount in 元 in one paragraph and in 万元 in another is a normal choice
        if (m.unit === null || m.unit === preferred || m.block !== ref.block) continue;
        report({
          messageId: 'unitChanged',
          start: m.q.start,
          end: m.q.end,
          related: [locate(ctx.doc, ref.q.start, ref.q.end)],
          data: { name: g.name, unit: m.unit, stated: m.q.raw, otherUnit: preferred, other: ref.q.raw },
          evidence: { unit: m.unit, otherUnit: preferred },
        });
      }
    }
    const lists: Array<Array<Mention & { listItem?: boolean }>> = [...a.byBlock.values(), ...enumerations(a)];
    for (const ms of lists) {
      const items = ms.filter((m) => (m.listItem || (m.key && /^by(Function|Nature)/.test(m.key.subject))) && m.q.kind === 'amount' && m.unit);
      if (items.length < 2) continue;
      const counts = new Map<string, number>();
      for (const m of items) counts.set(m.unit!, (counts.get(m.unit!) ?? 0) + 1);
      if (counts.size < 2) continue;
      const common = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]![0];
      for (const m of items) {
        if (m.unit === common) continue;
        report({
          messageId: 'mixedUnits',
          start: m.q.start,
          end: m.q.end,
          data: { stated: m.q.raw, unit: m.unit!, otherUnit: common },
          evidence: { unit: m.unit, otherUnit: common },
        });
      }
    }
  },
};
