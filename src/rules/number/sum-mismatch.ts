import { locate } from '../../check/locate';
import type { Rule } from '../../check/types';
import { markChecked, numberAnalysis } from './shared/analysis';
import { agree, exact, show } from '../../domain';
import { keyName } from './shared/figure-key';
import { sumParts, sumRelations, type SumRelation } from './shared/sums';

const WHAT: Record<SumRelation['kind'], string> = {
  byFunction: '按功能分类各项',
  byNature: '基本支出与项目支出',
  qizhong: '“其中”所列各项',
  list: '所列各项',
  table: '表中各行',
};

function totalName(r: SumRelation): string {
  if (r.kind === 'table') return `合计行的${r.column ?? ''}`;
  if (r.total.key) return keyName(r.total.key);
  return '总数';
}

/** number/sum-mismatch: a total and its listed components, in exact decimals at the stated precision. */
export const sumMismatch: Rule = {
  meta: {
    id: 'number/sum-mismatch',
    family: 'number',
    description: '合计与分项之和不一致（按功能分类、按支出性质分类、“其中”所列各项、表格合计行）',
    severity: 'error',
    messages: {
      sumMismatch: '{{what}}之和 {{expression}}，与{{totalName}} {{stated}} 不一致，相差 {{difference}}。',
      sumRounding: '{{what}}之和 {{expression}}，与{{totalName}} {{stated}} 相差 {{difference}}，属尾数舍入级差异。',
      partsExceedTotal: '{{what}}之和 {{expression}}，超过总数 {{stated}}（多出 {{difference}}）。',
    },
    fixes: {
      sumMismatch: '核对各分项与合计：若分项无误，合计应为 {{computed}}；否则请更正有误的分项。',
      sumRounding: '各分项若是四舍五入后的数，可调整某一分项的尾数使之与合计一致，或在表述中注明尾差。',
      partsExceedTotal: '核对总数和各分项；若各项有交叉（同一对象计入多项），请在文字中说明。',
    },
  },
  check(ctx, report) {
    const a = numberAnalysis(ctx);
    for (const r of sumRelations(a)) {
      const s = sumParts(r);
      if (!s) continue;
      markChecked(ctx, a, r.total, ...r.parts);
      const total = r.total.q;
      const seps = total.separators || r.parts.some((p) => p.q.separators);
      const agreement = agree(total.value, total.decimals, s.value, s.slack);
      const exceeds = s.value.gt(exact(total.value));
      if (agreement === 'match') continue;
      // An incomplete list is compared only when it looks like a partition: a rounding-level
      // difference, or a shortfall of at most a tenth of the total (a slip, not a subset).
      const shortfall = exact(total.value).minus(s.value);
      // three or more categories that cover most of the whole read as its partition: up to a fifth may be a slip
      const tolerance = exact(total.value).div(r.parts.length >= 3 ? 5 : 10);
      const slip = r.partitionLike === true && (agreement === 'rounding' || (!exceeds && shortfall.lte(tolerance)));
      if (!r.complete && !slip && (!exceeds || agreement === 'rounding' || (r.parts.length >= 2 && r.partitionLike === false))) continue;
      const computed = show(s.value, Math.max(s.decimals, total.decimals), seps);
      const expression = `${r.parts.map((p) => p.q.numberText).join(' + ')} = ${computed}`;
      const difference = show(s.value.minus(exact(total.value)).abs(), Math.max(s.decimals, total.decimals), seps);
      const messageId = !r.complete && !slip ? 'partsExceedTotal' : agreement === 'rounding' ? 'sumRounding' : 'sumMismatch';
      // An excess over a total whose parts may overlap (其中党员…，女性…) depends on definitions;
      // a list that does not say it is complete (no 其他) is a warning.
      const severity = messageId === 'sumMismatch' && r.complete ? 'error' : messageId === 'partsExceedTotal' && r.parts.length === 1 ? 'error' : 'warning';
      const start = Math.min(...r.parts.map((p) => p.q.start));
      const end = Math.max(...r.parts.map((p) => p.q.end));
      report({
        messageId,
        severity,
        start,
        end,
        related: [locate(ctx.doc, total.start, total.end)],
        data: { what: WHAT[r.kind], expression, totalName: totalName(r), stated: total.numberText, difference, computed },
        evidence: {
          relation: r.kind,
          expression,
          stated: total.numberText,
          computed,
          difference,
          components: r.parts.map((p) => p.q.numberText),
          totalQuote: total.raw,
        },
      });
    }
  },
};
