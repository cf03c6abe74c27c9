import { HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { DraftData } from '../facts/build';
import type { SectionPlan } from '../plan';
import { ref, refsIn, renderRefs } from '../refs';
import { renderPrompt, type PromptSet } from './prompts';

/** The facts a section's slots use, plus the year: the table the model refers to. */
function factLines(plan: SectionPlan, data: DraftData): string {
  const ids = new Set(['year', ...plan.slots.flatMap((s) => [...s.facts, ...refsIn(s.template)])]);
  return data.facts
    .list()
    .filter((f) => ids.has(f.id))
    // a highlight's labels are the user's words: they stay inside <data>
    .map((f) => `${f.id} | ${f.scope === 'highlights' ? '工作要点中的数字（含义见数据）' : f.label} | ${f.text}`)
    .join('\n');
}

function slotLines(plan: SectionPlan): string {
  return plan.slots
    .map((s) => {
      const facts = s.facts.length > 0 ? `可用事实：${s.facts.map(ref).join('、')}。` : '本段没有需要写的数字。';
      return `- slot ${s.id}：${s.brief}。${facts}参考内容：${s.guide ?? s.template}`;
    })
    .join('\n');
}

/** The user's own words for this section as JSON; a closing </data> inside them is neutralised. */
function dataBlock(plan: SectionPlan, data: DraftData): string {
  const r = data.request;
  let value: unknown = null;
  if (plan.kind === 'achievements') {
    value = {
      工作要点: r.highlights.map((h, i) => ({
        slot: `h${i + 1}`,
        概括语: h.title,
        具体内容: h.detail,
        数字: h.numbers.map((n, j) => ({ 含义: n.label, 事实编号: `h${i + 1}_n${j + 1}` })),
      })),
    };
  } else if (plan.kind === 'problems' && r.problems.length > 0) value = { 问题提示: r.problems };
  else if (plan.kind === 'measures' && r.measures.length > 0) value = { 措施提示: r.measures };
  if (value === null) return '（本节没有用户提供的文字素材）';
  return JSON.stringify(value, null, 1).replace(/<\/?data>/gi, (m) => m.replace('<', '＜'));
}

/** About how long the section should be: the option, or the length of the template text. */
function targetLength(plan: SectionPlan, data: DraftData): number {
  if (data.request.options.targetLength) return data.request.options.targetLength;
  const len = plan.slots.reduce((a, s) => a + renderRefs(s.template, data.facts).text.length, 0);
  return Math.max(100, Math.round(len / 50) * 50);
}

/** System and user messages asking for one section. */
export function sectionMessages(plan: SectionPlan, data: DraftData, prompts: PromptSet): BaseMessage[] {
  const system = renderPrompt(prompts.system, { self_reference: data.request.options.selfReference });
  const user = renderPrompt(prompts.section, {
    section_title: plan.title,
    year_text: data.year !== undefined ? `${data.year}年度` : '本年度',
    target_length: String(targetLength(plan, data)),
    slots: slotLines(plan),
    facts: factLines(plan, data) || '（本节没有需要引用的事实）',
    data: dataBlock(plan, data),
  });
  return [new SystemMessage(system), new HumanMessage(user)];
}
