import type { Run } from './shared-runs';

/** Runs that line up in the same order on both sides with small gaps: one passage-level match. */
export interface Chain {
  runs: Run[];
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Sum of the run lengths (exactly matched chars). */
  matched: number;
}

/**
 * Chain runs (view coordinates) that follow each other on both sides with gaps of at most
 * `maxGap` chars on each side — a near copy: a few chars changed, inserted or deleted.
 * A run overlapping the previous one (a repeated char at an edit) is trimmed. With `self`,
 * a chain's a-range always stays before its b-range.
 */
export function chainRuns(
  runs: readonly Run[],
  opts: { maxGap: number; self?: boolean; /** Whether a gap [aEnd, aStart] ~ [bEnd, bStart] may be bridged. */ bridgeable?: (aEnd: number, aStart: number, bEnd: number, bStart: number) => boolean },
): Chain[] {
  const sorted = [...runs].sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);
  const done: Chain[] = [];
  const open: Chain[] = [];
  for (const r of sorted) {
    // close the chains ended too far before r, in place (in order): no new array per run
    let kept = 0;
    for (const c of open) {
      if (c.aEnd >= r.aStart - opts.maxGap) open[kept++] = c;
      else done.push(c);
    }
    open.length = kept;
    let best: Chain | undefined;
    let bestCost = Infinity;
    let bestOv = 0;
    for (const c of open) {
      const ov = Math.max(0, c.aEnd - r.aStart, c.bEnd - r.bStart);
      if (ov >= r.length || r.aStart <= c.aStart || r.bStart <= c.bStart) continue;
      const gapA = r.aStart + ov - c.aEnd;
      const gapB = r.bStart + ov - c.bEnd;
      if (gapA > opts.maxGap || gapB > opts.maxGap) continue;
      if (opts.self && r.aEnd > c.bStart) continue;
      if (opts.bridgeable && !opts.bridgeable(c.aEnd, r.aStart + ov, c.bEnd, r.bStart + ov)) continue;
      const cost = gapA + gapB + Math.abs(gapA - gapB);
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
        bestOv = ov;
      }
    }
    if (best) {
      const t: Run = { aStart: r.aStart + bestOv, aEnd: r.aEnd, bStart: r.bStart + bestOv, bEnd: r.bEnd, length: r.length - bestOv };
      best.runs.push(t);
      best.aEnd = t.aEnd;
      best.bEnd = t.bEnd;
      best.matched += t.length;
    } else open.push({ runs: [r], aStart: r.aStart, aEnd: r.aEnd, bStart: r.bStart, bEnd: r.bEnd, matched: r.length });
  }
  return [...done, ...open].sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);
}

/**
 * Grow a chain past its ends with runs too short to have been seeded (a run shorter than
 * w + k − 1 may share no fingerprint): an exact run of ≥ `minRun` chars starting within
 * `maxGap` chars beyond an end on both sides is appended (the closest one), repeatedly.
 * `ha`/`hb` are the minRun-gram hashes of a and b (gramHashes(text, minRun)); each step
 * looks up maxGap + 1 hashes. In self mode the a-side never reaches the b-side.
 */
export function extendChain(
  a: string,
  ha: Uint32Array,
  b: string,
  hb: Uint32Array,
  c: Chain,
  opts: {
    maxGap: number;
    minRun: number;
    self?: boolean;
    /** Bounds the chain may grow to (default: the whole texts), e.g. the enclosing sections. */
    aMin?: number;
    aMax?: number;
    bMin?: number;
    bMax?: number;
    /** Steps (runs appended) left for all chains of one comparison; growth stops at 0. */
    budget?: { left: number };
  },
): Chain {
  const budget = opts.budget ?? { left: Infinity };
  const { maxGap, minRun } = opts;
  const same = (p: number, q: number) => {
    for (let t = 0; t < minRun; t++) if (a.charCodeAt(p + t) !== b.charCodeAt(q + t)) return false;
    return true;
  };
  for (; budget.left > 0; budget.left--) {
    const aLim = Math.min(opts.self ? c.bStart : a.length, opts.aMax ?? a.length);
    const bEnd = Math.min(b.length, opts.bMax ?? b.length);
    const aMax = Math.min(maxGap, aLim - minRun - c.aEnd);
    const bMax = Math.min(maxGap, bEnd - minRun - c.bEnd);
    const hit = closest(
      aMax,
      bMax,
      (i) => ha[c.aEnd + i],
      (j) => hb[c.bEnd + j],
      (i, j) => same(c.aEnd + i, c.bEnd + j),
    );
    if (!hit) break;
    const as = c.aEnd + hit[0];
    const bs = c.bEnd + hit[1];
    let len = minRun;
    while (as + len < aLim && bs + len < bEnd && a.charCodeAt(as + len) === b.charCodeAt(bs + len)) len++;
    c.runs.push({ aStart: as, aEnd: as + len, bStart: bs, bEnd: bs + len, length: len });
    c.aEnd = as + len;
    c.bEnd = bs + len;
    c.matched += len;
  }
  for (; budget.left > 0; budget.left--) {
    const bLim = Math.max(opts.self ? c.aEnd : 0, opts.bMin ?? 0);
    const aLo = opts.aMin ?? 0;
    const aMax = Math.min(maxGap, c.aStart - minRun - aLo);
    const bMax = Math.min(maxGap, c.bStart - minRun - bLim);
    const hit = closest(
      aMax,
      bMax,
      (i) => ha[c.aStart - i - minRun],
      (j) => hb[c.bStart - j - minRun],
      (i, j) => same(c.aStart - i - minRun, c.bStart - j - minRun),
    );
    if (!hit) break;
    const ae = c.aStart - hit[0];
    const be = c.bStart - hit[1];
    let len = minRun;
    while (ae - len > aLo && be - len > bLim && a.charCodeAt(ae - len - 1) === b.charCodeAt(be - len - 1)) len++;
    c.runs.unshift({ aStart: ae - len, aEnd: ae, bStart: be - len, bEnd: be, length: len });
    c.aStart = ae - len;
    c.bStart = be - len;
    c.matched += len;
  }
  return c;
}

/**
 * The offsets i ≤ aMax, j ≤ bMax with equal hashes (and equal text), least i + j + |i − j|
 * (= 2·max(i, j)) first; for each i only the least j with its hash counts, ties go to the
 * least i. The offsets are few (maxGap + 1 each side): plain loops over two scratch arrays,
 * no allocation per call (this runs once per chain end and step).
 */
function closest(aMax: number, bMax: number, hashA: (i: number) => number | undefined, hashB: (j: number) => number | undefined, same: (i: number, j: number) => boolean): [number, number] | undefined {
  if (aMax < 0 || bMax < 0) return undefined;
  if (scratchA.length <= Math.max(aMax, bMax)) {
    scratchA = new Float64Array(2 * Math.max(aMax, bMax) + 2);
    scratchB = new Float64Array(scratchA.length);
  }
  for (let i = 0; i <= aMax; i++) scratchA[i] = hashA(i) ?? -1;
  for (let j = 0; j <= bMax; j++) scratchB[j] = hashB(j) ?? -1;
  let best: [number, number] | undefined;
  let bestCost = Infinity;
  for (let i = 0; i <= aMax && 2 * i < bestCost; i++) {
    const h = scratchA[i] as number;
    if (h < 0) continue;
    let j = 0;
    while (j <= bMax && scratchB[j] !== h) j++;
    if (j > bMax) continue;
    const cost = i + j + Math.abs(i - j);
    if (cost < bestCost && same(i, j)) {
      best = [i, j];
      bestCost = cost;
    }
  }
  return best;
}

let scratchA = new Float64Array(64);
let scratchB = new Float64Array(64);
