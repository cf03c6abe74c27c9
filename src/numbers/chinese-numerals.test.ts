import { describe, expect, it } from 'vitest';
import { parseChineseInteger, parseChineseRange, parseDigitByDigit } from './chinese-numerals';

describe('parseChineseInteger', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['一百', 100],
    ['一百零五', 105],
    ['一百五十', 150],
    ['一百五', 150],
    ['三千', 3000],
    ['一万五千', 15000],
    ['一万五', 15000],
    ['十三万', 130000],
    ['两万', 20000],
    ['一亿二千万', 120_000_000],
    ['三百二十一', 321],
    ['百', 100],
    ['万', 10000],
    ['两', 2],
    ['壹佰贰拾', 120],
    ['一千零一', 1001],
  ])('%s = %d', (s, v) => expect(parseChineseInteger(s)).toBe(v));

  it.each(['十四五', '一二', '三四', '十十', '百二', '万一', '一万万', '千五'])('%s is not a numeral', (s) => expect(parseChineseInteger(s)).toBeNull());
});

describe('parseChineseRange', () => {
  it('reads adjacent digits as a range', () => {
    expect(parseChineseRange('三四')).toEqual({ low: 3, high: 4 });
    expect(parseChineseRange('两三')).toEqual({ low: 2, high: 3 });
    expect(parseChineseRange('三五')).toEqual({ low: 3, high: 5 });
    expect(parseChineseRange('二三十')).toEqual({ low: 20, high: 30 });
    expect(parseChineseRange('十四')).toBeNull();
    expect(parseChineseRange('四五六')).toBeNull();
    expect(parseChineseRange('五三')).toBeNull();
  });
});

describe('parseDigitByDigit', () => {
  it('reads years written digit by digit', () => {
    expect(parseDigitByDigit('二〇二一')).toBe(2021);
    expect(parseDigitByDigit('二零二二')).toBe(2022);
    expect(parseDigitByDigit('二十')).toBeNull();
  });
});
