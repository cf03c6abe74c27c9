import { describe, expect, it } from 'vitest';
import { alignTexts } from './align-text';
import { cpuMs } from '../../test/cpu-clock';

const mapped = (norm: string, src: string) => {
  const map = alignTexts(norm, src);
  return [...norm].map((c, i) => (map[i]! >= 0 ? src[map[i]!] : '·')).join('');
};

describe('alignTexts', () => {
  it('maps identical text one to one', () => {
    expect(Array.from(alignTexts('一、基本情况', '一、基本情况'))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('ignores whitespace normalization removed or added, and maps radicals to their ideographs', () => {
    // source: "2021 年" with a space, and ⼈ (KANGXI RADICAL MAN) where normalization has 人
    expect(mapped('2021年\n人员', '2021 年⼈员')).toBe('2021年·⼈员');
    expect(Array.from(alignTexts('2021年', '2021 年'))).toEqual([0, 1, 2, 3, 5]);
  });

  it('resynchronises after text only one side has: a dropped page label, an inserted note mark', () => {
    const src = '第一段文字内容较长。附件2第二段文字内容也较长。';
    const norm = '第一段文字内容较长。\n第二段文字内容也较长。[1]';
    const map = alignTexts(norm, src);
    const second = norm.indexOf('第二段');
    expect(src.slice(map[second]!, map[second]! + 3)).toBe('第二段');
    expect(map[norm.indexOf('[1]')]).toBe(-1);
    expect(mapped(norm, src)).toBe('第一段文字内容较长。·第二段文字内容也较长。···');
  });

  it('stays linear on texts that differ everywhere', () => {
    const a = 'ab'.repeat(20_000);
    const b = 'cd'.repeat(20_000);
    const t0 = cpuMs();
    expect(alignTexts(a, b).every((x) => x === -1)).toBe(true);
    expect(cpuMs() - t0).toBeLessThan(5_000); // generous hostile-input bound
  });
});
