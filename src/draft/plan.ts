import type { DraftData } from './facts/build';
import type { FactScope } from './facts/fact';
import { ref } from './refs';
import type { SectionKind } from './sections';

/**
 * One paragraph (or one item of an enumeration) of a section: what it must say, the facts it
 * may use, and the template provider's text for it. Fact references are written {fact_id}.
 */
export interface Slot {
  id: string;
  /** What the paragraph covers, in Chinese, for the model. */
  brief: string;
  /** Fact ids the paragraph should state. */
  facts: string[];
  /** The deterministic text (with {fact_id} references): the template provider's output and the fallback. */
  template: string;
  /**
   * What the model is shown as reference content instead of the template, when the template
   * quotes the user's own words (those reach the model only inside the <data> block).
   */
  guide?: string;
  /** Prefix code adds in front of the slot's text (1. / 一是 / （一）); never written by the model. */
  marker?: string;
}

/** What one section will say, decided in code before any prose is written. */
export interface SectionPlan {
  kind: SectionKind;
  title: string;
  /** 'paragraphs': one paragraph per slot; 'inline': the first slot leads and the rest follow in the same paragraph. */
  join: 'paragraphs' | 'inline';
  slots: Slot[];
  /** Which facts may ground this section's numbers. */
  scope: FactScope[];
}

/** Shared by the section writers: the request's data and how the unit names itself. */
export interface WriterContext extends DraftData {
  self: string;
  /** 2021年 / 本年 as a fact reference or plain words. */
  yearRef: string;
  /** Chooses among equivalent phrasings (department and year): see template/variant.ts. */
  seed: string;
}

export { ref, refsIn } from './refs';

export function writerContext(data: DraftData): WriterContext {
  const f = data.request.figures;
  return { ...data, self: data.request.options.selfReference, yearRef: data.year !== undefined ? ref('year') : '本年', seed: `${f.department ?? ''}|${data.year ?? ''}` };
}
