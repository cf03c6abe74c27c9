import { locate } from '../../check/locate';
import type { Location, Rule } from '../../check/types';
import { derive, markChecked, numberAnalysis } from './shared/analysis';
import { allMetClaims } from './shared/claims';
import { isLowExecutionRate, LOW_EXECUTION_RATE, shortOfTarget, show } from '../../domain';
import { figureShortfalls, figuresExecutionRate } from './shared/figures-facts';
import { indicatorPairs } from './shared/indicators';
import { narrativePairs, narrativeShortfall } from './shared/narrative-indicators';

/** number/all-met-claim: the report says all targets were met while indicators fall short or execution is under 90%. */
export const allMetClaim: Rule = {
  meta: {
    id: 'number/all-met-claim',
    family: 'number',
    description: `文中称绩效目标全部完成，但指标未达标或预算执行率低于 ${LOW_EXECUTION_RATE}%`,
    severity: 'error',
    messages: {
      claimVsShortfall: '文中称“{{claim}}”，但{{evidence}}。',
      claimVsLowRate: `文中称“{{claim}}”，但预算执行率仅为 {{rate}}%，低于 ${LOW_EXECUTION_RATE}%。`,
    },
    fixes: {
      claimVsShortfall: '如实表述目标完成情况，说明未完成指标的原因和改进措施。',
      claimVsLowRate: '说明预算执行率偏低的原因，自评结论不宜写全部达到目标。',
    },
  },
  check(ctx, report) {
    const a = numberAnalysis(ctx);
    const claims = allMetClaims(a.text);
    if (claims.length === 0) return;
    const short: string[] = [];
    const related: Location[] = [];
    for (const p of derive(a, 'indicatorPairs', indicatorPairs)) {
      if (shortOfTarget(p.names.join(' '), p.target.q, p.actual.q, p.targetText) !== true) continue;
      markChecked(ctx, a, p.target, p.actual);
      short.push(`指标“${p.names[0] ?? ''}”目标 ${p.target.q.raw}、实际 ${p.actual.q.raw}`);
      related.push(locate(ctx.doc, p.actual.q.start, p.actual.q.end));
    }
    let certain = short.length > 0;
    const counted = new Set<number>();
    for (const p of derive(a, 'narrativePairs', narrativePairs)) {
      markChecked(ctx, a, p.target, p.actual);
      if (!narrativeShortfall(p) || counted.has(p.actual.id)) continue;
      counted.add(p.actual.id);
      if (p.sameSentence) certain = true;
      short.push(`“${p.actual.q.label ?? ''}”${p.actual.q.raw}，目标 ${p.target.q.raw}`);
      related.push(locate(ctx.doc, p.actual.q.start, p.actual.q.end), locate(ctx.doc, p.target.q.start, p.target.q.end));
    }
    if (ctx.figures) short.push(...figureShortfalls(ctx.figures).map((f) => `数据中指标“${f.name}”目标 ${f.target}、实际 ${f.actual}`));
    const rateMention = a.mentions.find((m) => m.key?.subject === '' && m.key.measure === 'executionRate' && !m.q.approx);
    let rate: string | null = null;
    if (rateMention && isLowExecutionRate(rateMention.q.value)) {
      markChecked(ctx, a, rateMention);
      rate = rateMention.q.numberText;
      related.push(locate(ctx.doc, rateMention.q.start, rateMention.q.end));
    } else if (!rateMention && ctx.figures) {
      const r = figuresExecutionRate(ctx.figures);
      if (r && isLowExecutionRate(r)) rate = show(r, 2);
    }
    for (const c of claims) {
      if (short.length > 0) {
        const evidence = short.slice(0, 3).join('；') + (short.length > 3 ? ` 等 ${short.length} 项未达标` : '');
        report({
          messageId: 'claimVsShortfall',
          severity: certain || ctx.figures ? 'error' : 'warning',
          start: c.start,
          end: c.end,
          related,
          data: { claim: c.text, evidence },
          evidence: { claim: c.text, shortfalls: short, rate },
        });
      } else if (rate !== null) {
        report({ messageId: 'claimVsLowRate', severity: 'warning', start: c.start, end: c.end, related, data: { claim: c.text, rate }, evidence: { claim: c.text, rate } });
      }
    }
  },
};
