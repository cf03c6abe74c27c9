import type { Rule } from '../../check/types';
import { numberAnalysis } from '../number/shared/analysis';

/** Markers before a number that already make it approximate or a bound. */
const BEFORE = new Set(['近', '约', '大约', '将近', '接近', '逾', '超过']);
/** Markers after it that do the same: 余 多 左右 以上 之多. */
const AFTER = ['余', '多', '左右', '以上', '之多'];

/** usage/double-approximation: 近200余篇, 约50人左右 — approximate at one end only (模糊一头不能模糊两头). */
export const doubleApproximation: Rule = {
  meta: {
    id: 'usage/double-approximation',
    family: 'usage',
    description: '一个数字前后都用了概数词（近200余篇、约50人左右），应只保留一个',
    severity: 'warning',
    messages: {
      doubleApproximation: '“{{raw}}”前有“{{before}}”、后有“{{after}}”，概数词重复。',
    },
    fixes: {
      doubleApproximation: '只保留一个概数词，写为“{{withoutBefore}}”或“{{withoutAfter}}”。',
    },
  },
  check(ctx, report) {
    const a = numberAnalysis(ctx);
    for (const m of a.mentions) {
      const ap = m.q.approx;
      if (!ap?.before || !ap.after || !BEFORE.has(ap.before) || m.q.range) continue;
      if (!AFTER.some((x) => ap.after!.includes(x))) continue;
      const raw = m.q.raw;
      const withoutBefore = raw.slice(ap.before.length).replace(/^\s+/, '');
      const core = `${m.q.numberText}${m.q.unit ?? ''}`;
      const withoutAfter = `${ap.before}${core}`;
      report({
        messageId: 'doubleApproximation',
        start: m.q.start,
        end: m.q.end,
        data: { raw, before: ap.before, after: ap.after, withoutBefore, withoutAfter },
        evidence: { before: ap.before, after: ap.after, suggestions: [withoutBefore, withoutAfter] },
      });
    }
  },
};
