import { BRK_SECTION, type MatchView } from './match-text';
import type { Run } from './shared-runs';

/** Sorted view positions of section barriers (headings or table rows left out between regions). */
export function sectionBarriers(view: MatchView): Int32Array {
  const out: number[] = [];
  for (let p = 0; p < view.brk.length; p++) if ((view.brk[p] as number) & BRK_SECTION) out.push(p);
  return Int32Array.from(out);
}

/** Index of the first barrier ≥ p. */
function lowerBound(bs: Int32Array, p: number): number {
  let lo = 0;
  let hi = bs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((bs[mid] as number) < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a barrier lies at a position in [from, to]. */
export function barrierWithin(bs: Int32Array, from: number, to: number): boolean {
  const i = lowerBound(bs, from);
  return i < bs.length && (bs[i] as number) <= to;
}

/** The first barrier ≥ p, or `none`. */
export function nextBarrier(bs: Int32Array, p: number, none: number): number {
  const i = lowerBound(bs, p);
  return i < bs.length ? (bs[i] as number) : none;
}

/** The last barrier ≤ p, or `none`. */
export function prevBarrier(bs: Int32Array, p: number, none: number): number {
  const i = lowerBound(bs, p + 1) - 1;
  return i >= 0 ? (bs[i] as number) : none;
}

/** Cut runs where either side crosses a barrier; pieces shorter than minLength are dropped. */
export function cutRuns(runs: readonly Run[], ba: Int32Array, bb: Int32Array, minLength: number): Run[] {
  if (ba.length === 0 && bb.length === 0) return [...runs];
  const out: Run[] = [];
  for (const r of runs) {
    const d = r.bStart - r.aStart;
    const cuts: number[] = [];
    for (let i = lowerBound(ba, r.aStart + 1); i < ba.length && (ba[i] as number) < r.aEnd; i++) cuts.push(ba[i] as number);
    for (let i = lowerBound(bb, r.bStart + 1); i < bb.length && (bb[i] as number) < r.bEnd; i++) cuts.push((bb[i] as number) - d);
    cuts.sort((x, y) => x - y);
    let s = r.aStart;
    for (const c of [...cuts, r.aEnd]) {
      if (c - s >= minLength) out.push({ aStart: s, aEnd: c, bStart: s + d, bEnd: c + d, length: c - s });
      s = Math.max(s, c);
    }
  }
  return out;
}
