import type { ReportDocument } from '../model/document';
import type { Figures } from '../model/figures';
import { runRules, type CheckResult } from './runner';
import type { CorpusLookup } from '../corpus/types';
import type { CheckContext, ReferenceDoc, Rule } from './types';

export interface CheckInput {
  doc: ReportDocument;
  references?: ReferenceDoc[];
  figures?: Figures | undefined;
  corpus?: CorpusLookup | undefined;
  /** The rules to run: the framework knows none itself (the core passes src/rules' list). */
  rules: readonly Rule[];
  /** Shared analyses, to read them after the check (the claims table reads the number analysis). */
  memo?: Map<string, unknown>;
}

/** Checks one report with the given rules. */
export async function checkDocument(input: CheckInput): Promise<CheckResult> {
  const memo = input.memo ?? new Map<string, unknown>();
  const ctx: CheckContext = {
    doc: input.doc,
    references: input.references ?? [],
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
    stats: {},
  };
  if (input.figures !== undefined) ctx.figures = input.figures;
  if (input.corpus !== undefined) ctx.corpus = input.corpus;
  const result = await runRules(ctx, input.rules);
  return { findings: result.findings, stats: { ...result.stats, ...ctx.stats } };
}
