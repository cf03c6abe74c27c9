import { blockAt, locate } from '../../check/locate';
import type { ReportDocument } from '../../model/document';
import { headingMarker } from '../../text/headings';
import type { Rule } from '../../check/types';
import { paced } from '../../pause';
import { findRepeatsSteps, groupRepeats, type RepeatGroup, type TextSpan } from '../../similarity';
import { compactDiff, describeDiff, kindLabel, percent, regionsOf, setPhrasesFor } from './shared';

/**
 * duplicate/within-report: a passage (a clause, sentences or whole paragraphs)
 * that appears again elsewhere in the same report. One finding per repeated
 * passage, on its last occurrence, with every earlier occurrence as related.
 */
export const withinReport: Rule = {
  meta: {
    id: 'duplicate/within-report',
    family: 'duplicate',
    description: '报告内部重复的段落、句子或分句',
    severity: 'warning',
    messages: {
      repeated: '这段文字与{{where}}{{kind}}（相似度 {{similarity}}，{{length}} 字）。',
      repeatedNear: '这段文字与{{where}}基本相同（相似度 {{similarity}}，{{length}} 字），差异：{{changes}}。',
      repeatedMany: '这段文字在报告中出现了 {{count}} 次（{{where}}），属于复制粘贴。',
    },
    fixes: {
      repeated: '保留一处，另一处删去或改写为针对本节内容的表述。',
      repeatedNear: '保留一处，另一处删去或改写为针对本节内容的表述。',
      repeatedMany: '只在最相关的一节保留，其余各处删去或改写。',
    },
  },
  async check(ctx, report) {
    const { doc } = ctx;
    const passages = (await paced(findRepeatsSteps(doc.text, regionsOf(doc), { setPhrases: setPhrasesFor(doc) }))).filter((p) => !isSharedListOpening(doc, p.a, p.b));
    for (const group of groupRepeats(passages)) reportGroup(group, ctx.doc, report);
  },
};

type Reporter = Parameters<Rule['check']>[1];

function reportGroup(group: RepeatGroup, doc: ReportDocument, report: Reporter) {
  const occ = group.occurrences;
  const last = occ[occ.length - 1]!;
  const earlier = occ.slice(0, -1).map((o) => locate(doc, o.start, o.end));
  const where = earlier.map((l) => placeName(l.path)).join('、');
  const best = group.passages.reduce((a, b) => (b.similarity > a.similarity ? b : a));
  const evidence = {
    kind: group.kind,
    similarity: round(best.similarity),
    containment: round(best.containment),
    length: group.length,
    occurrences: occ.length,
    diff: compactDiff(best.diff),
    digitsDiffer: best.digitsDiffer,
  };
  const base = { start: last.start, end: last.end, related: earlier, evidence };
  if (occ.length >= 3) {
    report({ ...base, messageId: 'repeatedMany', data: { count: occ.length, where: `${where}及此处` } });
  } else if (group.kind === 'exact') {
    report({ ...base, messageId: 'repeated', data: { where, kind: kindLabel('exact'), similarity: percent(best.similarity), length: group.length } });
  } else if (group.kind === 'near') {
    report({ ...base, messageId: 'repeatedNear', data: { where, similarity: percent(best.similarity), length: group.length, changes: describeDiff(best.diff, 'b') } });
  } else {
    report({ ...base, messageId: 'repeated', data: { where, kind: kindLabel('partial'), similarity: percent(best.similarity), length: group.length } });
  }
}

/**
 * Items of a numbered list ("(1)负责……会议的会务工作。" / "(2)负责……会议的决议……")
 * often open with the same words: when both sides start a numbered item and one
 * of them stops before its item ends, only the opening is shared — not a copy.
 */
function isSharedListOpening(doc: ReportDocument, a: TextSpan, b: TextSpan): boolean {
  const ba = blockAt(doc, a.start);
  const bb = blockAt(doc, b.start);
  if (!ba || !bb) return false;
  const opensItem = (block: typeof ba, span: TextSpan) => span.start - block.span.start <= 4 && headingMarker(doc.text.slice(block.span.start, block.span.end)) !== null;
  const endsEarly = (block: typeof ba, span: TextSpan) => block.span.end - span.end > 2;
  return opensItem(ba, a) && opensItem(bb, b) && (endsEarly(ba, a) || endsEarly(bb, b));
}

/** "二、综合评价分析 › （二）…" → the innermost section, quoted: "「（二）…」一节". */
function placeName(path: string[]): string {
  const inner = path[path.length - 1];
  return inner ? `「${inner}」一节` : '报告开头';
}

const round = (x: number) => Math.round(x * 1000) / 1000;
