import type { DraftData } from './facts/build';
import type { SectionPlan } from './plan';

export type ProviderName = 'template' | 'llm';

/** Why a provider produced nothing usable; each maps to a note in the response, never to a 500. */
export type FailureKind = 'rate_limit' | 'auth' | 'timeout' | 'server' | 'network' | 'bad_request' | 'malformed' | 'empty' | 'unavailable';

export interface ProviderFailure {
  kind: FailureKind;
  /** HTTP status from the provider, when there was one. */
  status?: number;
  /** Attempts made (1 + retries). */
  attempts: number;
}

/** Text per slot id, with {fact_id} references; slots may be missing. */
export type SlotTexts = Record<string, string>;

export type ProviderOutput = { ok: true; slots: SlotTexts; formatRepaired?: boolean } | { ok: false; failure: ProviderFailure };

/** What a slot got wrong, in Chinese, for the repair round. */
export interface SlotIssue {
  slot: string;
  problems: string[];
}

/** Writes the slots of a section. The template provider never fails; the llm provider may, and may repair once. */
export interface DraftProvider {
  readonly name: ProviderName;
  readonly model?: string;
  draft(plan: SectionPlan, data: DraftData, signal?: AbortSignal): Promise<ProviderOutput>;
  repair?(plan: SectionPlan, data: DraftData, previous: SlotTexts, issues: SlotIssue[], signal?: AbortSignal): Promise<ProviderOutput>;
}

/** The deterministic provider: each slot's template text. Offline, instant, the default. */
export const templateProvider: DraftProvider = {
  name: 'template',
  async draft(plan) {
    return { ok: true, slots: Object.fromEntries(plan.slots.map((s) => [s.id, s.template])) };
  },
};
