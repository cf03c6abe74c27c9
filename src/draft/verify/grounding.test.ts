import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../facts/fact';
import { groundText } from './grounding';

const fact = (id: string, kind: Fact['kind'], value: string, text: string, computed = false): Fact => ({ id, label: id, kind, value: new Decimal(value), text, scope: 'figures', computed });
const FACTS = [
  fact('year', 'year', '2021', '2021年'),
  fact('execution', 'amount', '2760.71', '2,760.71万元'),
  fact('exec_rate', 'percent', '82.0813', '82.08%', true),
  fact('gap', 'points', '7.92', '7.92个百分点', true),
  fact('count', 'count', '774', '774名'),
  fact('score', 'score', '91.82', '91.82分'),
];

describe('groundText', () => {
  it('every number equal to a fact is grounded', () => {
    const g = groundText('2021年度，全年执行数2,760.71万元，预算执行率82.08%，较目标低7.92个百分点；培训774名，自评得分91.82分。', FACTS);
    expect(g).toEqual({ numbers: 6, grounded: 6, offending: [] });
  });

  it('a computed value may be stated rounded at its own precision; a stated value may not', () => {
    expect(groundText('预算执行率82.1%。', FACTS).offending).toEqual([]);
    expect(groundText('执行数2,760.7万元。', FACTS).offending.map((o) => o.raw)).toEqual(['2,760.7万元']);
  });

  it('an invented number is reported with its span', () => {
    const text = '执行率82.08%，较上年提高5个百分点。';
    const g = groundText(text, FACTS);
    expect(g.grounded).toBe(1);
    expect(g.offending).toHaveLength(1);
    const o = g.offending[0]!;
    expect(text.slice(o.start, o.end)).toBe('5个百分点');
  });

  it('the right value with the wrong kind is not grounded (774 people is not 774万元)', () => {
    expect(groundText('支出774万元。', FACTS).offending).toHaveLength(1);
  });

  it('ordinals, set phrases and enumeration words are not numbers', () => {
    expect(groundText('一是坚持“两个维护”；二是落实“十四五”规划和十九届六中全会精神。', FACTS).numbers).toBe(0);
  });

  it('a Chinese-numeral count is a number too', () => {
    expect(groundText('三个方面', FACTS).offending).toHaveLength(1);
  });
});
