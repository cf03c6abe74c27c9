import type { ReportDocument } from '../model/document';
import type { Figures } from '../model/figures';
import type { DiffOp, PassageKind, TextSpan } from '../similarity/types';

export type Severity = 'error' | 'warning' | 'info';
export type RuleFamily = 'duplicate' | 'number' | 'structure' | 'usage';

/** A place in a document: this report, a reference file or a stored report. */
export interface Location {
  start: number;
  end: number;
  quote: string;
  /** Section titles around the place, outermost first. */
  path: string[];
  page?: number;
  /** Set when the place is in another document. */
  file?: string;
  documentId?: string;
  title?: string;
}

/** One problem found in a report: plain data, identical for identical input. */
export interface Finding extends Location {
  ruleId: string;
  messageId: string;
  severity: Severity;
  /** What is wrong, in Chinese, with the evidence. */
  message: string;
  /** How to fix it, in Chinese. */
  fix?: string;
  related: Location[];
  evidence: Record<string, unknown>;
}

/** A rule's description: its id is `family/name`, its messages are keyed by messageId. */
export interface RuleMeta {
  id: string;
  family: RuleFamily;
  description: string;
  severity: Severity;
  /** Message templates with `{{name}}` placeholders. */
  messages: Record<string, string>;
  /** Fix suggestions per messageId (optional). */
  fixes?: Record<string, string>;
}

/** A reference document a report is compared with (last year's, another department's). */
export interface ReferenceDoc {
  file: string;
  doc: ReportDocument;
}

/** What a rule reports: spans into the checked document, the rest is filled in by the runner. */
export interface Report {
  messageId: string;
  start: number;
  end: number;
  data?: Record<string, string | number>;
  severity?: Severity;
  related?: Location[];
  evidence?: Record<string, unknown>;
}

export interface CheckContext {
  doc: ReportDocument;
  references: ReferenceDoc[];
  figures?: Figures;
  corpus?: CorpusLookup;
  /** Analyses shared by several rules (e.g. the extracted quantities), computed once. */
  memo<T>(key: string, compute: () => T): T;
  /** Counters rules add to the document's stats (numbers found / checked / matched …). */
  stats: Record<string, number>;
  /** Id of the rule being run (set by the runner), so shared analyses can record who checked what. */
  ruleId?: string;
}

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

export interface Rule {
  meta: RuleMeta;
  check(ctx: CheckContext, report: (r: Report) => void): void | Promise<void>;
}
