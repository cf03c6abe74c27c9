import type { Fingerprint } from './winnow';

/** A maximal exact shared run: a[aStart, aEnd) === b[bStart, bEnd), length = aEnd − aStart. */
export interface Run {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  length: number;
}

export interface RunOptions {
  /** Gram length the fingerprints were computed with. */
  k: number;
  /** Keep runs of at least this many chars (default k). */
  minLength?: number;
  /** Ignore a hash that occurs more often than this on one side (degenerate text); default 50. */
  maxOccurrences?: number;
}

/** Maximal shared runs between `a` and `b`, seeded by shared fingerprint hashes. */
export function sharedRuns(a: string, fpA: readonly Fingerprint[], b: string, fpB: readonly Fingerprint[], opts: RunOptions): Run[] {
  const maxOcc = opts.maxOccurrences ?? 50;
  const index = indexByHash(fpB);
  const countA = indexByHash(fpA);
  const found = new RunSet();
  for (const f of fpA) {
    const qs = index.get(f.hash);
    if (!qs || qs.length > maxOcc || (countA.get(f.hash)?.length ?? 0) > maxOcc) continue;
    for (const q of qs) found.seed(a, f.pos, b, q, opts.k, Infinity);
  }
  return found.result(opts.minLength ?? opts.k);
}

/**
 * Maximal repeated runs inside one text, each pair once with a before b and
 * aEnd ≤ bStart (a region is never paired with an overlapping copy of itself:
 * a run on a periodic stretch is cut to the period).
 */
export function selfRuns(s: string, fp: readonly Fingerprint[], opts: RunOptions): Run[] {
  const maxOcc = opts.maxOccurrences ?? 50;
  const found = new RunSet();
  for (const ps of indexByHash(fp).values()) {
    if (ps.length < 2 || ps.length > maxOcc) continue;
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) {
        const p = ps[i] as number;
        const q = ps[j] as number;
        if (q > p) found.seed(s, p, s, q, opts.k, q - p);
      }
    }
  }
  return found.result(opts.minLength ?? opts.k);
}

/** Indexes of fingerprint lists already built: a text compared with many others is indexed once. */
const indexes = new WeakMap<readonly Fingerprint[], Map<number, number[]>>();

function indexByHash(fp: readonly Fingerprint[]): Map<number, number[]> {
  const cached = indexes.get(fp);
  if (cached !== undefined) return cached;
  const m = buildIndex(fp);
  indexes.set(fp, m);
  return m;
}

function buildIndex(fp: readonly Fingerprint[]): Map<number, number[]> {
  const m = new Map<number, number[]>();
  for (const f of fp) {
    const l = m.get(f.hash);
    if (l) {
      if (l[l.length - 1] !== f.pos) l.push(f.pos);
    } else m.set(f.hash, [f.pos]);
  }
  return m;
}

/** Runs found so far, grouped by diagonal (bStart − aStart) so each run is extended once. */
class RunSet {
  private byDiagonal = new Map<number, Run[]>();

  /** Verify the seed gram at (p, q), extend it to a maximal run (at most maxLen long) and record it. */
  seed(a: string, p: number, b: string, q: number, k: number, maxLen: number): void {
    const d = q - p;
    const onDiag = this.byDiagonal.get(d);
    if (onDiag?.some((r) => r.aStart <= p && p < r.aEnd)) return;
    for (let t = 0; t < k; t++) if (a.charCodeAt(p + t) !== b.charCodeAt(q + t)) return; // hash collision
    let s = p;
    while (s > 0 && s + d > 0 && a.charCodeAt(s - 1) === b.charCodeAt(s - 1 + d)) s--;
    let e = p + k;
    while (e < a.length && e + d < b.length && a.charCodeAt(e) === b.charCodeAt(e + d)) e++;
    if (e - s > maxLen) {
      // self-comparison on a periodic stretch: keep the first period around the seed
      s = Math.max(s, Math.min(p, e - maxLen));
      e = s + maxLen;
    }
    const run: Run = { aStart: s, aEnd: e, bStart: s + d, bEnd: e + d, length: e - s };
    if (onDiag) onDiag.push(run);
    else this.byDiagonal.set(d, [run]);
  }

  result(minLength: number): Run[] {
    const out: Run[] = [];
    for (const runs of this.byDiagonal.values()) for (const r of runs) if (r.length >= minLength) out.push(r);
    return out.sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);
  }
}
