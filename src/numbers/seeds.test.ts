import Decimal from 'decimal.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from './decimal-format';
import { extractQuantities } from './extract';
import { canonicalLabel } from './labels';
import type { Quantity } from './types';

// The five seeds as committed under fixtures/seeds (byte-identical to shared/seeds/NNN_<hash>.txt).
const SEEDS = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
const CJK = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef\\u2018-\\u201f\\u2026\\u2014\\u00b7]';
const SPACE_AT_CJK = new RegExp(`(?<=${CJK})[ \\t\\u3000]+|[ \\t\\u3000]+(?=${CJK})`, 'g');

/** What ingest does to a line of the seeds: spaces touching CJK removed, other runs collapsed. */
function normalize(raw: string): string {
  return raw
    .split('\n')
    .map((l) =>
      l
        .trim()
        .replace(SPACE_AT_CJK, '')
        .replace(/[ \t]+/g, ' '),
    )
    .join('\n');
}

const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seed = (prefix: string) =>
  normalize(
    readFileSync(
      join(
        SEEDS,
        seedFiles.find((f) => f.startsWith(prefix))!,
      ),
      'utf8',
    ),
  );
const sum = (qs: Quantity[]) => qs.reduce((s, q) => s.plus(q.value), new Decimal(0));
const byKey = (qs: Quantity[], key: string) => qs.filter((q) => canonicalLabel(q.label) === key);
const byFunction = (qs: Quantity[]) => qs.filter((q) => canonicalLabel(q.label)?.startsWith('byFunction:'));

const HEADING = /^[ \t]*(（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）])/gm;

describe('extraction over the five seeds', () => {
  it('reads all five', () => expect(seedFiles).toHaveLength(5));

  it.each(['000', '001', '002', '003', '004'])('seed %s: sane counts, exact spans, no heading markers, % is percent', (p) => {
    const text = seed(p);
    const qs = extractQuantities(text);
    expect(qs.length).toBeGreaterThan(15);
    expect(qs.length).toBeLessThan(100);
    let prev = 0;
    for (const q of qs) {
      expect(text.slice(q.start, q.end)).toBe(q.raw);
      expect(q.start).toBeGreaterThanOrEqual(prev);
      prev = q.end;
      if (q.raw.includes('%') || q.raw.includes('％')) expect(q.kind).toBe('percent');
    }
    for (const m of text.matchAll(HEADING)) {
      const [s, e] = [m.index, m.index + m[0].length];
      expect(
        qs.filter((q) => q.start < e && q.end > s).map((q) => q.raw),
        `heading ${m[0]}`,
      ).toEqual([]);
    }
  });

  it('seed 000: 功能分类 and 性质分类 sum to the executed total; 82.1%; 91.82分; 近200余篇', () => {
    const qs = extractQuantities(seed('000'));
    const exec = byKey(qs, 'execution')[0]!;
    expect(exec.value.toString()).toBe('2760.71');
    expect(byFunction(qs).map((q) => q.label)).toEqual(['一般公共服务支出', '教育支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出']);
    expect(sum(byFunction(qs)).equals(exec.value)).toBe(true);
    expect(byKey(qs, 'byNature.basic')[0]!.value.plus(byKey(qs, 'byNature.project')[0]!.value).equals(exec.value)).toBe(true);
    const budget = byKey(qs, 'budget.adjusted')[0]!;
    expect(budget.value.toString()).toBe('3363.37');
    const rate = byKey(qs, 'executionRate')[0]!;
    expect(formatDecimal(exec.value.div(budget.value).times(100), rate.decimals, false)).toBe(rate.numberText);
    expect(byKey(qs, 'selfScore')[0]).toMatchObject({ numberText: '91.82', kind: 'score' });
    const double = qs.filter((q) => q.approx?.before && q.approx.after);
    expect(double.map((q) => q.raw)).toEqual(['近200余篇', '近200余篇']);
    // no Chinese-numeral quantities in 000: 十一届一次会议, 一办六委, 四个意识 … are names
    expect(qs.filter((q) => q.chineseNumeral).map((q) => q.raw)).toEqual([]);
  });

  it('seed 001: 基本 + 项目 = 14590.86; rates 98.12%, 98.31%, 97.45%; 立案率 65.8%', () => {
    const qs = extractQuantities(seed('001'));
    const exec = byKey(qs, 'execution');
    expect(exec.map((q) => q.numberText)).toEqual(['14590.86', '11505.73', '3085.13']);
    expect(exec[1]!.value.plus(exec[2]!.value).equals(exec[0]!.value)).toBe(true);
    expect(byKey(qs, 'executionRate').map((q) => q.numberText)).toEqual(['98.12', '98.31', '97.45']);
    expect(formatDecimal(new Decimal('14590.86').div('14869.67').times(100), 2, false)).toBe('98.12');
    const proposals = qs.filter((q) => q.label === '征集提案')[0]!;
    const accepted = qs.filter((q) => q.label === '立案')[0]!;
    const rate = qs.filter((q) => q.label === '立案率')[0]!;
    expect(formatDecimal(accepted.value.div(proposals.value).times(100), rate.decimals, false)).toBe('65.8');
    expect(qs.filter((q) => q.chineseNumeral).map((q) => q.raw)).toEqual(['两个', '三个', '四个', '五个', '二十五周年', '近百名']);
  });

  it('seed 002: 功能分类 sums to 714.08 against a total of 714.07 (the known defect)', () => {
    const qs = extractQuantities(seed('002'));
    expect(sum(byFunction(qs)).toString()).toBe('714.08');
    expect(byKey(qs, 'execution')[0]!.numberText).toBe('714.07');
    expect(byKey(qs, 'byNature.basic')[0]!.value.plus(byKey(qs, 'byNature.project')[0]!.value).toString()).toBe('714.07');
    expect(qs.find((q) => q.raw === '近万名')).toMatchObject({ approx: { before: '近' } });
    expect(qs.find((q) => q.raw === '13000多名')).toMatchObject({ approx: { after: '多' } });
  });

  it('seed 003: dates and years are marked, session numbers are not quantities', () => {
    const qs = extractQuantities(seed('003'));
    expect(qs.filter((q) => q.kind === 'date').map((q) => q.raw)).toEqual(['3月', '10月']);
    expect(qs.filter((q) => q.chineseNumeral)).toEqual([]);
    expect(qs.find((q) => q.raw === '2021')).toMatchObject({ kind: 'year' });
  });

  it('seed 004: table rows, 98.61% and 7.09% recomputed, 5批 vs 1批次', () => {
    const text = seed('004');
    const qs = extractQuantities(text);
    const row = qs.filter((q) => q.start >= text.indexOf('合计') && q.end <= text.indexOf('\n', text.indexOf('合计')));
    expect(row.map((q) => q.numberText)).toEqual(['2165.98', '153.56', '2287.19', '98.61', '7.09']);
    const [initial, adj, exec, rate, adjRate] = row.map((q) => q.value) as [Decimal, Decimal, Decimal, Decimal, Decimal];
    expect(formatDecimal(exec.div(initial.plus(adj)).times(100), 2, false)).toBe(rate.toFixed(2));
    expect(formatDecimal(adj.div(initial).times(100), 2, false)).toBe(adjRate.toFixed(2));
    const batch = qs.filter((q) => q.unit === '批' || q.unit === '批次');
    expect(batch.map((q) => q.raw)).toEqual(['5批', '1批次']);
    expect(qs.filter((q) => q.chineseNumeral).map((q) => q.raw)).toEqual(['四个', '四个']);
  });

  it('extracts a 20,000-character report (timing lives in eval/numbers/bench.ts: tests assert no timings)', () => {
    const all = ['000', '001', '002', '003', '004'].map(seed).join('\n');
    const qs = extractQuantities(all.slice(0, 20_000));
    expect(qs.length).toBeGreaterThan(100);
  });
});
