/**
 * Scoring of a numeric checker on the development set (../shared/devset/README.md,
 * “Scoring a checker”): pure functions over label quotes and findings located in the
 * same text (the document as written).
 *
 * - hit: a finding whose quote or a related quote overlaps a defect's quote span
 *   (kind and severity do not matter); each defect counts once;
 * - false alarm: an error-severity finding overlapping a trap, or any error in a clean document;
 * - unmatched: error findings in defective documents overlapping neither a defect nor a trap;
 * - warnings (and infos) on traps are listed separately.
 */

export interface Span {
  start: number;
  end: number;
}

export interface LabelledQuote {
  quote: string;
  kind?: string;
  note?: string;
}

/** One document's labels as in labels.json. */
export interface DevsetLabels {
  file: string;
  clean: boolean;
  figures?: string | null;
  defects: Array<LabelledQuote & { kind: string }>;
  traps: LabelledQuote[];
}

/** A finding reduced to what scoring needs; spans are offsets into `text`. */
export interface ScoredFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  quote: string;
  /** The finding's own span first, then its related spans in the same document. */
  spans: Span[];
}

export interface DocumentRun {
  labels: DevsetLabels;
  /** The text the label quotes are searched in (the document as written). */
  text: string;
  findings: ScoredFinding[];
}

export interface DefectResult {
  file: string;
  kind: string;
  quote: string;
  hit: boolean;
  /** Findings hitting it (rule ids with severity). */
  by: string[];
}

export interface TrapResult {
  file: string;
  quote: string;
  errors: ScoredFinding[];
  warnings: ScoredFinding[];
  infos: ScoredFinding[];
}

export interface DevsetScore {
  defects: DefectResult[];
  traps: TrapResult[];
  /** Per clean document: its error-severity findings. */
  cleanErrors: Array<{ file: string; errors: ScoredFinding[]; warnings: number }>;
  /** Error findings in defective documents overlapping neither a defect nor a trap. */
  unmatched: Array<{ file: string; finding: ScoredFinding }>;
  /** Quotes that could not be found in their document (the set or the text changed). */
  missingQuotes: Array<{ file: string; quote: string }>;
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Span of the first occurrence of `quote` in `text`, or undefined. */
export function spanOf(text: string, quote: string): Span | undefined {
  const i = text.indexOf(quote);
  return i < 0 || quote === '' ? undefined : { start: i, end: i + quote.length };
}

const touches = (f: ScoredFinding, span: Span) => f.spans.some((s) => overlaps(s, span));

/** Scores every document of a run. */
export function scoreDevset(runs: readonly DocumentRun[]): DevsetScore {
  const score: DevsetScore = { defects: [], traps: [], cleanErrors: [], unmatched: [], missingQuotes: [] };
  for (const { labels, text, findings } of runs) {
    const locate = (q: LabelledQuote) => {
      const s = spanOf(text, q.quote);
      if (!s) score.missingQuotes.push({ file: labels.file, quote: q.quote });
      return s;
    };
    const defectSpans = labels.defects.map(locate);
    const trapSpans = labels.traps.map(locate);
    labels.defects.forEach((d, i) => {
      const span = defectSpans[i];
      const by = span ? findings.filter((f) => touches(f, span)) : [];
      score.defects.push({ file: labels.file, kind: d.kind, quote: d.quote, hit: by.length > 0, by: by.map((f) => `${f.ruleId}(${f.severity})`) });
    });
    labels.traps.forEach((t, i) => {
      const span = trapSpans[i];
      const on = span ? findings.filter((f) => touches(f, span)) : [];
      score.traps.push({
        file: labels.file,
        quote: t.quote,
        errors: on.filter((f) => f.severity === 'error'),
        warnings: on.filter((f) => f.severity === 'warning'),
        infos: on.filter((f) => f.severity === 'info'),
      });
    });
    const errors = findings.filter((f) => f.severity === 'error');
    if (labels.clean) {
      score.cleanErrors.push({ file: labels.file, errors, warnings: findings.length - errors.length });
    } else {
      const labelled = [...defectSpans, ...trapSpans].filter((s): s is Span => s !== undefined);
      for (const f of errors) if (!labelled.some((s) => touches(f, s))) score.unmatched.push({ file: labels.file, finding: f });
    }
  }
  return score;
}

export interface KindSummary {
  kind: string;
  defects: number;
  hits: number;
}

export interface DevsetSummary {
  defects: number;
  hits: number;
  byKind: KindSummary[];
  cleanDocuments: number;
  cleanErrors: number;
  traps: number;
  /** Traps with at least one error-severity finding on them. */
  trapsWithErrors: number;
  /** Traps with a warning-severity finding on them. */
  trapsWithWarnings: number;
  /** Warning-severity findings on traps (a finding on two traps counts once per trap). */
  trapWarnings: number;
  unmatched: number;
}

/** Counts of a score, for the table and for thresholds. */
export function summarize(score: DevsetScore): DevsetSummary {
  const kinds = new Map<string, KindSummary>();
  for (const d of score.defects) {
    const k = kinds.get(d.kind) ?? { kind: d.kind, defects: 0, hits: 0 };
    kinds.set(d.kind, k);
    k.defects++;
    if (d.hit) k.hits++;
  }
  return {
    defects: score.defects.length,
    hits: score.defects.filter((d) => d.hit).length,
    byKind: [...kinds.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
    cleanDocuments: score.cleanErrors.length,
    cleanErrors: score.cleanErrors.reduce((n, c) => n + c.errors.length, 0),
    traps: score.traps.length,
    trapsWithErrors: score.traps.filter((t) => t.errors.length > 0).length,
    trapsWithWarnings: score.traps.filter((t) => t.warnings.length > 0).length,
    trapWarnings: score.traps.reduce((n, t) => n + t.warnings.length, 0),
    unmatched: score.unmatched.length,
  };
}
