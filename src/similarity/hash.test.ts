import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmix32, fnv1a32, gramHash, gramHashes } from './hash';

describe('gramHashes', () => {
  it('rolling hashes equal the direct hash of every gram', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'政协委员会提案办理'), maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (s, k) => {
        const hs = gramHashes(s, k);
        expect(hs.length).toBe(Math.max(0, s.length - k + 1));
        for (let i = 0; i < hs.length; i++) expect(hs[i]).toBe(gramHash(s.slice(i, i + k)));
      }),
    );
  });

  it('is deterministic and equal grams hash equally', () => {
    const a = gramHashes('聚焦推动数字政府建设聚焦推动数字政府建设', 5);
    expect(a[0]).toBe(a[10]);
    expect([...gramHashes('数字政府', 2)]).toEqual([...gramHashes('数字政府', 2)]);
    expect(a[0]).not.toBe(a[1]);
  });

  it('rejects k < 1 and handles short strings', () => {
    expect(() => gramHashes('abc', 0)).toThrow();
    expect(gramHashes('ab', 3).length).toBe(0);
  });
});

describe('fmix32 / fnv1a32', () => {
  it('returns uint32 and known values', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fmix32(0)).toBe(0);
    fc.assert(
      fc.property(fc.integer(), (x) => {
        const h = fmix32(x);
        return h >= 0 && h <= 0xffffffff && Number.isInteger(h);
      }),
    );
  });
});
