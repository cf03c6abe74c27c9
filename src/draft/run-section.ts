import type { DraftData } from './facts/build';
import type { Fact } from './facts/fact';
import type { SectionPlan, Slot } from './plan';
import type { DraftProvider, ProviderFailure, SlotIssue, SlotTexts } from './provider';
import { renderRefs } from './refs';
import { checkSlot, describeProblems, tidyModelText, type SlotCheck } from './verify/slot';

type SlotOrigin = 'template' | 'llm' | 'repaired' | 'fallback';

/** Why a slot fell back to the template text. */
export type FallbackReason = 'failure' | 'missing' | 'ungrounded' | 'register' | 'repeated';

export interface SlotOutcome {
  slot: Slot;
  /** Final text, references rendered, without the enumeration marker. */
  text: string;
  origin: SlotOrigin;
  reason?: FallbackReason;
}

export interface SectionOutcome {
  plan: SectionPlan;
  slots: SlotOutcome[];
  failure?: ProviderFailure;
  /** The failure happened on the repair call (the first answer was used where it was sound). */
  repairFailed?: boolean;
}

/** Facts that may ground this section's numbers and the Latin words the request uses. */
interface SectionScope {
  allowed: Fact[];
  latin: ReadonlySet<string>;
}

export function sectionScope(plan: SectionPlan, data: DraftData, latin: ReadonlySet<string>): SectionScope {
  return { allowed: data.facts.list().filter((f) => plan.scope.includes(f.scope)), latin };
}

/** The template text of a slot, rendered. */
export function templateText(slot: Slot, data: DraftData): string {
  return renderRefs(slot.template, data.facts).text;
}

/**
 * Drafts one section with a provider: its answer is rendered and verified slot by slot; slots
 * that fail get one repair round with the list of problems; whatever still fails, is missing, or
 * could not be written falls back to the template text of that slot.
 */
export async function runSection(plan: SectionPlan, data: DraftData, provider: DraftProvider, scope: SectionScope, signal?: AbortSignal): Promise<SectionOutcome> {
  const fallback = (slot: Slot, reason: FallbackReason): SlotOutcome => ({ slot, text: templateText(slot, data), origin: 'fallback', reason });
  if (provider.name === 'template') return { plan, slots: plan.slots.map((slot) => ({ slot, text: templateText(slot, data), origin: 'template' })) };
  const first = await provider.draft(plan, data, signal);
  if (!first.ok) return { plan, slots: plan.slots.map((s) => fallback(s, 'failure')), failure: first.failure };
  const check = (raw: string | undefined): SlotCheck | null => {
    const t = raw === undefined ? '' : tidyModelText(raw);
    return t === '' ? null : checkSlot(t, data.facts, scope.allowed, scope.latin);
  };
  const checks = new Map(plan.slots.map((s) => [s.id, check(first.slots[s.id])]));
  const bad = plan.slots.filter((s) => checks.get(s.id) && !checks.get(s.id)!.ok);
  let repaired: SlotTexts = {};
  let outcome: SectionOutcome = { plan, slots: [] };
  if (bad.length > 0 && provider.repair) {
    const issues: SlotIssue[] = bad.map((s) => ({ slot: s.id, problems: describeProblems(checks.get(s.id)!) }));
    const previous = Object.fromEntries(bad.map((s) => [s.id, tidyModelText(first.slots[s.id]!)]));
    const second = await provider.repair(plan, data, previous, issues, signal);
    if (second.ok) repaired = second.slots;
    else outcome = { plan, slots: [], failure: second.failure, repairFailed: true };
  }
  outcome.slots = plan.slots.map((slot): SlotOutcome => {
    const c = checks.get(slot.id);
    if (!c) return fallback(slot, 'missing');
    if (c.ok) return { slot, text: c.text, origin: 'llm' };
    const r = check(repaired[slot.id]);
    if (r?.ok) return { slot, text: r.text, origin: 'repaired' };
    const last = r ?? c;
    return fallback(slot, last.offending.length > 0 || last.unknownRefs.length > 0 ? 'ungrounded' : 'register');
  });
  return outcome;
}
