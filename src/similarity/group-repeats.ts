import type { RepeatPassage } from './find-repeats';
import type { PassageKind, TextSpan } from './types';

/** One passage occurring two or more times in a text, with the pairwise matches behind it. */
export interface RepeatGroup {
  /** Where the passage occurs, in text order (overlapping pair sides merged). */
  occurrences: TextSpan[];
  /** The pairwise matches of the group (n occurrences → up to n(n−1)/2 pairs). */
  passages: RepeatPassage[];
  /** 'exact' if every pair is exact, 'near' if every pair is at least near, else 'partial'. */
  kind: PassageKind;
  /** Longest common length of any pair. */
  length: number;
}

const overlaps = (x: TextSpan, y: TextSpan) => 2 * Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start)) >= Math.min(x.end - x.start, y.end - y.start);

/**
 * Group the pairs of findRepeats by shared occurrences: A~B and A~C and B~C become one
 * group with occurrences A, B, C. Two sides are the same occurrence when they overlap by at
 * least half of the shorter one. Pass only pairs from one text (findRepeats output).
 */
export function groupRepeats(passages: readonly RepeatPassage[]): RepeatGroup[] {
  const spans: TextSpan[] = passages.flatMap((p) => [p.a, p.b]);
  const parent = spans.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (i: number, j: number) => {
    parent[find(i)] = find(j);
  };
  for (let i = 0; i < passages.length; i++) union(2 * i, 2 * i + 1);
  const order = spans.map((_, i) => i).sort((x, y) => (spans[x] as TextSpan).start - (spans[y] as TextSpan).start);
  for (let x = 0; x < order.length; x++) {
    const sx = spans[order[x] as number] as TextSpan;
    for (let y = x + 1; y < order.length; y++) {
      const sy = spans[order[y] as number] as TextSpan;
      if (sy.start >= sx.end) break;
      if (overlaps(sx, sy)) union(order[x] as number, order[y] as number);
    }
  }
  const groups = new Map<number, number[]>();
  passages.forEach((_, i) => {
    const root = find(2 * i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const rank: Record<PassageKind, number> = { exact: 2, near: 1, partial: 0 };
  const kinds: PassageKind[] = ['partial', 'near', 'exact'];
  return [...groups.values()]
    .map((idx) => {
      const ps = idx.map((i) => passages[i] as RepeatPassage);
      return {
        occurrences: mergeOccurrences(ps.flatMap((p) => [p.a, p.b])),
        passages: ps,
        kind: kinds[Math.min(...ps.map((p) => rank[p.kind]))] as PassageKind,
        length: Math.max(...ps.map((p) => p.length)),
      };
    })
    .sort((x, y) => (x.occurrences[0] as TextSpan).start - (y.occurrences[0] as TextSpan).start);
}

/** Union of spans that overlap by at least half of the shorter one; sorted by start. */
function mergeOccurrences(spans: TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    const last = out[out.length - 1];
    if (last && overlaps(last, s)) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
