import { diffStrings, equalCount, type DiffSegment } from './diff';
import { maskDigits, viewToSource, type MatchView } from './match-text';
import type { DiffOp, PassageKind, TextSpan } from './types';

/** Comparison of two aligned passages. */
export interface Alignment {
  /** Source spans of the passages (widened over adjacent quotes and sentence-final punctuation). */
  a: TextSpan;
  b: TextSpan;
  /** Char-level diff in source text (equal/delete from A, insert from B). */
  diff: DiffOp[];
  /** Matching chars common to both passages (LCS of their matching views). */
  equal: number;
  lengthA: number;
  lengthB: number;
  /** 2·equal / (lengthA + lengthB): 1 for identical matching views. */
  similarity: number;
  /** equal / min(lengthA, lengthB): how much of the shorter passage is in the longer. */
  containment: number;
  kind: PassageKind;
  /** Identical once numbers are masked, but not as written (数字不同: a template reused with other figures). */
  digitsDiffer: boolean;
}

export interface AlignOptions {
  /** Similarity from which a non-identical pair is 'near' rather than 'partial' (default 0.8). */
  nearThreshold?: number;
  /** Cap on diff edits before a coarse diff is used (default 1000). */
  maxEdits?: number;
}

/**
 * Align view range [aFrom, aTo) of `va` (a raw, unmasked view of `srcA`) with [bFrom, bTo)
 * of `vb`: diff, similarity, containment, kind and digitsDiffer.
 */
export function alignRanges(srcA: string, va: MatchView, aFrom: number, aTo: number, srcB: string, vb: MatchView, bFrom: number, bTo: number, opts: AlignOptions = {}): Alignment {
  const ta = va.text.slice(aFrom, aTo);
  const tb = vb.text.slice(bFrom, bTo);
  const spanA = viewToSource(va, aFrom, aTo, srcA);
  const spanB = viewToSource(vb, bFrom, bTo, srcB);
  const segs = diffTokens(ta, tb, opts.maxEdits ?? 1000);
  // source span of view sub-range [i, j) of a passage: punctuation after a char goes with it
  const piece = (v: MatchView, span: TextSpan, from: number, to: number, i: number, j: number): TextSpan => ({
    start: i === 0 ? span.start : (v.start[from + i] as number),
    end: from + j >= to ? span.end : (v.start[from + j] as number),
  });
  const diff: DiffOp[] = segs.map((s) => {
    const a = s.op === 'insert' ? undefined : piece(va, spanA, aFrom, aTo, s.aFrom, s.aTo);
    const b = s.op === 'delete' ? undefined : piece(vb, spanB, bFrom, bTo, s.bFrom, s.bTo);
    const text = a ? srcA.slice(a.start, a.end) : srcB.slice((b as TextSpan).start, (b as TextSpan).end);
    return { op: s.op, text, ...(a ? { a } : {}), ...(b ? { b } : {}) };
  });
  const equal = equalCount(segs);
  const lengthA = ta.length;
  const lengthB = tb.length;
  const similarity = lengthA + lengthB === 0 ? 1 : (2 * equal) / (lengthA + lengthB);
  const containment = Math.min(lengthA, lengthB) === 0 ? 0 : equal / Math.min(lengthA, lengthB);
  const digitsDiffer = ta !== tb && maskDigits(ta) === maskDigits(tb);
  const kind: PassageKind = ta === tb ? 'exact' : digitsDiffer || similarity >= (opts.nearThreshold ?? 0.8) ? 'near' : 'partial';
  return { a: spanA, b: spanB, diff, equal, lengthA, lengthB, similarity, containment, kind, digitsDiffer };
}

/**
 * Diff of two matching strings in which every number is one token, so that 2,022.35 vs
 * 523.39 shows as one replacement instead of a scatter of digits; segments are returned
 * in char offsets of the strings.
 */
export function diffTokens(a: string, b: string, maxEdits = 1000): DiffSegment[] {
  if (!HAS_DIGIT.test(a) || !HAS_DIGIT.test(b)) return diffStrings(a, b, maxEdits); // numbers can only differ as wholes
  const codes = new Map<string, string>();
  const ta = tokenize(a, codes);
  const tb = tokenize(b, codes);
  if (codes.size > 6400) return diffStrings(a, b, maxEdits); // out of private-use chars: plain char diff
  return diffStrings(ta.s, tb.s, maxEdits).map((g) => ({
    op: g.op,
    aFrom: ta.at[g.aFrom] as number,
    aTo: ta.at[g.aTo] as number,
    bFrom: tb.at[g.bFrom] as number,
    bTo: tb.at[g.bTo] as number,
  }));
}

const HAS_DIGIT = /\d/;

/** One char per token (numbers → a private-use char per distinct number); at[i] = char offset of token i. */
function tokenize(text: string, codes: Map<string, string>): { s: string; at: Int32Array } {
  let s = '';
  const at = new Int32Array(text.length + 1); // tokens ≤ chars: one typed array, no per-char push
  let n = 0;
  let last = 0;
  const plain = (to: number) => {
    s += text.slice(last, to); // one piece per stretch, not one string per char
    for (let i = last; i < to; i++) at[n++] = i;
  };
  for (const m of text.matchAll(/\d+(?:\.\d+)*%?/g)) {
    plain(m.index);
    let c = codes.get(m[0]);
    if (c === undefined) {
      c = String.fromCharCode(0xe000 + (codes.size % 6400));
      codes.set(m[0], c);
    }
    s += c;
    at[n++] = m.index;
    last = m.index + m[0].length;
  }
  plain(text.length);
  at[n++] = text.length;
  return { s, at: at.subarray(0, n) };
}
