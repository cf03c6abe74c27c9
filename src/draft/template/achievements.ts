import { chineseOrdinal, SECTION_TITLES } from '../sections';
import { ref, type SectionPlan, type Slot, type WriterContext } from '../plan';
import type { Highlight } from '../request';
import { normalizeSentence } from '../text/sentence';
import { pick } from './variant';

/**
 * 主要工作成效: a lead sentence, then one item per highlight with its summary phrase first —
 * numbered subsections (1. …) or, for a few short items, 一是…二是… in one paragraph.
 */
export function planAchievements(c: WriterContext): SectionPlan {
  const hs = c.request.highlights;
  const style = hs.length === 1 ? 'single' : (c.request.options.achievementStyle ?? (hs.length <= 4 && hs.every((h) => h.detail.length <= 120) ? 'ordinal' : 'numbered'));
  const budget = c.request.options.targetLength ? Math.max(40, Math.floor(c.request.options.targetLength / hs.length) - 20) : Infinity;
  const lead: Slot = {
    id: 'lead',
    brief: '总起句：概括本年度围绕重点任务开展工作、取得成效（不写具体数字）',
    facts: c.year !== undefined ? ['year'] : [],
    template:
      pick(c.seed, 'achievements-lead', [
        `${c.yearRef}，${c.self}紧紧围绕年度重点工作任务，统筹推进各项工作，`,
        `${c.yearRef}，${c.self}坚持以年度重点任务为抓手，扎实推进各项工作落实，`,
        `${c.yearRef}，${c.self}认真落实年度工作部署，聚焦主责主业推进重点工作，`,
      ]) + (style === 'ordinal' ? '主要成效体现在以下方面。' : '取得了积极成效。'),
  };
  const items = hs.map((h, i): Slot => ({
    id: `h${i + 1}`,
    brief: `数据中的工作要点 h${i + 1}：以它的概括语开头，写明做法和成效，用上它的全部数字`,
    facts: h.numbers.map((_, j) => `h${i + 1}_n${j + 1}`),
    template: itemText(h, i + 1, budget, c),
    guide: `概括语和具体内容见数据中的 h${i + 1}${h.numbers.length > 0 ? `；数字依次为${h.numbers.map((_, j) => ref(`h${i + 1}_n${j + 1}`)).join('、')}` : ''}`,
    ...(style === 'single' ? {} : { marker: style === 'ordinal' ? `${chineseOrdinal(i + 1)}是` : `${i + 1}.` }),
  }));
  return { kind: 'achievements', title: SECTION_TITLES.achievements, join: style === 'ordinal' ? 'inline' : 'paragraphs', slots: [lead, ...items], scope: ['figures', 'highlights'] };
}

/** Summary phrase, the detail (cut at a sentence end to fit the length budget), then the labelled numbers the detail does not already state. */
function itemText(h: Highlight, n: number, budget: number, c: WriterContext): string {
  const title = normalizeSentence(h.title).replace(/。$/, '');
  let detail = normalizeSentence(h.detail);
  if (detail.length > budget) {
    const cut = detail.slice(0, budget).lastIndexOf('。');
    if (cut > 0) detail = detail.slice(0, cut + 1);
  }
  const pending = h.numbers.map((num, j) => ({ num, id: `h${n}_n${j + 1}` })).filter(({ id }) => !detail.includes(c.facts.text(id)));
  const numbers = pending.length > 0 ? `${pending.map(({ num, id }) => `${num.label}${ref(id)}`).join('，')}。` : '';
  return `${title}。${detail}${numbers}`;
}
