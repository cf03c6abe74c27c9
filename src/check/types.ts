import type { ReportDocument } from '../model/document';
import type { Figures } from '../model/figures';
import type { CorpusLookup } from '../corpus/types';

export type Severity = 'error' | 'warning' | 'info';
export type RuleFamily = 'duplicate' | 'number' | 'usage';

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
  /**
   * The rule compares the report with ctx.references, one reference at a time, and reads
   * nothing else of them: such rules are the only ones a check against one reference runs
   * (checkAgainst in src/core), and the others never read ctx.references.
   */
  perReference?: true;
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

export interface Rule {
  meta: RuleMeta;
  check(ctx: CheckContext, report: (r: Report) => void): void | Promise<void>;
}
