import { figuresProblems, ratingFor, type FiguresProblem } from '../domain';
import type { DraftRequest } from './request';
import type { DraftedSection, DraftFinding } from './result';
import { findDraftRepeats } from './verify/repetition';
import { REGISTER_LABELS, registerIssues } from './verify/register';

/** What the draft did about a problem of the data, after the domain's message. */
function draftNote(p: FiguresProblem, request: DraftRequest): string {
  if (p.messageId === 'ratingMismatch') return `草稿已按得分写作“${ratingFor(request.figures.selfScore!)}”。`;
  return '草稿按各项原值照写，请核对数据。';
}

/**
 * Findings about the data the draft was written from: the figures' own problems (sums that do not add up, a rating its
 * score does not earn…), the same verdicts as the checker's (src/domain/figures-consistency.ts), under the same ids.
 */
function dataFindings(request: DraftRequest): DraftFinding[] {
  return figuresProblems(request.figures).map((p) => ({
    ruleId: p.ruleId,
    severity: p.severity,
    message: `${p.field}：${p.message}。${draftNote(p, request)}`,
    ...(p.messageId === 'ratingMismatch' ? { section: 'conclusion' as const } : {}),
  }));
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
