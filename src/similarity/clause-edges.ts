import { diffStrings, equalCount } from './diff';
import { BRK_CLAUSE, BRK_COLON, BRK_LEVEL, BRK_REGION, BRK_SENTENCE, type MatchView } from './match-text';

/**
 * Whether [from, to) covers a whole clause (text between ，。；！？ or region edges) of at
 * least `minChars` chars, allowing `slack` uncovered chars at each end of the clause
 * (a prefix like 我们 or a changed last char). A shared opening phrase of two list items
 * ends mid-clause and covers none; a lead-in label ending in ：(绩效目标完成情况：) does
 * not close a clause, nor does a paragraph edge without punctuation (a title, a form or
 * table line, a PDF line break), though a paragraph start opens one.
 */
export function hasCompleteClause(view: MatchView, from: number, to: number, slack = 3, minChars = 6): boolean {
  const lo = Math.max(0, from - slack);
  const hi = Math.min(view.text.length, to + slack);
  let prev = -1;
  for (let p = lo; p <= hi; p++) {
    const b = view.brk[p] ?? 0;
    const ends = (b & BRK_LEVEL) >= BRK_CLAUSE;
    if (ends && prev >= 0 && Math.min(p, to) - Math.max(prev, from) >= minChars) return true;
    if (ends || b & BRK_REGION) prev = p;
  }
  return false;
}

export interface EdgeOptions {
  /** A clause boundary at most this many chars inside an end is where the passage really ends (default 3). */
  trim?: number;
  /** Likewise for a sentence or paragraph boundary (default 9: a matched head or tail shorter than a seed run). */
  sentenceTrim?: number;
  /** Look this far outside an end for a clause boundary (default 12). */
  slack?: number;
  /** Dissimilar stretches up to this long (我们, 我部门, 二是) are still taken in (default 6). */
  prefix?: number;
  /** Self-comparison: keep side a before side b. */
  self?: boolean;
}

/** Any boundary: punctuation (：and up) or a region edge. */
const at = (v: MatchView, p: number) => (v.brk[p] ?? 0) !== 0;

/**
 * Settle the ends of a matched passage [aFrom, aTo) ~ [bFrom, bTo) on clause boundaries.
 * An end that overshoots a boundary by a few coincidentally equal chars (议政有为。聚焦推动 vs
 * 议政有为。聚焦重大, or 一是加强 opening the next paragraph on both sides) is pulled back
 * to it. Then each end is pushed out to the nearest boundary within `slack` chars when what
 * is taken in is short (a prefix such as 我们) or alike on both sides (关于提质增效的要求 vs
 * 提质增效要求). Returns the new [aFrom, aTo, bFrom, bTo].
 */
export function settleEdges(va: MatchView, aFrom: number, aTo: number, vb: MatchView, bFrom: number, bTo: number, opts: EdgeOptions = {}): [number, number, number, number] {
  const trim = opts.trim ?? 3;
  const slack = opts.slack ?? 12;
  const prefix = opts.prefix ?? 6;
  const sentenceTrim = opts.sentenceTrim ?? 9;
  // the nearest boundary within reach inside an end: a clause boundary up to `trim` chars
  // in, a sentence or paragraph boundary up to `sentenceTrim` chars in
  const inner = (pa: number, pb: number, dir: 1 | -1): number => {
    if (at(va, pa) || at(vb, pb)) return 0;
    for (let d = 1; d <= sentenceTrim && d < aTo - aFrom; d++) {
      const b = (va.brk[pa + dir * d] ?? 0) | (vb.brk[pb + dir * d] ?? 0);
      if (b & BRK_REGION || (b & BRK_LEVEL) >= (d <= trim ? BRK_COLON : BRK_SENTENCE)) return d;
    }
    return 0;
  };
  const dEnd = inner(aTo, bTo, -1);
  aTo -= dEnd;
  bTo -= dEnd;
  const dStart = inner(aFrom, bFrom, 1);
  aFrom += dStart;
  bFrom += dStart;
  const back = (v: MatchView, p: number, min: number) => {
    for (let q = p; q >= Math.max(min, p - slack); q--) if (at(v, q)) return p - q;
    return Infinity;
  };
  const fwd = (v: MatchView, p: number, max: number) => {
    for (let q = p; q <= Math.min(max, p + slack); q++) if (at(v, q)) return q - p;
    return Infinity;
  };
  const [da, db] = take(va, aFrom - back(va, aFrom, 0), aFrom, vb, bFrom - back(vb, bFrom, opts.self ? aTo : 0), bFrom, prefix);
  aFrom -= da;
  bFrom -= db;
  const [ea, eb] = take(va, aTo, aTo + fwd(va, aTo, opts.self ? bFrom : va.text.length), vb, bTo, bTo + fwd(vb, bTo, vb.text.length), prefix);
  return [aFrom, aTo + ea, bFrom, bTo + eb];
}

/** How much of the stretches a[as, ae) and b[bs, be) to take in (non-finite: no boundary in reach). */
function take(va: MatchView, as: number, ae: number, vb: MatchView, bs: number, be: number, prefix: number): [number, number] {
  const la = ae - as;
  const lb = be - bs;
  const okA = Number.isFinite(la);
  const okB = Number.isFinite(lb);
  if (okA && okB) {
    const max = Math.max(la, lb);
    if (max <= prefix) return [la, lb];
    const common = equalCount(diffStrings(va.text.slice(as, ae), vb.text.slice(bs, be)));
    return 2 * common >= max ? [la, lb] : [0, 0];
  }
  if (okA && la <= prefix) return [la, 0];
  if (okB && lb <= prefix) return [0, lb];
  return [0, 0];
}
