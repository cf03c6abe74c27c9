import { locate } from '../../check/locate';
import { isExplicit } from '../../claims/subject';
import type { Rule } from '../../check/types';
import { derive, markChecked, numberAnalysis } from './shared/analysis';
import type { Mention } from './shared/mention';
import { indicatorPairs } from './shared/indicators';
import { narrativeActual } from './shared/narrative-actuals';
import { slips, type SlipKind } from './shared/slips';
import { compareMentions, groupPower, restatedGroups, sameContext, sameValue, valueKey, type RestatedGroup } from './shared/restated';

const SLIP_NAMES: Record<SlipKind, string> = { transposed: '两位数字颠倒', digit: '有一位数字写错', magnitude: '万、千数量级写错' };

/** Key groups by the value of their first mention, for finding a swap partner in one lookup. */
function byReference(groups: RestatedGroup[]): Map<string, RestatedGroup[]> {
  const out = new Map<string, RestatedGroup[]>();
  for (const g of groups) {
    if (g.by !== 'key') continue;
    const k = valueKey(g.mentions[0]!);
    out.set(k, [...(out.get(k) ?? []), g]);
  }
  return out;
}

/**
 * Another key group whose earlier value is `m`'s, with a mention next to `m` (same block)
 * stating `g`'s earlier value: the two figures were swapped.
 */
function swapPartner(index: Map<string, RestatedGroup[]>, g: RestatedGroup, m: Mention): { group: RestatedGroup; mention: Mention } | null {
  const ref = g.mentions[0]!;
  for (const h of index.get(valueKey(m)) ?? []) {
    if (h === g) continue;
    const href = h.mentions[0]!;
    const partner = h.mentions.find((x) => x !== href && x.block === m.block && sameValue(x, ref));
    if (partner) return { group: h, mention: partner };
  }
  return null;
}

/** number/restatement: the same labelled quantity stated with different values, or two figures swapped. */
export const restatement: Rule = {
  meta: {
    id: 'number/restatement',
    family: 'number',
    description: '同一数字前后不一致：同一项目的金额、比率在文中多处出现而数值不同，或两个数值互换了位置',
    severity: 'error',
    messages: {
      restated: '{{name}}前后不一致：此处为 {{stated}}，前文为 {{other}}。',
      restatedRounding: '{{name}}前后写法精度不同且舍入后不一致：此处为 {{stated}}，前文为 {{other}}。',
      swapped: '{{name}}与{{otherName}}的数值与前文对调：此处分别为 {{stated}}、{{otherStated}}，前文为 {{other}}、{{otherOther}}。',
      countRestated: '“{{name}}”前后数字不一致：此处为 {{stated}}，前文为 {{other}}。',
      slipRestated: '此处“{{here}}”为 {{stated}}，前文“{{there}}”为 {{other}}，疑为同一数字{{slip}}。',
      tableRowRestated: '文中此处为 {{stated}}，而绩效指标表中“{{name}}”的实际完成值为 {{other}}，二者不一致。',
    },
    fixes: {
      restated: '以预算、决算数据为准，统一各处的{{name}}。',
      restatedRounding: '统一精度，按四舍五入写同一数值。',
      swapped: '核对两项数值，按数据把{{name}}与{{otherName}}填回各自位置。',
      countRestated: '核对是否为同一口径的数字；若是，统一为同一数值；若不是，请在标签中区分口径。',
      slipRestated: '核对原始数据，统一两处的数字；若确为不同口径，请在表述中区分。',
      tableRowRestated: '核对指标的实际完成值，统一正文与绩效指标表；若正文说的是另一口径，请在表述中区分。',
    },
  },
  check(ctx, report) {
    const a = numberAnalysis(ctx);
    const groups = derive(a, 'restatedGroups', restatedGroups);
    const index = byReference(groups);
    const reported = new Set<number>();
    for (const g of groups) {
      markChecked(ctx, a, ...g.mentions);
      const power = groupPower(g.mentions);
      const ref = g.mentions[0]!;
      for (const m of g.mentions.slice(1)) {
        if (reported.has(m.id) || (g.by === 'label' && !sameContext(a, ref, m))) continue;
        const agreement = compareMentions(ref, m, power);
        if (agreement === 'match') continue;
        const swap = g.by === 'key' && agreement === 'mismatch' ? swapPartner(index, g, m) : null;
        if (swap) {
          reported.add(swap.mention.id);
          const [x, y] = m.q.start < swap.mention.q.start ? [m, swap.mention] : [swap.mention, m];
          const hRef = swap.group.mentions[0]!;
          report({
            messageId: 'swapped',
            severity: [m, swap.mention, ref, hRef].every((x) => isExplicit(x.reason)) ? 'error' : 'warning',
            start: x.q.start,
            end: y.q.end,
            related: [locate(ctx.doc, ref.q.start, ref.q.end), locate(ctx.doc, hRef.q.start, hRef.q.end)],
            data: { name: g.name, otherName: swap.group.name, stated: m.q.numberText, otherStated: swap.mention.q.numberText, other: ref.q.numberText, otherOther: hRef.q.numberText },
            evidence: { name: g.name, otherName: swap.group.name, stated: [m.q.numberText, swap.mention.q.numberText], earlier: [ref.q.numberText, hRef.q.numberText] },
          });
          continue;
        }
        reported.add(m.id);
        const messageId = g.by === 'label' ? 'countRestated' : agreement === 'rounding' ? 'restatedRounding' : 'restated';
        report({
          messageId,
          // error only when both statements name their subject explicitly (see README, 数字核对)
          severity: g.by === 'label' || agreement === 'rounding' || !isExplicit(ref.reason) || !isExplicit(m.reason) ? 'warning' : 'error',
          start: m.q.start,
          end: m.q.end,
          related: [locate(ctx.doc, ref.q.start, ref.q.end)],
          data: { name: g.name, stated: m.q.raw, other: ref.q.raw },
          evidence: { name: g.name, stated: m.q.numberText, statedUnit: m.unit, other: ref.q.numberText, otherUnit: ref.unit, by: g.by },
        });
      }
    }
    for (const sl of derive(a, 'slips', slips)) {
      const { earlier: e, later: m } = sl;
      markChecked(ctx, a, e, m);
      if (reported.has(m.id)) continue;
      reported.add(m.id);
      report({
        messageId: 'slipRestated',
        severity: 'warning',
        start: m.q.start,
        end: m.q.end,
        related: [locate(ctx.doc, e.q.start, e.q.end)],
        data: { here: m.q.label ?? '', there: e.q.label ?? '', stated: m.q.raw, other: e.q.raw, slip: SLIP_NAMES[sl.kind] },
        evidence: { stated: m.q.numberText, other: e.q.numberText, slip: sl.kind, similarity: Number(sl.similarity.toFixed(2)) },
      });
    }
    // an indicator's actual in the 自评表 and the same indicator's figure in the running text
    for (const p of derive(a, 'indicatorPairs', indicatorPairs)) {
      const names = p.names.map((n) => n.trim()).filter((n) => n.length >= 3 && !/^(产出|效益|满意度|成本)指标$|^(数量|质量|时效|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标$/.test(n));
      if (names.length === 0) continue;
      const r = narrativeActual(a, names, p.actual.q, p.target.q);
      if (!r) continue;
      markChecked(ctx, a, p.actual, ...r.candidates);
      const d = r.differing;
      if (!d || reported.has(d.m.id)) continue;
      reported.add(d.m.id);
      report({
        messageId: 'tableRowRestated',
        // the pairing is inferred from similar words: a warning
        severity: 'warning',
        start: d.m.q.start,
        end: d.m.q.end,
        related: [locate(ctx.doc, p.actual.q.start, p.actual.q.end)],
        data: { name: names.at(-1)!, stated: d.m.q.raw, other: p.actual.q.raw },
        evidence: { name: names.at(-1)!, stated: d.m.q.numberText, other: p.actual.q.numberText, similarity: Number(d.similarity.toFixed(2)) },
      });
    }
  },
};
