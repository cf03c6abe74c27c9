import { locate } from '../../check/locate';
import type { Rule } from '../../check/types';
import { findReuseSteps, type RepeatPassage } from '../../similarity';
import { paced, pauseIfDue } from '../../pause';
import { changedNumbers, compactDiff, describeDiff, kindLabel, percent, regionsOf, setPhrasesFor } from './shared';

/**
 * duplicate/against-reference: passages reused from a reference report (last
 * year's, another department's). Passages identical except for their numbers
 * are a stale template ("数字不同"): the figures were swapped into last year's text.
 */
export const againstReference: Rule = {
  meta: {
    id: 'duplicate/against-reference',
    family: 'duplicate',
    description: '与参照报告（上年报告、其他部门报告）重复的段落',
    severity: 'warning',
    perReference: true,
    messages: {
      reused: '这段文字与参照文件「{{file}}」{{where}}{{kind}}（相似度 {{similarity}}，{{length}} 字）{{changes}}。',
      staleTemplate: '这段文字与参照文件「{{file}}」{{where}}的表述相同、仅数字不同（数字不同：{{numbers}}），疑似套用旧模板只替换了数字。',
    },
    fixes: {
      reused: '按本年度、本部门的实际情况重新撰写，不要沿用参照报告的原文。',
      staleTemplate: '逐一核对这段话中的数字是否为本年度数据，并按本年度实际情况改写表述。',
    },
  },
  async check(ctx, report) {
    const { doc } = ctx;
    for (const ref of ctx.references) {
      await pauseIfDue();
      const passages = await paced(
        findReuseSteps(doc.text, regionsOf(doc), ref.doc.text, regionsOf(ref.doc), {
          setPhrases: setPhrasesFor(doc, ref.doc),
        }),
      );
      for (const p of passages) {
        if (isOnlyDataFormat(p)) continue;
        const related = [locate(ref.doc, p.b.start, p.b.end, ref.file)];
        const where = related[0]!.path.length ? `「${related[0]!.path[related[0]!.path.length - 1]}」一节` : '';
        const evidence = {
          kind: p.kind,
          similarity: round(p.similarity),
          containment: round(p.containment),
          length: p.length,
          digitsDiffer: p.digitsDiffer,
          diff: compactDiff(p.diff),
        };
        const base = { start: p.a.start, end: p.a.end, related, evidence };
        if (p.digitsDiffer) {
          const numbers = changedNumbers(p.diff).map((n) => `本文 ${n.a}，参照 ${n.b}`);
          report({ ...base, messageId: 'staleTemplate', data: { file: ref.file, where, numbers: numbers.slice(0, 3).join('；') || '见对照' } });
        } else {
          const changes = p.kind === 'exact' ? '' : `，差异：${describeDiff(p.diff, 'a')}`;
          report({
            ...base,
            messageId: 'reused',
            data: { file: ref.file, where, kind: kindLabel(p.kind), similarity: percent(p.similarity), length: p.length, changes },
          });
        }
      }
    }
  },
};

/**
 * A passage that only shares the standard way of stating figures ("支出按功能分类：
 * 一般公共服务支出#万元；教育支出#万元…") is the reporting format, not reuse: after
 * removing numbers, units and the shared fiscal labels, too little text is left.
 */
function isOnlyDataFormat(p: RepeatPassage): boolean {
  const prose = p.diff
    .filter((d) => d.op === 'equal')
    .map((d) => d.text)
    .join('')
    .replace(/[\u4e00-\u9fa5]{0,8}支出|[\d.,，、；：:;%％（）()\s。]|万元|亿元|元|预算|执行|分类|按|功能|性质|合计|其中|数|率|为|的/g, '');
  return prose.length < 12;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
