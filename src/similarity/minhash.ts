import { fmix32, gramHashes } from './hash';

/** Parameters of a family of MinHash permutations. */
export interface MinHasher {
  numPerm: number;
  /** Shingle length in matching-view chars. */
  shingle: number;
  /** Odd multipliers and offsets of h_i(x) = fmix32(a_i·x + b_i mod 2^32). */
  a: Uint32Array;
  b: Uint32Array;
}

/** A MinHash sketch of one text: the signature and the number of distinct shingles it summarizes. */
export interface MinHashSketch {
  signature: Uint32Array;
  size: number;
}

/** splitmix32: a small deterministic PRNG for the permutation parameters. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A MinHash family with `numPerm` permutations (default 128) over `shingle`-char shingles
 * (default 5) of the matching view. h_i(x) = fmix32(a_i·x + b_i) with odd a_i: a bijection
 * of uint32 (multiply-add by an odd number, then an invertible mixer), parameters drawn from
 * a fixed seed — the same seed gives the same signatures in every runtime and every year,
 * so signatures can be stored.
 */
export function createMinHasher(opts: { numPerm?: number; shingle?: number; seed?: number } = {}): MinHasher {
  const numPerm = opts.numPerm ?? 128;
  const rnd = splitmix32(opts.seed ?? 0x5eed1e55);
  const a = new Uint32Array(numPerm);
  const b = new Uint32Array(numPerm);
  for (let i = 0; i < numPerm; i++) {
    a[i] = (rnd() | 1) >>> 0;
    b[i] = rnd();
  }
  return { numPerm, shingle: opts.shingle ?? 5, a, b };
}

/** Distinct shingle hashes of a matching-view string (a text shorter than k is one shingle). */
export function shingleSet(viewText: string, k: number): Uint32Array {
  if (viewText.length === 0) return new Uint32Array(0);
  const hs = gramHashes(viewText, Math.min(k, viewText.length));
  return Uint32Array.from(new Set(hs));
}

/** MinHash signature of a set of shingle hashes; the empty set gives all 0xffffffff. */
export function signature(h: MinHasher, shingles: ArrayLike<number>): Uint32Array {
  return rangeSignature(h, shingles, 0, shingles.length);
}

/**
 * MinHash signature of the shingle hashes shingles[from, to): the signature of their set
 * (a repeated shingle changes no minimum, so no de-duplication is needed). Lets a caller
 * hash a text's shingles once and sign each of its pieces (the corpus's sentence units).
 */
export function rangeSignature(h: MinHasher, shingles: ArrayLike<number>, from: number, to: number): Uint32Array {
  const sig = new Uint32Array(h.numPerm);
  for (let i = 0; i < h.numPerm; i++) {
    const a = h.a[i] as number;
    const b = h.b[i] as number;
    let min = 0xffffffff;
    for (let j = from; j < to; j++) {
      const v = fmix32((Math.imul(a, shingles[j] as number) + b) | 0);
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

/** Signature of the union of the sets whose signatures are given: their slot-wise minimum (`into` is updated). */
export function mergeSignature(into: Uint32Array, other: Uint32Array): Uint32Array {
  for (let i = 0; i < into.length; i++) if ((other[i] as number) < (into[i] as number)) into[i] = other[i] as number;
  return into;
}

/** Sketch of a matching-view string: signature over its shingles, and their count. */
export function sketch(h: MinHasher, viewText: string): MinHashSketch {
  const set = shingleSet(viewText, h.shingle);
  return { signature: signature(h, set), size: set.length };
}

/** Estimated Jaccard similarity |A∩B| / |A∪B|: the fraction of equal signature slots. */
export function estimateJaccard(s1: Uint32Array, s2: Uint32Array): number {
  if (s1.length !== s2.length) throw new RangeError('signatures of different lengths');
  if (s1.length === 0) return 0;
  let eq = 0;
  for (let i = 0; i < s1.length; i++) if (s1[i] === s2[i]) eq++;
  return eq / s1.length;
}

/**
 * Estimated containment of A in B, |A∩B| / |A|, from the Jaccard estimate J and the set
 * sizes: |A∩B| = J·(|A| + |B|) / (1 + J). The measure for "this paragraph is in that report".
 */
export function estimateContainment(a: MinHashSketch, b: MinHashSketch): number {
  if (a.size === 0) return 0;
  const j = estimateJaccard(a.signature, b.signature);
  return Math.min(1, (j * (a.size + b.size)) / ((1 + j) * a.size));
}

/** Exact Jaccard similarity of two hash sets (for tests and small inputs). */
export function exactJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const sa = new Set(Array.from(a));
  const sb = new Set(Array.from(b));
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  const union = sa.size + sb.size - inter;
  return union === 0 ? 0 : inter / union;
}
