import { sectionParagraphs } from './assemble';
import type { DraftData } from './facts/build';
import { templateText, type SectionOutcome } from './run-section';
import { findDraftRepeats } from './verify/repetition';

/** The slot holding offset `at` of paragraph `p` (an inline paragraph runs several slots together). */
function slotAt(o: SectionOutcome, p: number, at: number): number {
  if (o.plan.join === 'paragraphs') return p;
  let end = 0;
  for (const [i, s] of o.slots.entries()) {
    end += (s.slot.marker ?? '').length + s.text.length;
    if (at < end) return i;
  }
  return o.slots.length - 1;
}

/**
 * Gives a section its final paragraphs: a model-written slot that repeats a passage of an
 * earlier section falls back to its template text, until no model slot repeats one.
 */
export function settleRepeats(o: SectionOutcome, earlier: ReadonlyArray<readonly string[]>, data: DraftData): string[] {
  const me = earlier.length;
  for (;;) {
    const paragraphs = sectionParagraphs(o.plan, o.slots);
    const mine = findDraftRepeats([...earlier, paragraphs]).flatMap((r) => [r.first, r.second].filter((s) => s.section === me));
    const culprit = mine.map((s) => slotAt(o, s.paragraph, s.start)).find((i) => ['llm', 'repaired'].includes(o.slots[i]!.origin));
    if (culprit === undefined) return paragraphs;
    const slot = o.slots[culprit]!.slot;
    o.slots[culprit] = { slot, text: templateText(slot, data), origin: 'fallback', reason: 'repeated' };
  }
}
