import { gramHashes } from './hash';

/** A selected k-gram hash and the view position of its gram. */
export interface Fingerprint {
  hash: number;
  pos: number;
}

/**
 * Winnowing (Schleimer, Wilkerson & Aiken 2003): in every window of `w` consecutive
 * hashes select the minimum (the rightmost one on ties) and record it once.
 * Guarantee: two texts sharing a run of ≥ w + k − 1 chars share a fingerprint hash,
 * because the window of the w grams inside the run is identical in both.
 * Fewer than w hashes form one window. Output is in position order.
 */
export function winnow(hashes: ArrayLike<number>, w: number): Fingerprint[] {
  if (!(w >= 1)) throw new RangeError('w must be ≥ 1');
  const n = hashes.length;
  const out: Fingerprint[] = [];
  if (n === 0) return out;
  const win = Math.min(w, n);
  const at = (i: number) => hashes[i] as number;
  let min = -1;
  for (let r = win - 1; r < n; r++) {
    const l = r - win + 1;
    if (min < l) {
      // the previous minimum left the window: rescan it, keeping the rightmost minimum
      min = l;
      for (let i = l + 1; i <= r; i++) if (at(i) <= at(min)) min = i;
      out.push({ hash: at(min), pos: min });
    } else if (at(r) <= at(min)) {
      min = r;
      out.push({ hash: at(min), pos: min });
    }
  }
  return out;
}

/** Winnowed fingerprints of the k-grams of `s`; shared runs ≥ w + k − 1 are guaranteed a shared hash. */
export function fingerprints(s: string, k: number, w: number): Fingerprint[] {
  return winnow(gramHashes(s, k), w);
}
