import { HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { DraftData } from '../facts/build';
import type { SectionPlan } from '../plan';
import { ref, refsIn, renderRefs } from '../refs';
import { renderPrompt, type PromptSet } from './prompts';

/** The facts a section's slots use, plus the year: the table the model refers to. */
function factLines(plan: SectionPlan, data: DraftData): string {
  const ids = new Set(['year', ...plan.slots.flatMap((s) => [...s.facts, ...refsIn(s.template)])]);
  return (
    data.facts
      .list()
      .filter((f) => ids.has(f.id))
      // a highlight's labels are the user's words: they stay inside <data>
      .map((f) => `${f.id} | ${f.scope === 'highlights' ? '工作要点中的数字（含义见数据）' : f.label} | ${f.text}`)
      .join('\n')
  );
}

function slotLines(plan: SectionPlan): string {
  return plan.slots
    .map((s) => {
      const facts = s.facts.length > 0 ? `可用事实：${s.facts.map(ref).join('、')}。` : '本段没有需要写的数字。';
      return `- slot ${s.id}：${s.brief}。${facts}参考内容：${s.guide ?? s.template}`;
    })
    .join('\n');
}

/**
 * Every string the user gave in the figures — department, function classes, projects, tasks,
 * indicator names and their stated target/actual values — longest first. Outside <data> the
 * prompt names them only by placeholder (〔名称1〕), the text itself goes into <data>, so an
 * instruction written into a project name is material, never part of the request.
 */
function userStrings(data: DraftData): string[] {
  const f = data.request.figures;
  const all = [f.department ?? '', ...f.byFunction.map((x) => x.name), ...f.projects.map((x) => x.name), ...f.indicators.flatMap((x) => [x.task ?? '', x.name, x.target, x.actual ?? ''])];
  return [...new Set(all.map((x) => x.trim()).filter((x) => x !== ''))].sort((a, b) => b.length - a.length);
}

/** Replaces user strings in the text by placeholders; `used` collects the ones replaced. */
function shield(text: string, names: readonly string[], used: Map<string, string>): string {
  if (names.length === 0) return text;
  let out = '';
  let i = 0;
  outer: while (i < text.length) {
    for (const n of names) {
      if (text.startsWith(n, i)) {
        let key = used.get(n);
        if (key === undefined) used.set(n, (key = `名称${used.size + 1}`));
        out += `〔${key}〕`;
        i += n.length;
        continue outer;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

/** The user's own words for this section as JSON; a closing </data> inside them is neutralised. */
function dataBlock(plan: SectionPlan, data: DraftData, names: ReadonlyMap<string, string> = new Map()): string {
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
  if (names.size > 0) value = { ...(value ?? {}), 名称: Object.fromEntries([...names].map(([text, key]) => [key, text])) };
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
  const names = userStrings(data);
  const used = new Map<string, string>();
  const slots = shield(slotLines(plan), names, used);
  const facts = shield(factLines(plan, data), names, used);
  const user = renderPrompt(prompts.section, {
    section_title: plan.title,
    year_text: data.year !== undefined ? `${data.year}年度` : '本年度',
    target_length: String(targetLength(plan, data)),
    slots,
    facts: facts || '（本节没有需要引用的事实）',
    data: dataBlock(plan, data, used),
  });
  return [new SystemMessage(system), new HumanMessage(user)];
}
