/**
 * An indicator's actual restated in running text (全年调解矛盾纠纷538件 for the indicator
 * 调解矛盾纠纷数, actual 583件): the figures under the most similar words, of the actual's
 * kind and unit, that are neither a stated target nor the target's value. One truth for the
 * figures file's actual (figures-mismatch) and for a 自评表 row's actual (restatement).
 */
import type Decimal from 'decimal.js';
import type { Quantity } from '../../../numbers';
import { derive, type NumberAnalysis } from './analysis';
import { exact, looseUnit } from '../../../domain';
import type { Mention } from './mention';
import { narrativePairs } from './narrative-indicators';
import { bigramOverlap, digitSlip, labelBigrams } from './slips';

/** Words around a narrative figure: its clause before it (全年办理法律援助案件). */
function clauseWords(a: NumberAnalysis, m: Mention): string {
  let k = m.q.start;
  while (k > 0 && m.q.start - k < 30 && !/[，,。；;！？\n]/.test(a.text[k - 1]!)) k--;
  return a.text.slice(k, m.q.start);
}

interface NarrativeActual {
  /** Every narrative figure taken for the indicator (to be marked as compared). */
  candidates: Mention[];
  /** Null when one of them equals the actual; else the most similar one, differing. */
  differing: { m: Mention; similarity: number } | null;
}

interface Clause {
  m: Mention;
  bigrams: Map<string, number>;
}

/**
 * Narrative figures that can restate an actual (counts and percentages outside tables, exact,
 * not a stated target) with their clause's bigrams, indexed by kind, unit and bigram: computed
 * once per document.
 */
function clauses(a: NumberAnalysis): Map<string, Clause[]> {
  return derive(a, 'narrativeActualClauses', () => {
    const targets = new Set(narrativePairs(a).map((p) => p.target.id));
    const index = new Map<string, Clause[]>();
    for (const m of a.mentions) {
      if (m.inTable || m.q.approx || m.q.range || targets.has(m.id) || (m.q.kind !== 'count' && m.q.kind !== 'percent')) continue;
      const c: Clause = { m, bigrams: labelBigrams(clauseWords(a, m)) };
      const kind = `${m.q.kind}|${looseUnit(m.q.unit)}|`;
      for (const b of c.bigrams.keys()) {
        const list = index.get(kind + b);
        if (list) list.push(c);
        else index.set(kind + b, [c]);
      }
    }
    return index;
  });
}

/**
 * The narrative figures restating an indicator's actual, by the indicator's words (name, and
 * its task). Null when none is found, or when the closest one is far from the actual (more than
 * twice or less than half: another figure) without being the actual's digits mistyped.
 */
export function narrativeActual(a: NumberAnalysis, words: string[], actual: Quantity, target: Quantity | null): NarrativeActual | null {
  if (actual.kind !== 'count' && actual.kind !== 'percent') return null;
  const index = clauses(a);
  const value = exact(actual.value);
  const kind = `${actual.kind}|${looseUnit(actual.unit)}|`;
  const wanted = words.map(labelBigrams);
  const targetValue = target ? exact(target.value) : null;
  // only figures of the actual's kind and unit sharing a bigram with the words can be similar enough
  const seen = new Set<Clause>();
  for (const wb of wanted) for (const b of wb.keys()) for (const c of index.get(kind + b) ?? []) seen.add(c);
  const found: Array<{ m: Mention; s: number }> = [];
  for (const c of seen) {
    let s = 0;
    for (const wb of wanted) s = Math.max(s, bigramOverlap(c.bigrams, wb));
    // the target restated is not the actual
    if (s >= 0.6 && !(targetValue && targetValue.eq(exact(c.m.q.value)))) found.push({ m: c.m, s });
  }
  if (found.length === 0) return null;
  const candidates = found.map((c) => c.m).sort((x, y) => x.q.start - y.q.start);
  if (found.some((c) => exact(c.m.q.value).eq(value))) return { candidates, differing: null };
  const best = found.sort((x, y) => y.s - x.s || x.m.q.start - y.m.q.start)[0]!;
  const v: Decimal = exact(best.m.q.value);
  // far from the actual, it is another figure — unless its digits are the actual's mistyped (728 for 278)
  if (value.gt(0) && (v.div(value).gt(2) || v.div(value).lt(0.5)) && !digitSlip(v, value)) return { candidates, differing: null };
  return { candidates, differing: { m: best.m, similarity: best.s } };
}
