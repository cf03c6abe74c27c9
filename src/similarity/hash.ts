/** 32-bit hashing helpers: deterministic, Math.imul only (no BigInt), identical in Node and Workers. */

/** MurmurHash3's 32-bit finalizer: a bijection on uint32 that spreads every input bit. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of `s`. */
export function fnv1a32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const BASE = 0x01000193;

/**
 * Hash of every k-char gram of `s`: out[i] = hash(s[i, i+k)), length max(0, n−k+1).
 * A polynomial rolling hash mod 2^32 (O(n) for any k), passed through {@link fmix32}
 * so that minima (winnowing, MinHash) are not biased by the low bits. Equal grams
 * always get equal hashes; unequal grams collide with probability ≈ 2^-32.
 */
export function gramHashes(s: string, k: number): Uint32Array {
  if (!(k >= 1)) throw new RangeError('k must be ≥ 1');
  const n = s.length - k + 1;
  if (n <= 0) return new Uint32Array(0);
  const out = new Uint32Array(n);
  let pow = 1; // BASE^(k-1)
  for (let i = 1; i < k; i++) pow = Math.imul(pow, BASE);
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  out[0] = fmix32(h);
  for (let i = 1; i < n; i++) {
    h = (h - Math.imul(s.charCodeAt(i - 1), pow)) | 0;
    h = (Math.imul(h, BASE) + s.charCodeAt(i + k - 1)) | 0;
    out[i] = fmix32(h);
  }
  return out;
}

/** Hash of one string as {@link gramHashes} would hash it as a single gram. */
export function gramHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return fmix32(h);
}
