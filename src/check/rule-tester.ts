import { expect } from 'vitest';
import { ingestText } from '../ingest/ingest';
import type { Figures } from '../model/figures';
import { checkDocument } from './check-document';
import type { CorpusLookup } from '../corpus/types';
import type { Finding, Rule } from './types';

interface InvalidCase {
  text: string;
  references?: Array<{ file: string; text: string }>;
  figures?: Figures;
  corpus?: CorpusLookup;
  /** Expected findings in document order: messageId, and optionally quotes and severity. */
  errors: Array<{ messageId: string; severity?: string; quote?: string | RegExp; relatedQuote?: string | RegExp; evidence?: Record<string, unknown> }>;
}

/** Runs one rule on text. */
export async function runRule(rule: Rule, text: string, extra: Omit<InvalidCase, 'text' | 'errors'> = {}): Promise<Finding[]> {
  const doc = await ingestText(text);
  const references = await Promise.all((extra.references ?? []).map(async (r) => ({ file: r.file, doc: await ingestText(r.text) })));
  return (await checkDocument({ doc, references, figures: extra.figures, corpus: extra.corpus, rules: [rule] })).findings;
}

/** ESLint-style rule test: `valid` texts give no finding, each `invalid` case gives exactly its errors. */
export async function testRule(rule: Rule, cases: { valid: string[]; invalid: InvalidCase[] }): Promise<void> {
  for (const text of cases.valid) {
    const found = await runRule(rule, text);
    expect(
      found.map((f) => `${f.messageId}: ${f.quote}`),
      `valid case should have no finding:\n${text}`,
    ).toEqual([]);
  }
  for (const c of cases.invalid) {
    const found = await runRule(rule, c.text, c);
    expect(
      found.map((f) => f.messageId),
      `findings for:\n${c.text}`,
    ).toEqual(c.errors.map((e) => e.messageId));
    c.errors.forEach((e, i) => {
      const f = found[i]!;
      if (e.severity) expect(f.severity).toBe(e.severity);
      if (e.quote !== undefined) expect(f.quote).toMatch(e.quote);
      if (e.relatedQuote !== undefined) expect(f.related.map((r) => r.quote).join('\n')).toMatch(e.relatedQuote);
      if (e.evidence) expect(f.evidence).toMatchObject(e.evidence);
    });
  }
}
