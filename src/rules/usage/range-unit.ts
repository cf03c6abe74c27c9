import type { Rule } from '../../check/types';
import { numberAnalysis } from '../number/shared/analysis';

/** Units whose omission on the low end changes the meaning (9~16亿 reads as 9 to 1.6 billion): magnitudes and %. */
const MUST_REPEAT = /^(%|‰|万|亿|千万|百万|万亿)/;

/** usage/range-unit: 9~16亿 should be 9亿~16亿, 15~30% should be 15%~30% (GB/T 15835-2011). */
export const rangeUnit: Rule = {
  meta: {
    id: 'usage/range-unit',
    family: 'usage',
    description: '数值范围省略了前一个数值的单位或百分号（9~16亿 应写为 9亿~16亿，GB/T 15835-2011）',
    severity: 'warning',
    messages: {
      rangeUnitOmitted: '数值范围“{{raw}}”省略了前一个数值的“{{unit}}”。',
    },
    fixes: {
      rangeUnitOmitted: '按 GB/T 15835-2011 写为“{{suggestion}}”。',
    },
  },
  check(ctx, report) {
    const a = numberAnalysis(ctx);
    for (const m of a.mentions) {
      const r = m.q.range;
      const unit = m.q.unit;
      if (!r || r.lowUnit !== null || unit === null || !MUST_REPEAT.test(unit)) continue;
      const parts = /^(.+?)\s*([~～〜\-－—–]+|至|到)\s*(.+)$/.exec(m.q.numberText);
      if (!parts) continue;
      const connector = parts[2] === '至' || parts[2] === '到' ? parts[2] : '~';
      const suggestion = `${parts[1]}${unit}${connector}${parts[3]}${unit}`;
      report({
        messageId: 'rangeUnitOmitted',
        start: m.q.start,
        end: m.q.end,
        data: { raw: m.q.raw, unit, suggestion },
        evidence: { unit, suggestion },
      });
    }
  },
};
