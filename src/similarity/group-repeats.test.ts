import { describe, expect, it } from 'vitest';
import { findRepeats } from './find-repeats';
import { groupRepeats } from './group-repeats';

describe('groupRepeats', () => {
  it('turns three occurrences (three pairs) into one group', () => {
    const s = '4 个作品、团队和个人分别获得省市比赛 12 个奖项，我委荣获“2021 年广州市区直机关工作创新大赛优秀组织奖”。';
    const paras = [`打造机关党建品牌，${s}`, '其他工作情况说明一。', `组队报名参加工作创新大赛，${s}`, '其他工作情况说明二。', `二是深入开展创建活动，${s.replace('荣获', '获')}`];
    const text = paras.join('\n');
    let at = 0;
    const regions = paras.map((p) => {
      const r = { start: at, end: at + p.length, kind: 'paragraph' as const };
      at += p.length + 1;
      return r;
    });
    const pairs = findRepeats(text, regions);
    expect(pairs).toHaveLength(3);
    const groups = groupRepeats(pairs);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.occurrences).toHaveLength(3);
    expect(groups[0]?.kind).toBe('near');
    for (const o of groups[0]!.occurrences) expect(text.slice(o.start, o.end)).toMatch(/^4 个作品.*组织奖”。$/);
  });

  it('keeps unrelated pairs apart', () => {
    const p = (a: number, b: number) => ({ a: { start: a, end: a + 10 }, b: { start: b, end: b + 10 }, kind: 'exact' as const, similarity: 1, containment: 1, length: 10, diff: [], digitsDiffer: false });
    expect(groupRepeats([p(0, 100), p(200, 300)])).toHaveLength(2);
    expect(groupRepeats([])).toEqual([]);
  });
});
