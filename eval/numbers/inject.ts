/**
 * Defect injection for the numeric and usage rules: over the seed texts (hand-picked
 * sites, one change each) and over synthetic reports (one injection per kind and report).
 * A case says which rule should find it; the runner locates the change by diffing.
 */
import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';
import type { FiguresInput } from '../../src/model/figures';
import { formatDecimal, roundHalfUp } from '../../src/numbers';
import { grim } from '../../src/rules/number/shared/grim';
import { rng, synthetic, type Rng, type Synthetic } from './synthetic';

export interface Case {
  id: string;
  /** 'seed000', 'syn07': the clean document the case starts from. */
  source: string;
  /** The rule that should find the defect. */
  rule: string;
  kind: string;
  original: string;
  text: string;
  figures?: FiguresInput;
}

const seedText = (id: string) => readFileSync(new URL(`../../fixtures/seeds/${id}.txt`, import.meta.url), 'utf8');
const seedFigures = (id: string): FiguresInput => JSON.parse(readFileSync(new URL(`../../fixtures/figures/${id}.json`, import.meta.url), 'utf8'));

/** Replaces the `nth` (1-based) occurrence of `find`. */
function replaceNth(text: string, find: string, replace: string, nth = 1): string {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(find, at + 1);
    if (at < 0) throw new Error(`injection site not found: ${find} #${nth}`);
  }
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

type SeedSite = [seed: string, rule: string, kind: string, find: string, replace: string, nth?: number, withFigures?: boolean];

const N = 'number/';
const U = 'usage/';
const SEED_SITES: SeedSite[] = [
  ['000', `${N}sum-mismatch`, 'component', '2,022.35 万元', '2,032.35 万元'],
  ['000', `${N}sum-mismatch`, 'component', '教育支出：18.30', '教育支出：18.03'],
  ['000', `${N}sum-mismatch`, 'component', '500.93 万元', '590.93 万元'],
  ['000', `${N}sum-mismatch`, 'component', '18.62 万元', '16.62 万元'],
  ['000', `${N}sum-mismatch`, 'component', '200.51 万元', '210.51 万元'],
  ['000', `${N}sum-mismatch`, 'component', '2,586.53 万元', '2,568.53 万元'],
  ['000', `${N}sum-mismatch`, 'component', '174.18 万元', '147.18 万元'],
  ['000', `${N}sum-mismatch`, 'total', '2,760.71 万元', '2,706.71 万元'],
  ['000', `${N}rate-mismatch`, 'rate', '82.1%', '84.1%'],
  ['000', `${N}rate-mismatch`, 'rate', '3,363.37 万元', '3,563.37 万元'],
  ['000', `${N}rate-mismatch`, 'rate', '100.0%', '90.0%'],
  ['000', `${N}rate-mismatch`, 'rate', '执行数 50 万元', '执行数 45 万元'],
  ['000', `${N}rating-score`, 'rating', '91.82 分', '81.82 分'],
  ['000', `${N}grim`, 'grim', '68.6%以上', '68.7%以上'],
  ['000', `${N}restatement`, 'restated', '征集文史资料稿件190余篇', '征集文史资料稿件290余篇', 2],
  ['000', `${N}restatement`, 'restated', '拍摄古村落12个', '拍摄古村落15个', 2],
  ['000', `${N}figures-mismatch`, 'figure', '2,022.35 万元', '2,032.35 万元', 1, true],
  ['000', `${N}figures-mismatch`, 'figure', '91.82 分', '92.82 分', 1, true],
  ['000', `${N}figures-mismatch`, 'figure', '基本支出：2,586.53 万元；项目支出：174.18 万元', '基本支出：174.18 万元；项目支出：2,586.53 万元', 1, true],
  ['000', `${N}figures-mismatch`, 'figure', '全年预算数 50 万元', '全年预算数 60 万元', 1, true],
  ['000', `${U}double-approximation`, 'double-approx', '稿件190余篇', '稿件约190余篇'],
  ['000', `${U}thousands-separator`, 'separator', '3,363.37', '3363.37'],
  ['000', `${U}range-unit`, 'range', '31 万字', '30~31 万字'],
  ['001', `${N}rate-mismatch`, 'rate', '98.31%', '96.31%'],
  ['001', `${N}rate-mismatch`, 'rate', '97.45%', '97.54%'],
  ['001', `${N}rate-mismatch`, 'rate', '98.12%', '97.12%'],
  ['001', `${N}rate-mismatch`, 'rate', '65.8%', '66.8%'],
  ['001', `${N}rate-mismatch`, 'rate', '立案 456 件', '立案 465 件'],
  ['001', `${N}sum-mismatch`, 'component', '11505.73', '11505.37'],
  ['001', `${N}sum-mismatch`, 'component', '3085.13', '3058.13'],
  ['001', `${N}sum-mismatch`, 'total', '支出14590.86', '支出14590.68'],
  ['001', `${N}restatement`, 'restated', '征集提案 693 件', '征集提案 639 件', 2],
  ['001', `${N}restatement`, 'restated', '1200 余条', '1300 余条'],
  ['001', `${N}restatement`, 'restated', '编辑报送 90 篇', '编辑报送 80 篇'],
  ['001', `${N}figures-mismatch`, 'figure', '11505.73', '11505.83', 1, true],
  ['001', `${N}figures-mismatch`, 'figure', '98.1 分', '97.1 分', 1, true],
  ['001', `${U}thousands-separator`, 'separator', '14590.86', '14,590.86'],
  ['002', `${N}sum-mismatch`, 'component', '523.39 万元', '533.39 万元'],
  ['002', `${N}sum-mismatch`, 'component', '142.46 万元', '124.46 万元'],
  ['002', `${N}sum-mismatch`, 'component', '5.01 万元', '50.1 万元'],
  ['002', `${N}sum-mismatch`, 'component', '43.22 万元', '34.22 万元'],
  ['002', `${N}sum-mismatch`, 'component', '642.19 万元', '624.19 万元'],
  ['002', `${N}sum-mismatch`, 'component', '71.88 万元', '71.98 万元'],
  ['002', `${N}rate-mismatch`, 'rate', '890.33 万元', '880.33 万元'],
  ['002', `${N}rate-mismatch`, 'rate', '80.2%', '82.0%'],
  ['002', `${N}rate-mismatch`, 'rate', '执行数是 24.99', '执行数是 22.99'],
  ['002', `${N}rate-mismatch`, 'rate', '100.0%', '99.0%'],
  ['002', `${N}rating-score`, 'rating', '91.28 分。', '91.28 分，评级为良。'],
  ['002', `${N}restatement`, 'restated', '12 个奖项', '13 个奖项', 3],
  ['002', `${N}figures-mismatch`, 'figure', '890.33 万元', '980.33 万元', 1, true],
  ['002', `${N}figures-mismatch`, 'figure', '71.88 万元', '71.98 万元', 1, true],
  ['003', `${U}double-approximation`, 'double-approx', '篇目48篇', '篇目近48余篇'],
  ['004', `${N}rate-mismatch`, 'rate', '合计 2165.98 153.56 2287.19 98.61%', '合计 2165.98 153.56 2287.19 96.61%'],
  ['004', `${N}rate-mismatch`, 'rate', '2287.19 98.61% 7.09%', '2287.19 98.61% 7.90%'],
  ['004', `${N}sum-mismatch`, 'total', '合计 2165.98 153.56 2287.19', '合计 2165.98 153.56 2387.19'],
  ['004', `${N}sum-mismatch`, 'component', '一般公共预算 2165.98 153.56', '一般公共预算 2165.98 135.56'],
  ['004', `${N}indicator-shortfall`, 'shortfall', '6次 13次', '6次 3次'],
  ['004', `${N}indicator-shortfall`, 'shortfall', '90% 95%', '90% 85%'],
  ['004', `${N}figures-mismatch`, 'figure', '合计 2165.98', '合计 2156.98', 1, true],
  ['004', `${N}figures-mismatch`, 'figure', '5批 1批次', '5批 2批次', 1, true],
  ['004', `${N}all-met-claim`, 'claim', '存在问题 资金使用效益', '各项绩效目标全面完成。\n存在问题 资金使用效益'],
];

/** The hand-picked injections over the seed texts. */
export function seedCases(): Case[] {
  return SEED_SITES.map(([seed, rule, kind, find, replace, nth, withFigures], i) => {
    const original = seedText(seed);
    const c: Case = { id: `seed${seed}/${kind}/${i}`, source: `seed${seed}`, rule, kind, original, text: replaceNth(original, find, replace, nth) };
    if (withFigures) c.figures = seedFigures(seed);
    return c;
  });
}

// ---- synthetic reports -------------------------------------------------------

const plain = (s: string) => new Decimal(s.replace(/,/g, ''));
const fmt = (v: Decimal, d: number, sep: boolean) => formatDecimal(v, d, sep);
const decimalsOf = (s: string) => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);

/** An amount moved by 1.00–99.99 either way, written in the same style. */
function shiftAmount(r: Rng, s: string, sep: boolean): string {
  const delta = new Decimal(100 + Math.floor(r() * 9900)).div(100);
  const v = plain(s);
  const next = r() < 0.5 && v.gt(delta.times(2)) ? v.minus(delta) : v.plus(delta);
  return fmt(next, 2, sep);
}

/** A percentage moved by at least half a point, same decimals. */
function shiftRate(r: Rng, s: string): string {
  const d = decimalsOf(s);
  const delta = new Decimal(5 + Math.floor(r() * 45)).div(10);
  const v = plain(s);
  return fmt(v.gt(delta.plus(1)) && r() < 0.6 ? v.minus(delta) : v.plus(delta), d, false);
}

function pickKey(r: Rng, keys: string[]): string {
  return keys[Math.floor(r() * keys.length)]!;
}

type Injector = (s: Synthetic, r: Rng) => { rule: string; slots: Record<string, string> } | null;

const fn = (s: Synthetic) => Array.from({ length: s.facts.functions }, (_, i) => `f${i}`);

const INJECTORS: Record<string, Injector> = {
  component: (s, r) => {
    const k = pickKey(r, [...fn(s), 'basic', 'project']);
    return { rule: `${N}sum-mismatch`, slots: { [k]: shiftAmount(r, s.slots[k]!, s.facts.sep) } };
  },
  'component-rounding': (s, r) => {
    const k = pickKey(r, [...fn(s), 'basic', 'project']);
    const v = plain(s.slots[k]!);
    return { rule: `${N}sum-mismatch`, slots: { [k]: fmt(v.plus(r() < 0.5 && v.gt(1) ? -0.01 : 0.01), 2, s.facts.sep) } };
  },
  'rate-rounding': (s, r) => {
    // the other rounding direction of the exact rate (truncated instead of rounded up, or up instead of down)
    const sites: Array<[string, string, string]> = [['rate', 'exec', 'budget'], ...Array.from({ length: s.facts.projects }, (_, i): [string, string, string] => [`pr${i}`, `pe${i}`, `pb${i}`])];
    const [k, num, den] = sites[Math.floor(r() * sites.length)]!;
    const d = decimalsOf(s.slots[k]!);
    const exactRate = plain(s.slots[num]!).div(plain(s.slots[den]!)).times(100);
    const stated = plain(s.slots[k]!);
    if (exactRate.eq(stated)) return null;
    const other = exactRate.lt(stated) ? stated.minus(new Decimal(10).pow(-d)) : stated.plus(new Decimal(10).pow(-d));
    return { rule: `${N}rate-mismatch`, slots: { [k]: fmt(other, d, false) } };
  },
  total: (s, r) => ({ rule: `${N}sum-mismatch`, slots: { exec: shiftAmount(r, s.slots.exec!, s.facts.sep) } }),
  growth: (s, r) => ({ rule: `${N}growth-mismatch`, slots: { growth: shiftRate(r, s.slots.growth!) } }),
  rate: (s, r) => {
    const keys = [
      'rate',
      'filedRate',
      ...Array.from({ length: s.facts.projects }, (_, i) => `pr${i}`),
      ...(s.facts.table ? ['tableRate', 'adjustmentRate'] : []),
      ...(s.facts.natureShares ? ['basicShare', 'projectShare'] : []),
    ];
    const k = pickKey(r, keys);
    return { rule: `${N}rate-mismatch`, slots: { [k]: shiftRate(r, s.slots[k]!) } };
  },
  restated: (s, r) => {
    const k = pickKey(r, ['execAgain', 'proposalsAgain']);
    const v = s.slots[k]!;
    return { rule: `${N}restatement`, slots: { [k]: k === 'proposalsAgain' ? String(Number(v) + 1 + Math.floor(r() * 50)) : shiftAmount(r, v, s.facts.sep) } };
  },
  swapped: (s) => ({ rule: `${N}restatement`, slots: { basicAgain: s.slots.projectAgain!, projectAgain: s.slots.basicAgain! } }),
  figure: (s, r) => {
    const keys = ['budget', ...fn(s), ...Array.from({ length: s.facts.projects }, (_, i) => `pb${i}`)];
    const k = pickKey(r, keys);
    return { rule: `${N}figures-mismatch`, slots: { [k]: shiftAmount(r, s.slots[k]!, s.facts.sep) } };
  },
  rating: (s, r) => {
    const others = ['优', '良', '中', '差'].filter((x) => x !== s.slots.rating);
    return { rule: `${N}rating-score`, slots: { rating: pickKey(r, others) } };
  },
  grim: (s) => {
    const cur = plain(s.slots.share!);
    for (let step = 1; step < 200; step++) {
      for (const sign of [1, -1]) {
        const v = cur.plus(new Decimal(step * sign).div(10));
        if (v.lte(0) || v.gte(100)) continue;
        if (!grim(v, 1, s.facts.filed).reachable) return { rule: `${N}grim`, slots: { share: fmt(v, 1, false) } };
      }
    }
    return null;
  },
  shortfall: (s, r) => {
    if (!s.facts.table) return null;
    const i = Math.floor(r() * s.facts.indicators);
    const t = s.slots[`it${i}`]!;
    const unit = t.replace(/^[\d.]+/, '');
    const target = plain(t.replace(/[^\d.]/g, ''));
    return { rule: `${N}indicator-shortfall`, slots: { [`ia${i}`]: `${target.minus(1 + Math.floor(r() * 2)).toString()}${unit}` } };
  },
  claim: (s, r) => {
    const slots: Record<string, string> = { claim: pickKey(r, ['各项绩效目标全面完成。', '年度绩效目标均已完成。', '完成了既定的绩效目标。']) };
    if (!s.facts.lowRate) {
      if (!s.facts.table) return null;
      const t = s.slots.it0!;
      slots.ia0 = `${plain(t.replace(/[^\d.]/g, ''))
        .minus(1)
        .toString()}${t.replace(/^[\d.]+/, '')}`;
    }
    return { rule: `${N}all-met-claim`, slots };
  },
  'double-approx': (s, r) => {
    const k = pickKey(r, ['c0', 'c1', 'c2', 'c3', 'c4', 'c5']);
    return { rule: `${U}double-approximation`, slots: { [k]: `${pickKey(r, ['近', '约'])}${s.slots[k]}${pickKey(r, ['余', '多'])}` } };
  },
  separator: (s, r) => {
    const k = pickKey(
      r,
      ['budget', 'exec', 'basic'].filter((x) => plain(s.slots[x]!).gte(1000)),
    );
    if (!k) return null;
    const v = plain(s.slots[k]!);
    return { rule: `${U}thousands-separator`, slots: { [k]: fmt(v, 2, !s.facts.sep) } };
  },
  unit: (s) => {
    const yuan = roundHalfUp(plain(s.slots.exec!).times(10000), 0);
    return { rule: `${U}unit-change`, slots: { insertBudget: `本部门全年执行数${fmt(yuan, 0, s.facts.sep)}元。` } };
  },
  range: (_s, r) => {
    const lo = 2 + Math.floor(r() * 8);
    const unit = pickKey(r, ['亿元', '万元', '%', '万人次']);
    return { rule: `${U}range-unit`, slots: { insert: `预计带动相关投入${lo}~${lo + 3 + Math.floor(r() * 10)}${unit}。` } };
  },
};

/** The synthetic reports used by the eval. */
export function syntheticReports(count: number): Synthetic[] {
  return Array.from({ length: count }, (_, n) => synthetic(n));
}

/** One injection per kind and synthetic report (where the report has a site for it). */
export function syntheticCases(reports: Synthetic[]): Case[] {
  const out: Case[] = [];
  for (const s of reports) {
    const r = rng(7 + Number(s.id.slice(3)));
    for (const [kind, inject] of Object.entries(INJECTORS)) {
      const inj = inject(s, r);
      if (!inj) continue;
      const text = s.render({ ...s.slots, ...inj.slots });
      if (text === s.text) continue;
      out.push({ id: `${s.id}/${kind}`, source: s.id, rule: inj.rule, kind, original: s.text, text, figures: s.figures });
    }
  }
  return out;
}
