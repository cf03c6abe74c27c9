// What the check framework and the corpus rule need from the stored corpus: an interface the
// corpus storage implements (src/corpus/lookup.ts), so the framework depends on no storage code.
import type { ReportDocument } from '../model/document';
import type { DiffOp, PassageKind, TextSpan } from '../similarity/types';

/**
 * Lookup in the stored corpus (D1); implemented in src/corpus/lookup.ts
 * (StoredCorpusLookup: `createCorpusLookup(env.DB)` in the Worker, `openLocalCorpus()` in the CLI).
 */
export interface CorpusLookup {
  /**
   * Passages of the document's paragraphs found in stored reports, verified (findReuse),
   * sorted by position; a stored report with the document's own id is ignored. One
   * CorpusMatch per (checked passage, stored paragraph): a passage found in several
   * stored reports gives several matches with about the same `span`.
   */
  findInDocument(doc: ReportDocument): Promise<CorpusMatch[]>;
  /** The same for a bare text taken as one paragraph. */
  similar(text: string): Promise<CorpusMatch[]>;
  /** Number of stored reports. */
  size(): Promise<number>;
}

/** A passage of the checked text found in a stored report. */
export interface CorpusMatch {
  /** The checked passage: offsets into the checked text (ReportDocument.text). */
  span: TextSpan;
  quote: string;
  /** The stored report. */
  reportId: string;
  title: string;
  department?: string;
  year?: number;
  /** File name given when the report was added. */
  file?: string;
  /** The stored paragraph: 0-based among the report's paragraphs, its block id and place. */
  paragraphIndex: number;
  blockId: string;
  path: string[];
  page?: number;
  /** Full text of the stored paragraph, and its span in the stored report's text. */
  text: string;
  paragraphSpan: TextSpan;
  /** The matched stored passage: offsets into the stored report's normalized text, and its text. */
  storedSpan: TextSpan;
  storedQuote: string;
  kind: PassageKind;
  similarity: number;
  containment: number;
  /** Identical once numbers are masked, but not as written (数字不同). */
  digitsDiffer: boolean;
  /** Char diff: `a` spans in the checked text, `b` spans in the stored report's text. */
  diff: DiffOp[];
  /**
   * Distinct stored reports containing the passage or a near-identical one (own id
   * excluded): exact for rare passages, a lower bound for phrases with more than 32
   * slightly different stored versions.
   */
  documentFrequency: number;
  /** Distinct departments among them (a report without a department counts as its own). */
  departmentFrequency: number;
  /** departmentFrequency ≥ BOILERPLATE_MIN_DEPARTMENTS (3): a set phrase (套话), report as info. */
  boilerplate: boolean;
}
