import { fmix32 } from './hash';

/** A banding of a MinHash signature: `bands` bands of `rows` slots each. */
export interface LshParams {
  bands: number;
  rows: number;
}

/** Probability that two texts of Jaccard similarity s share at least one band: 1 − (1 − s^r)^b. */
export function collisionProbability(s: number, p: LshParams): number {
  return 1 - Math.pow(1 - Math.pow(s, p.rows), p.bands);
}

/** The similarity where the collision curve is steepest, ≈ (1/b)^(1/r). */
export function approxThreshold(p: LshParams): number {
  return Math.pow(1 / p.bands, 1 / p.rows);
}

function integrate(f: (x: number) => number, a: number, b: number, steps = 200): number {
  if (b <= a) return 0;
  const h = (b - a) / steps;
  let sum = (f(a) + f(b)) / 2;
  for (let i = 1; i < steps; i++) sum += f(a + i * h);
  return sum * h;
}

/**
 * Bands × rows (b·r ≤ numPerm) for a Jaccard threshold, minimizing the weighted area of
 * false positives (collisions below the threshold) and false negatives (misses above it),
 * as datasketch does. Favour recall with a larger `falseNegativeWeight`.
 */
export function lshParams(threshold: number, numPerm = 128, weights: { falsePositiveWeight?: number; falseNegativeWeight?: number } = {}): LshParams {
  const wfp = weights.falsePositiveWeight ?? 0.5;
  const wfn = weights.falseNegativeWeight ?? 0.5;
  let best: LshParams = { bands: 1, rows: numPerm };
  let bestErr = Infinity;
  for (let bands = 1; bands <= numPerm; bands++) {
    const maxRows = Math.floor(numPerm / bands);
    for (let rows = 1; rows <= maxRows; rows++) {
      const p = { bands, rows };
      const fp = integrate((s) => collisionProbability(s, p), 0, threshold);
      const fn = integrate((s) => 1 - collisionProbability(s, p), threshold, 1);
      const err = wfp * fp + wfn * fn;
      if (err < bestErr) {
        bestErr = err;
        best = p;
      }
    }
  }
  return best;
}

/**
 * One key per band, as text for a SQL column: "b07:" + 16 hex digits (a 64-bit hash of the
 * band's `rows` slot values, from two differently seeded 32-bit hashes). Equal bands give
 * equal keys; unequal bands collide with probability ≈ 2^-64. Texts sharing a key are
 * candidates (`SELECT … WHERE band_key IN (…)`).
 */
export function bandKeys(signature: Uint32Array, p: LshParams): string[] {
  return bandHashes(signature, p).map(([h1, h2], band) => `b${String(band).padStart(2, '0')}:${hex8(h1)}${hex8(h2)}`);
}

/**
 * The same band hashes as safe integers for an INTEGER column: band number × 2^48 (< 2^52
 * for up to 16 bands) + the top 48 bits of the 64-bit band hash. An 8-byte integer key
 * instead of a 20-char text key makes a band table about a third smaller and its inserts
 * faster. Unequal bands collide with probability 2^-48: a spurious candidate, dropped at
 * verification. (The stored corpus index: src/corpus/units.ts.)
 */
export function bandKeyInts(signature: Uint32Array, p: LshParams): number[] {
  return bandHashes(signature, p).map(([h1, h2], band) => band * 2 ** 48 + (h1 >>> 0) * 0x10000 + (h2 >>> 16));
}

/** The two 32-bit hashes of each band's `rows` slot values. */
function bandHashes(signature: Uint32Array, p: LshParams): Array<[number, number]> {
  if (p.bands * p.rows > signature.length) throw new RangeError('bands × rows exceeds the signature length');
  const out: Array<[number, number]> = new Array(p.bands);
  for (let band = 0; band < p.bands; band++) {
    let h1 = 0x9747b28c ^ band;
    let h2 = 0x2545f491 ^ Math.imul(band, 0x9e3779b1);
    for (let r = 0; r < p.rows; r++) {
      const v = signature[band * p.rows + r] as number;
      h1 = fmix32(Math.imul(h1 ^ v, 0xcc9e2d51) + 0xe6546b64);
      h2 = fmix32(Math.imul(h2 + v, 0x1b873593) ^ 0x85ebca6b);
    }
    out[band] = [h1, h2];
  }
  return out;
}

const hex8 = (x: number) => (x >>> 0).toString(16).padStart(8, '0');

/** In-memory LSH index (the same keys a D1 table would hold): add signatures, query candidates. */
export class LshIndex {
  private readonly buckets = new Map<string, Set<string>>();
  constructor(readonly params: LshParams) {}

  add(id: string, signature: Uint32Array): void {
    for (const key of bandKeys(signature, this.params)) {
      let set = this.buckets.get(key);
      if (!set) this.buckets.set(key, (set = new Set()));
      set.add(id);
    }
  }

  /** Ids sharing at least one band with `signature`, in insertion order per band. */
  query(signature: Uint32Array): string[] {
    const out = new Set<string>();
    for (const key of bandKeys(signature, this.params)) for (const id of this.buckets.get(key) ?? []) out.add(id);
    return [...out];
  }
}
