import { describe, expect, it } from 'vitest';
import { approxThreshold, bandKeys, collisionProbability, LshIndex, lshParams } from './lsh';
import { createMinHasher, sketch } from './minhash';

const h = createMinHasher();

/** Deterministic pseudo-random CJK paragraph. */
function paragraph(seed: number, n = 120): string {
  let s = seed >>> 0;
  let out = '';
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out += String.fromCharCode(0x4e00 + ((s >>> 8) % 2000));
  }
  return out;
}

/** Change `edits` chars at spread positions. */
function mutate(p: string, edits: number, seed: number): string {
  const cs = [...p];
  for (let e = 0; e < edits; e++) cs[Math.floor(((e + 0.5) * cs.length) / edits)] = String.fromCharCode(0x9000 + seed + e);
  return cs.join('');
}

describe('lshParams', () => {
  it('puts the steep part of the curve near the threshold', () => {
    for (const t of [0.5, 0.7, 0.9]) {
      const p = lshParams(t, 128);
      expect(p.bands * p.rows).toBeLessThanOrEqual(128);
      expect(Math.abs(approxThreshold(p) - t)).toBeLessThan(0.12);
      expect(collisionProbability(Math.min(1, t + 0.2), p)).toBeGreaterThan(0.9);
      expect(collisionProbability(Math.max(0, t - 0.3), p)).toBeLessThan(0.2);
    }
  });
});

describe('bandKeys', () => {
  it('gives one stable text key per band', () => {
    const sig = sketch(h, paragraph(1)).signature;
    const keys = bandKeys(sig, { bands: 16, rows: 8 });
    expect(keys).toHaveLength(16);
    expect(keys[3]).toMatch(/^b03:[0-9a-f]{16}$/);
    expect(bandKeys(sig, { bands: 16, rows: 8 })).toEqual(keys);
    expect(() => bandKeys(sig, { bands: 20, rows: 8 })).toThrow();
  });
});

describe('LshIndex', () => {
  const params = lshParams(0.5, 128);
  const index = new LshIndex(params);
  const base = Array.from({ length: 200 }, (_, i) => paragraph(i + 1));
  base.forEach((p, i) => index.add(`p${i}`, sketch(h, p).signature));

  it('near-duplicate paragraphs collide in at least one band', () => {
    for (let i = 0; i < 50; i++) {
      const near = mutate(base[i] as string, 3, i);
      expect(index.query(sketch(h, near).signature)).toContain(`p${i}`);
    }
  });

  it('unrelated paragraphs rarely collide', () => {
    let hits = 0;
    for (let i = 0; i < 100; i++) hits += index.query(sketch(h, paragraph(10_000 + i)).signature).length;
    expect(hits / (100 * base.length)).toBeLessThan(0.01);
  });
});
