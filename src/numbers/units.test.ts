import { describe, expect, it } from 'vitest';
import { matchApproxAfter, matchApproxBefore, matchUnit } from './units';

describe('matchUnit', () => {
  it('matches longest first', () => {
    expect(matchUnit('1批次', 1)?.unit).toBe('批次');
    expect(matchUnit('5批', 1)?.unit).toBe('批');
    expect(matchUnit('12.8万人次', 4)).toMatchObject({ unit: '万人次', cls: 'count' });
    expect(matchUnit('3个百分点', 1)).toMatchObject({ unit: '个百分点', cls: 'percent' });
    expect(matchUnit('2021年度', 4)).toMatchObject({ unit: '年度', cls: 'yearOnly' });
  });

  it('reads inner approximation markers and magnitudes', () => {
    expect(matchUnit('190余篇', 3)).toMatchObject({ unit: '篇', approxInner: '余', end: 5 });
    expect(matchUnit('30多万人次', 2)).toMatchObject({ unit: '万人次', approxInner: '多', end: 6 });
    expect(matchUnit('1万多元', 1)).toMatchObject({ unit: '万元', approxInner: '多', end: 4 });
    expect(matchUnit('500万用于', 3)).toMatchObject({ unit: '万', cls: 'magnitude' });
  });

  it('tolerates a space before the unit, normalizes ％', () => {
    expect(matchUnit('2,760.71 万元', 8)).toMatchObject({ unit: '万元', end: 11 });
    expect(matchUnit('98.61 ％', 5)).toMatchObject({ unit: '%', end: 7 });
  });

  it('does not take the first character of a word as a unit', () => {
    expect(matchUnit('10分别', 2)).toBeNull();
    expect(matchUnit('3天河区', 1)).toBeNull();
    expect(matchUnit('5期间', 1)).toBeNull();
    expect(matchUnit('8分钟', 1)?.unit).toBe('分钟');
  });

  it('after a Chinese numeral accepts classifiers only', () => {
    expect(matchUnit('十分重视', 1, { chinese: true })).toBeNull();
    expect(matchUnit('五年一次', 1, { chinese: true })).toBeNull();
    expect(matchUnit('二十余个', 2, { chinese: true })).toMatchObject({ unit: '个', approxInner: '余' });
    expect(matchUnit('一百五十万元', 4, { chinese: true })).toMatchObject({ unit: '万元' });
    expect(matchUnit('十万用于', 1, { chinese: true })).toBeNull();
    expect(matchUnit('三 个', 1, { chinese: true })).toBeNull();
  });
});

describe('approximation markers', () => {
  it('finds markers before, but not inside words', () => {
    expect(matchApproxBefore('发表近200', 3, 0)).toEqual({ marker: '近', start: 2 });
    expect(matchApproxBefore('将近200', 2, 0)).toEqual({ marker: '将近', start: 0 });
    expect(matchApproxBefore('超过 50', 3, 0)).toEqual({ marker: '超过', start: 0 });
    expect(matchApproxBefore('节约200', 2, 0)).toBeNull();
    expect(matchApproxBefore('最近3', 2, 0)).toBeNull();
    expect(matchApproxBefore('近200', 1, 1)).toBeNull();
  });

  it('finds markers after', () => {
    expect(matchApproxAfter('95%以上', 3)).toEqual({ marker: '以上', end: 5 });
    expect(matchApproxAfter('10人左右', 3)).toEqual({ marker: '左右', end: 5 });
    expect(matchApproxAfter('10人参加', 3)).toBeNull();
  });
});
