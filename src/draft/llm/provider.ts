import { AIMessage, HumanMessage } from '@langchain/core/messages';
import type { DraftData } from '../facts/build';
import type { SectionPlan } from '../plan';
import type { DraftProvider, ProviderFailure, ProviderOutput, SlotTexts } from '../provider';
import { callModel, createSectionModel, type CallResult } from './call';
import type { LlmConfig } from './config';
import { sectionMessages } from './messages';
import type { ModelOutput } from './output-schema';
import { renderPrompt, type PromptSet } from './prompts';

const toSlots = (o: ModelOutput): SlotTexts => {
  const out: SlotTexts = {};
  for (const p of o.paragraphs) if (out[p.slot] === undefined) out[p.slot] = p.text;
  return out;
};

/**
 * The model provider: any OpenAI-compatible chat endpoint through LangChain, structured output
 * validated by zod. A malformed answer gets one format repair; after a provider failure
 * (auth, rate limit, timeout, server) no further calls are made for the rest of the draft.
 */
export function createLlmProvider(config: LlmConfig, prompts: PromptSet): DraftProvider {
  const model = createSectionModel(config);
  let broken = false;
  const failed = (failure: ProviderFailure): ProviderOutput => {
    broken = true;
    return { ok: false, failure };
  };
  const repairMessage = (issues: string, slots: string) => new HumanMessage(renderPrompt(prompts.repair, { issues, slots }));
  const settle = (r: CallResult, invalidKind: 'malformed' | 'empty', attempts: number): ProviderOutput => {
    if (r.ok) return { ok: true, slots: toSlots(r.output) };
    if (!r.invalid) return failed(r.failure);
    return { ok: false, failure: { kind: invalidKind, attempts } };
  };
  return {
    name: 'llm',
    model: config.model,
    async draft(plan: SectionPlan, data: DraftData, signal?: AbortSignal) {
      if (broken) return { ok: false, failure: { kind: 'unavailable', attempts: 0 } };
      const messages = sectionMessages(plan, data, prompts);
      const first = await callModel(model, messages, config, signal);
      if (first.ok || !first.invalid) return settle(first, 'malformed', 1);
      const slots = plan.slots.map((s) => s.id).join('、');
      const again = await callModel(model, [...messages, new AIMessage(first.raw.slice(0, 6000) || '（空）'), repairMessage(first.reason, slots)], config, signal);
      const emptyTwice = first.raw.trim() === '' && !again.ok && again.invalid && again.raw.trim() === '';
      const out = settle(again, emptyTwice ? 'empty' : 'malformed', 2);
      return out.ok ? { ...out, formatRepaired: true } : out;
    },
    async repair(plan, data, previous, issues, signal) {
      if (broken) return { ok: false, failure: { kind: 'unavailable', attempts: 0 } };
      const answer = JSON.stringify({ paragraphs: Object.entries(previous).map(([slot, text]) => ({ slot, text })) });
      const list = issues.map((i) => `- slot ${i.slot}：${i.problems.join('；')}`).join('\n');
      const r = await callModel(model, [...sectionMessages(plan, data, prompts), new AIMessage(answer), repairMessage(list, issues.map((i) => i.slot).join('、'))], config, signal);
      return settle(r, 'malformed', 1);
    },
  };
}
