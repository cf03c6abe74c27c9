import Decimal from 'decimal.js';
import { ratingFor } from './analysis/rating';
import { formatAmount } from './facts/format';
import type { DraftRequest } from './request';
import type { DraftedSection, DraftFinding } from './result';
import { findDraftRepeats } from './verify/repetition';
import { REGISTER_LABELS, registerIssues } from './verify/register';

/** Findings about the data the draft was written from: sums that do not add up, a rating its score does not earn. */
export function dataFindings(request: DraftRequest): DraftFinding[] {
  const f = request.figures;
  const out: DraftFinding[] = [];
  const sumCheck = (ruleId: string, what: string, parts: string[]) => {
    if (f.execution === undefined || parts.length === 0) return;
    const sum = parts.reduce((a, p) => a.plus(p), new Decimal(0));
    if (sum.eq(f.execution)) return;
    out.push({
      ruleId,
      severity: 'warning',
      message: `${what}合计 ${formatAmount(sum.toString(), f.unit)} 与全年执行数 ${formatAmount(f.execution, f.unit)} 不一致（相差 ${formatAmount(sum.minus(f.execution).abs().toString(), f.unit)}）：草稿按各项原值照写，请核对数据。`,
    });
  };
  sumCheck('draft/function-sum', '支出按功能分类', f.byFunction.map((x) => x.amount));
  if (f.byNature) sumCheck('draft/nature-sum', '基本支出与项目支出', [f.byNature.basic, f.byNature.project]);
  if (f.selfScore !== undefined && f.rating !== undefined && ratingFor(f.selfScore) !== f.rating) {
    const earned = ratingFor(f.selfScore);
    out.push({
      ruleId: 'draft/rating-mismatch',
      severity: 'warning',
      message: `自评等级“${f.rating}”与自评得分 ${f.selfScore} 分不符：按评分标准（优≥90，良80–89.99，中60–79.99，差<60）应为“${earned}”，草稿已按得分写作“${earned}”。`,
      section: 'conclusion',
    });
  }
  return out;
}

/** Findings about the draft itself: register problems and passages repeated across sections. */
export function draftFindings(request: DraftRequest, sections: readonly DraftedSection[], paragraphs: ReadonlyArray<readonly string[]>, latin: ReadonlySet<string>): DraftFinding[] {
  const out = dataFindings(request);
  for (const s of sections) {
    for (const r of registerIssues(s.text, latin)) {
      out.push({ ruleId: `draft/register-${r.code}`, severity: 'warning', message: `${REGISTER_LABELS[r.code]}：“${r.quote}”。`, section: s.kind, quote: r.quote });
    }
  }
  for (const r of findDraftRepeats(paragraphs)) {
    const a = sections[r.first.section]!;
    const b = sections[r.second.section]!;
    out.push({
      ruleId: 'draft/repetition',
      severity: 'warning',
      message: `“${a.title}”与“${b.title}”有一段文字重复：“${r.second.quote.slice(0, 60)}”。请改写其中一处。`,
      section: b.kind,
      quote: r.second.quote,
    });
  }
  return out;
}
