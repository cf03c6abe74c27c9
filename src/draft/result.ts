import type { DraftNote } from './notes';
import type { ProviderName } from './provider';
import type { SectionKind } from './sections';

/** Grounding figures of one section: numbers stated, how many equal a fact, paragraphs repaired and fallen back. */
export interface SectionGrounding {
  kind: SectionKind;
  numbers: number;
  grounded: number;
  /** Paragraphs the model wrote that passed on the first try. */
  model: number;
  repaired: number;
  fallenBack: number;
  paragraphs: number;
  /** Numbers not accounted for by any fact (always empty unless something is badly wrong). */
  ungrounded: string[];
}

export interface DraftedSection {
  kind: SectionKind;
  title: string;
  text: string;
}

/** A problem found in the draft itself (register, repetition) or in the data it was drafted from. */
export interface DraftFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  section?: SectionKind;
  quote?: string;
}

export interface DraftResult {
  provider: ProviderName;
  model?: string;
  sections: DraftedSection[];
  grounding: {
    numbers: number;
    grounded: number;
    repaired: number;
    fallenBack: number;
    sections: SectionGrounding[];
  };
  findings: DraftFinding[];
  notes: DraftNote[];
}
