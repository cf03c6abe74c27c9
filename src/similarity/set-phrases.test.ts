import { describe, expect, it } from 'vitest';
import { buildMatchView } from './match-text';
import { DEFAULT_SET_PHRASES, prefixSums, setPhraseMask } from './set-phrases';

describe('setPhraseMask', () => {
  it('marks every occurrence, overlapping phrases included', () => {
    const v = buildMatchView('坚持以习近平新时代中国特色社会主义思想为指导，增强“四个意识”、做到“两个维护”。');
    const mask = setPhraseMask(v.text);
    const sums = prefixSums(mask);
    expect(sums[v.text.length]).toBe(16 + 4 + 4);
    expect(mask[v.text.indexOf('坚持')]).toBe(0);
    expect(mask[v.text.indexOf('习')]).toBe(1);
  });

  it('default phrases are written as matching views (no punctuation, no spaces)', () => {
    for (const p of DEFAULT_SET_PHRASES) expect(buildMatchView(p).text).toBe(p);
  });

  it('takes custom phrases and ignores empty ones', () => {
    expect([...setPhraseMask('花都区政协花都区', ['花都区', ''])]).toEqual([1, 1, 1, 0, 0, 1, 1, 1]);
  });
});
