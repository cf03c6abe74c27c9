import type { SectionPlan } from './plan';
import type { SlotOutcome } from './run-section';

/** The paragraphs of a section: one per slot, or the lead and the enumerated items run together in one. */
export function sectionParagraphs(plan: SectionPlan, slots: readonly SlotOutcome[]): string[] {
  const items = slots.map((s) => `${s.slot.marker ?? ''}${s.text}`);
  if (plan.join === 'paragraphs' || items.length === 0) return items;
  return [items.join('')];
}
