import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuantities } from './extract';
import { NOT_QUANTITIES, SET_PHRASES } from './set-phrases';
import type { Quantity } from './types';
import { WORD_CONTINUATIONS } from './units';

/** Filler characters that are no numeral, unit, marker or connector, and turn no unit into a word. */
const SAFE = [...'的在和政协委员会工作推进加强建设发展组织开展议民主监督全面落实提高服务质量群众意见'].filter((c) => !WORD_CONTINUATIONS.includes(c));
const filler = (min: number) => fc.string({ unit: fc.constantFrom(...SAFE), minLength: min, maxLength: 12 });
const UNITS = [
  '万元',
  '元',
  '亿元',
  '%',
  '‰',
  '件',
  '篇',
  '次',
  '人次',
  '个',
  '名',
  '批',
  '批次',
  '人',
  '户',
  '条',
  '项',
  '份',
  '分',
  '天',
  '小时',
  '场',
  '期',
  '家',
  '所',
  '支',
  '辆',
  '套',
  '台',
  '平方米',
  '公里',
  '年',
  '月',
  '万人次',
  '',
];

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function checkInvariants(text: string, qs: Quantity[]): void {
  let prevEnd = 0;
  for (const q of qs) {
    expect(text.slice(q.start, q.end)).toBe(q.raw);
    expect(q.start).toBeGreaterThanOrEqual(prevEnd);
    expect(q.end).toBeGreaterThan(q.start);
    prevEnd = q.end;
  }
}

describe('extractQuantities properties', () => {
  it('(a) reads any decimal with any unit exactly, span included', () => {
    fc.assert(
      fc.property(
        filler(1),
        fc.bigInt({ min: 0n, max: 9_999_999_999n }),
        fc.integer({ min: 0, max: 4 }),
        fc.bigInt({ min: 0n, max: 9999n }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(...UNITS),
        fc.constantFrom('', '', ' '),
        filler(0),
        (before, int, decimals, fracSeed, sep, neg, unit, space, after) => {
          const frac = decimals === 0 ? '' : (fracSeed % 10n ** BigInt(decimals)).toString().padStart(decimals, '0');
          const intText = sep ? group(int.toString()) : int.toString();
          const numberText = (neg ? '-' : '') + intText + (frac ? '.' + frac : '');
          const text = `${before}${numberText}${space}${unit}${after}`;
          const qs = extractQuantities(text);
          checkInvariants(text, qs);
          expect(qs).toHaveLength(1);
          const q = qs[0]!;
          const expected = new Decimal((neg ? '-' : '') + int.toString() + (frac ? '.' + frac : ''));
          expect(q.value.equals(expected)).toBe(true);
          expect(q.start).toBe(before.length);
          expect(q.raw).toBe(unit === '' ? numberText : numberText + space + unit);
          expect(q.numberText).toBe(numberText);
          expect(q.decimals).toBe(decimals);
          expect(q.separators).toBe(sep && int >= 1000n);
          expect(q.unit).toBe(unit === '' ? null : unit);
          if (unit === '%') expect(q.kind).toBe('percent');
        },
      ),
      { numRuns: 2000 },
    );
  });

  const TOKENS = [
    '1',
    '23',
    '4,567',
    '8.9',
    '０',
    '１２',
    '，',
    ',',
    '.',
    '．',
    '-',
    '~',
    '～',
    '至',
    '到',
    '—',
    '万',
    '亿',
    '元',
    '万元',
    '%',
    '％',
    '个',
    '件',
    '批次',
    '年',
    '年度',
    '月',
    '分',
    '余',
    '多',
    '近',
    '约',
    '以上',
    '左右',
    '一',
    '二',
    '两',
    '三',
    '四',
    '十',
    '百',
    '千',
    '零',
    '〇',
    '伍',
    '第',
    '届',
    '次',
    '会议',
    '“',
    '”',
    '、',
    '。',
    '：',
    '\n',
    ' ',
    '（',
    '）',
    '〔2020〕',
    '号',
    '百分之',
    '千分之',
    '是',
    '的',
    '提案',
    '支出',
    '执行率',
    'a',
    'G',
    '附件',
    '上',
    '将近',
    '意识',
  ];

  it('(b) spans are exact, sorted and never overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        checkInvariants(text, extractQuantities(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('(c) never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => checkInvariants(text, extractQuantities(text))),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => checkInvariants(text, extractQuantities(text))),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789一二三十百千万亿余多个件%年月.,~-至第届'), maxLength: 60 }), (text) => checkInvariants(text, extractQuantities(text))),
      { numRuns: 2000 },
    );
  });

  it('(d) ordinals, names and set phrases never yield quantities', () => {
    fc.assert(
      fc.property(filler(0), fc.constantFrom(...NOT_QUANTITIES, ...SET_PHRASES), filler(0), (a, phrase, b) => {
        const text = a + phrase + b;
        expect(extractQuantities(text).map((q) => q.raw)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });
});
