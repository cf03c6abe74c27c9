import { describe, expect, it } from 'vitest';
import { MappedString, toOriginalOffset } from './mapped-string';

/** The per-unit origins, read back through the offset map (-1 where nothing maps). */
function origins(m: MappedString): number[] {
  const map = m.toOffsetMap();
  const out = Array.from({ length: m.length }, () => -1);
  for (const [n, o, len] of map) for (let k = 0; k < len; k++) out[n + k] = o + k;
  return out;
}

describe('MappedString', () => {
  it('keeps text and origins through copy, copyAs, insert and append', () => {
    const a = new MappedString();
    a.copy('预算', 10);
    a.insert(' ');
    a.copyAs('人', 20);
    const b = new MappedString();
    b.copy('万元', 30);
    b.insert('|');
    a.append(b);
    a.copy('。', 40);
    expect(a.toString()).toBe('预算 人万元|。');
    expect(a.length).toBe(8);
    expect(origins(a)).toEqual([10, 11, -1, 20, 30, 31, -1, 40]);
    expect(a.last()).toBe('。');
    expect(a.tail(3)).toBe('元|。');
    expect(a.tail(100)).toBe('预算 人万元|。');
    expect(toOriginalOffset(a.toOffsetMap(), 5)).toBe(31);
  });

  it('reads the same after toString and further appends (the joined text is cached, then extended)', () => {
    const m = new MappedString();
    m.copy('甲乙', 0);
    expect(m.toString()).toBe('甲乙');
    m.copy('丙', 2);
    expect(m.tail(2)).toBe('乙丙');
    expect(m.toString()).toBe('甲乙丙');
    expect(origins(m)).toEqual([0, 1, 2]);
  });

  it('builds in time linear in the length: 20,000 appends of lines to one paragraph', () => {
    const line = new MappedString();
    line.copy('没有句末标点的一行文字', 0);
    const grow = (n: number) => {
      const m = new MappedString();
      const t0 = performance.now();
      for (let i = 0; i < n; i++) {
        m.append(line);
        m.tail(200); // what joining lines reads per step
      }
      expect(m.toString().length).toBe(n * 11);
      return performance.now() - t0;
    };
    grow(2_000); // warm up
    // quadratic building took seconds here; linear takes a few milliseconds
    expect(grow(20_000)).toBeLessThan(2_000);
  });
});
