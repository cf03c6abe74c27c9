import type { Location, Rule } from '../../check/types';
import type { CorpusMatch } from '../../corpus/types';
import { compactDiff, describeDiff, kindLabel, percent } from './shared';

/** At most this many stored places are listed for one passage. */
const MAX_RELATED = 5;

/**
 * duplicate/corpus: passages found in reports of the stored corpus (`check --corpus`).
 * A passage many departments' reports share is the genre's boilerplate (套话): info, not copying.
 */
export const corpusReuse: Rule = {
  meta: {
    id: 'duplicate/corpus',
    family: 'duplicate',
    description: '与报告库中已存报告重复的段落；多个部门共有的套话单独标为提示',
    severity: 'warning',
    messages: {
      copied: '这段文字与报告库中的「{{title}}」{{where}}{{kind}}（相似度 {{similarity}}）{{changes}}{{more}}。',
      staleTemplate: '这段文字与报告库中的「{{title}}」{{where}}表述相同、仅数字不同，疑似套用旧模板只替换了数字{{more}}。',
      boilerplate: '这段话在报告库中 {{departments}} 个部门的 {{reports}} 份报告里都出现过，属于通用套话，不能反映本部门的具体情况。',
    },
    fixes: {
      copied: '按本部门本年度的实际情况重新撰写这段内容。',
      staleTemplate: '逐一核对这段话中的数字是否为本年度数据，并按实际情况改写。',
      boilerplate: '结合本部门的具体数据和事例改写，写明问题或成效的具体内容。',
    },
  },
  async check(ctx, report) {
    if (!ctx.corpus) return;
    const matches = await ctx.corpus.findInDocument(ctx.doc);
    for (const group of groupBySpan(matches)) {
      const best = group.reduce((a, b) => (b.similarity > a.similarity ? b : a));
      const related = group.slice(0, MAX_RELATED).map(corpusLocation);
      const evidence = {
        kind: best.kind,
        similarity: round(best.similarity),
        containment: round(best.containment),
        digitsDiffer: best.digitsDiffer,
        documentFrequency: best.documentFrequency,
        departmentFrequency: best.departmentFrequency,
        diff: compactDiff(best.diff),
        stored: group.map((m) => ({ reportId: m.reportId, title: m.title, department: m.department, year: m.year, paragraphIndex: m.paragraphIndex })),
      };
      const base = { start: best.span.start, end: best.span.end, related, evidence };
      // The group's longest passage decides: a copied paragraph that contains a set phrase is a copy.
      const longest = group.reduce((a, b) => (b.span.end - b.span.start > a.span.end - a.span.start ? b : a));
      if (longest.boilerplate) {
        report({
          ...base,
          messageId: 'boilerplate',
          severity: 'info',
          data: { departments: best.departmentFrequency, reports: best.documentFrequency },
        });
        continue;
      }
      const where = `${describeStored(best)}第 ${best.paragraphIndex + 1} 段`;
      const more = group.length > 1 ? `；另有 ${group.length - 1} 份已存报告含相同内容` : '';
      if (best.digitsDiffer) report({ ...base, messageId: 'staleTemplate', data: { title: best.title, where, more } });
      else {
        const changes = best.kind === 'exact' ? '' : `，差异：${describeDiff(best.diff, 'a')}`;
        report({
          ...base,
          messageId: 'copied',
          data: { title: best.title, where, kind: kindLabel(best.kind), similarity: percent(best.similarity), changes, more },
        });
      }
    }
  },
};

function describeStored(m: CorpusMatch): string {
  const who = [m.department, m.year ? `${m.year}年` : undefined].filter(Boolean).join('，');
  return who ? `（${who}）` : '';
}

/**
 * Matches of the same checked passage together, in text order: spans overlapping by at
 * least 80% of the longer one. A set phrase inside a copied paragraph stays its own group.
 */
function groupBySpan(matches: CorpusMatch[]): CorpusMatch[][] {
  const sorted = [...matches].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const groups: CorpusMatch[][] = [];
  for (const m of sorted) {
    const g = groups.find((x) => sameSpan(x[0]!, m));
    if (g) g.push(m);
    else groups.push([m]);
  }
  return groups;
}

function sameSpan(a: CorpusMatch, b: CorpusMatch): boolean {
  const overlap = Math.min(a.span.end, b.span.end) - Math.max(a.span.start, b.span.start);
  return 5 * overlap >= 4 * Math.max(a.span.end - a.span.start, b.span.end - b.span.start);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The stored side of a match as a Location (offsets into the stored report's normalized text). */
function corpusLocation(m: CorpusMatch): Location {
  const loc: Location = {
    start: m.storedSpan.start,
    end: m.storedSpan.end,
    quote: m.storedQuote,
    path: m.path,
    documentId: m.reportId,
    title: m.title,
    file: m.file ?? m.title,
  };
  if (m.page !== undefined) loc.page = m.page;
  return loc;
}
