/** Quality measures of a draft, for the eval and the tests: coverage, register, repetition. */
import type { DraftOutput } from '.';
import { requestStrings } from './draft-report';
import { formatLabelled } from './facts/format';
import type { DraftRequest } from './request';
import { findDraftRepeats } from './verify/repetition';
import { latinWordsOf, registerIssues } from './verify/register';

/** Character bigrams of a string, for a loose "does the text cover this title" test. */
const bigrams = (s: string) => new Set([...s.replace(/[，、。；：“”\s]/g, '')].map((c, i, a) => c + (a[i + 1] ?? '')).slice(0, -1));

/**
 * A highlight is covered when every one of its labelled numbers appears in the section, and its
 * summary phrase does too (or at least 60 % of its character bigrams, for a model's rewording).
 */
function highlightsCovered(text: string, request: DraftRequest): { covered: number; total: number } {
  let covered = 0;
  for (const h of request.highlights) {
    const numbersIn = h.numbers.every((n) => text.includes(formatLabelled(n.value, n.unit, n.approx)));
    const grams = bigrams(h.title);
    const have = [...grams].filter((g) => text.includes(g)).length;
    if (numbersIn && (text.includes(h.title) || have >= 0.6 * grams.size)) covered++;
  }
  return { covered, total: request.highlights.length };
}

export interface SectionRow {
  kind: string;
  numbers: number;
  grounded: number;
  repaired: number;
  fallenBack: number;
  length: number;
  register: number;
  highlights?: { covered: number; total: number };
}

/** Per-section figures of one draft, and the passages repeated across its sections. */
export function measureDraft(request: DraftRequest, out: DraftOutput): { rows: SectionRow[]; repeats: number } {
  const latin = latinWordsOf(requestStrings(request));
  const rows = out.sections.map((s, i): SectionRow => {
    const g = out.grounding.sections[i]!;
    return {
      kind: s.kind,
      numbers: g.numbers,
      grounded: g.grounded,
      repaired: g.repaired,
      fallenBack: g.fallenBack,
      length: s.text.replace(/\n/g, '').length,
      register: registerIssues(s.text, latin).length,
      ...(s.kind === 'achievements' ? { highlights: highlightsCovered(s.text, request) } : {}),
    };
  });
  const repeats = findDraftRepeats(out.sections.map((s) => s.text.split('\n'))).length;
  return { rows, repeats };
}
