import { buildDraftData } from './facts/build';
import { mapLimited } from './limit';
import { collectNotes, skippedNote, type DraftNote } from './notes';
import type { DraftProvider } from './provider';
import type { DraftRequest } from './request';
import type { DraftedSection, DraftResult, SectionGrounding } from './result';
import { runSection, sectionScope, type SectionOutcome } from './run-section';
import type { SectionKind } from './sections';
import { settleRepeats } from './settle-repeats';
import { planSections } from './template';
import { draftFindings } from './findings';
import { groundText } from './verify/grounding';
import { latinWordsOf } from './verify/register';

export interface DraftRun {
  provider: DraftProvider;
  signal?: AbortSignal;
  /** Called with each section as soon as it is final, in report order (for streaming). */
  onSection?: (section: DraftedSection, grounding: SectionGrounding) => void | Promise<void>;
  /** Sections drafted at once by a model (default 2). */
  concurrency?: number;
}

/** Every string of the request: the Latin words in them may appear in the draft. */
export function requestStrings(r: DraftRequest): string[] {
  const f = r.figures;
  return [
    f.department ?? '',
    ...f.byFunction.map((x) => x.name),
    ...f.projects.map((p) => p.name),
    ...f.indicators.flatMap((i) => [i.task ?? '', i.name, i.target, i.actual ?? '']),
    ...r.highlights.flatMap((h) => [h.title, h.detail, ...h.numbers.flatMap((n) => [n.label, n.unit])]),
    ...r.problems,
    ...r.measures,
  ];
}

/**
 * Drafts the sections of a validated request: plans computed in code, prose from the
 * provider, every number checked against the fact table, repairs and template fallbacks
 * where needed, repetition across sections settled, and a grounding summary per section.
 */
export async function draftReport(request: DraftRequest, kinds: readonly SectionKind[], skipped: readonly SectionKind[], run: DraftRun): Promise<DraftResult> {
  const data = buildDraftData(request);
  const plans = planSections(data, kinds);
  const latin = latinWordsOf(requestStrings(request));
  const scopes = plans.map((p) => sectionScope(p, data, latin));
  const pending = mapLimited(plans, run.concurrency ?? 2, (p, i) => runSection(p, data, run.provider, scopes[i]!, run.signal));
  const outcomes: SectionOutcome[] = [];
  const paragraphs: string[][] = [];
  const sections: DraftedSection[] = [];
  const groundings: SectionGrounding[] = [];
  for (const [i, p] of pending.entries()) {
    const o = await p;
    const paras = settleRepeats(o, paragraphs, data);
    const text = paras.join('\n');
    const g = groundText(text, scopes[i]!.allowed);
    const count = (origin: string) => o.slots.filter((s) => s.origin === origin).length;
    const grounding: SectionGrounding = {
      kind: o.plan.kind,
      numbers: g.numbers,
      grounded: g.grounded,
      model: count('llm'),
      repaired: count('repaired'),
      fallenBack: count('fallback'),
      paragraphs: paras.length,
      ungrounded: g.offending.map((x) => x.raw),
    };
    const section = { kind: o.plan.kind, title: o.plan.title, text };
    outcomes.push(o);
    paragraphs.push(paras);
    sections.push(section);
    groundings.push(grounding);
    await run.onSection?.(section, grounding);
  }
  const notes: DraftNote[] = [skippedNote(skipped), ...collectNotes(outcomes)].filter((n): n is DraftNote => n !== null);
  const sum = (k: 'numbers' | 'grounded' | 'repaired' | 'fallenBack') => groundings.reduce((a, g) => a + g[k], 0);
  return {
    provider: run.provider.name,
    ...(run.provider.model ? { model: run.provider.model } : {}),
    sections,
    grounding: { numbers: sum('numbers'), grounded: sum('grounded'), repaired: sum('repaired'), fallenBack: sum('fallenBack'), sections: groundings },
    findings: draftFindings(request, sections, paragraphs, latin),
    notes,
  };
}
