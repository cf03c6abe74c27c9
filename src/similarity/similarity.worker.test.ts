// The same code under workerd: no Node APIs in src/similarity.
import { describe, expect, it } from 'vitest';
import { bandKeys, createMinHasher, findRepeats, findReuse, lshParams, sketch } from './index';

describe('similarity in the Workers runtime', () => {
  it('finds a repeated passage and computes LSH band keys', () => {
    const s = '始终把加强自身建设、提升能力素质、激发内生动力作为重要抓手，为政协科学高效履职提供有力支撑。';
    const text = `${s}\n其他内容。\n我们${s}`;
    const regions = [
      { start: 0, end: s.length },
      { start: s.length + 1, end: s.length + 6 },
      { start: s.length + 7, end: text.length },
    ];
    const [p] = findRepeats(text, regions);
    expect(p?.kind).toBe('near');
    expect(findReuse(text, regions, text, regions).length).toBeGreaterThan(0);
    const keys = bandKeys(sketch(createMinHasher(), s).signature, lshParams(0.5));
    expect(keys[0]).toMatch(/^b00:[0-9a-f]{16}$/);
  });
});
