/**
 * Restatements with a typing slip: the same count or amount stated twice under similar
 * (not identical) words, with two digits transposed (1,652 → 1,562), one digit changed
 * (218 → 212) or a 万/千 slip (4.82万件 → 4,820件). Candidates are found through digit
 * signatures (an index), never by comparing every pair of numbers.
 */
import type { NumberAnalysis } from './analysis';
import { isExact, type Mention } from './mention';
import { otherPeriod } from '../../../claims/resolve';

export type SlipKind = 'transposed' | 'digit' | 'magnitude';

interface Slip {
  kind: SlipKind;
  earlier: Mention;
  later: Mention;
  similarity: number;
}

const AFTER_STOP = /[，,。；;：:、！？\n（(]/;
const GENERIC = /全年|全县|全区|全市|全省|本年度|本年|今年|共计|共|各类|总计|合计|已经|已|累计|完成|办理|实现|达到|开展|组织|新增|其中|先后|我局|我馆|我会|我委|我中心|的|了/g;
const CUMULATIVE = /累计|截至|截止|历年|总量|现有|共有/;

/** The words around a number: its label and the noun after its unit (212个村级服务站). */
function contextWords(a: NumberAnalysis, m: Mention): string {
  let k = m.q.end;
  while (k < a.text.length && k - m.q.end < 14 && !AFTER_STOP.test(a.text[k]!)) k++;
  return `${m.q.label ?? ''}${a.text.slice(m.q.end, k)}`.replace(/\s+/g, '');
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
  return out;
}

/**
 * Overlap of character bigrams (shared ÷ the shorter side's), generic words removed; 0 when
 * the shorter side has fewer than three bigrams.
 */
export function labelSimilarity(x: string, y: string): number {
  return bigramOverlap(labelBigrams(x), labelBigrams(y));
}

/** The bigrams `labelSimilarity` compares (generic words removed), for computing them once. */
export function labelBigrams(s: string): Map<string, number> {
  return bigrams(s.replace(GENERIC, ''));
}

/** `labelSimilarity` over precomputed `labelBigrams`. */
export function bigramOverlap(a: Map<string, number>, b: Map<string, number>): number {
  let na = 0;
  let nb = 0;
  let both = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  for (const [k, v] of a) both += Math.min(v, b.get(k) ?? 0);
  const small = Math.min(na, nb);
  return small < 3 ? 0 : both / small;
}

/** Digits of a value in the base unit, without the decimal point: 126.8万 → '1268000'. */
function digitsOf(m: Mention): string | null {
  if (!m.q.value.gt(0)) return null;
  // shifting the decimal point moves no digit: the digits as written, zeros padded for the power
  const [int, frac = ''] = m.q.value.toFixed().split('.');
  const power = m.scale?.power ?? 0;
  const digits = frac.length > power ? int! + frac : int! + frac + '0'.repeat(power - frac.length);
  return digits.replace(/^0+/, '');
}

function significant(s: string): string {
  return s.replace(/0+$/, '');
}

/** How two digit strings differ: one adjacent transposition, one digit, or a factor of ten. */
function slipKind(x: string, y: string, xm: Mention, ym: Mention): SlipKind | null {
  if (x === y) return null;
  if (x.length === y.length) {
    const diff: number[] = [];
    for (let i = 0; i < x.length && diff.length <= 2; i++) if (x[i] !== y[i]) diff.push(i);
    if (significant(x).length < 3) return null;
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!]) return 'transposed';
    if (diff.length === 1) return 'digit';
    return null;
  }
  const magnitude = (m: Mention) => (m.scale?.power ?? 0) > 0;
  if (Math.abs(x.length - y.length) === 1 && significant(x) === significant(y) && significant(x).length >= 2 && (magnitude(xm) || magnitude(ym))) {
    return 'magnitude';
  }
  return null;
}

/**
 * Whether two values of one unit differ by a typing slip of their digits (728 for 278: a
 * transposition; 4,120 for 4,180: one digit), decimal points ignored.
 */
export function digitSlip(x: { toFixed(): string }, y: { toFixed(): string }): boolean {
  const d = (v: { toFixed(): string }) => v.toFixed().replace('.', '').replace(/^0+/, '');
  const [a, b] = [d(x), d(y)];
  if (a.length !== b.length) return false;
  const k = slipKind(a, b, null as unknown as Mention, null as unknown as Mention);
  return k === 'transposed' || k === 'digit';
}

/** Classifiers used interchangeably for one count (2,374人 and 2,374名). */
const SAME_BASE: Record<string, string> = { 名: '人', 位: '人', 场次: '场', 批次: '批' };

const MAX_PER_SIGNATURE = 12;

/**
 * Figures after another figure of their sentence are about that activity (组织专题视察12次，参与委员80人次):
 * two of them are one fact only when the figures before them have the same label.
 */
function sameLead(a: NumberAnalysis, x: Mention, y: Mention): boolean {
  const lead = (m: Mention) => {
    const prev = a.mentions[m.id - 1];
    return prev && prev.sentence === m.sentence && prev.q.kind === m.q.kind ? prev.q.label : null;
  };
  const lx = lead(x);
  const ly = lead(y);
  return lx === null || ly === null || lx === ly;
}

function candidate(a: NumberAnalysis, m: Mention): boolean {
  return (m.q.kind === 'count' || m.q.kind === 'amount') && !m.inTable && isExact(m) && m.scale !== null && !otherPeriod(a.doc, a.text, m, a.mentions[m.id - 1]);
}

/** Similar-worded pairs of numbers whose values differ by a slip. */
export function slips(a: NumberAnalysis): Slip[] {
  // a label used for three or more different values names many facts (参与委员 N人次 after each activity)
  const valuesByLabel = new Map<string, Set<string>>();
  for (const m of a.mentions) {
    if (!m.q.label || m.inTable) continue;
    const set = valuesByLabel.get(m.q.label) ?? new Set<string>();
    set.add(m.q.numberText);
    valuesByLabel.set(m.q.label, set);
  }
  const generic = (m: Mention) => m.q.label !== null && (valuesByLabel.get(m.q.label)?.size ?? 0) >= 3;
  const grams = new Map<number, Map<string, number>>();
  const gramsOf = (m: Mention) => {
    let g = grams.get(m.id);
    if (!g) {
      g = bigrams(contextWords(a, m).replace(GENERIC, ''));
      grams.set(m.id, g);
    }
    return g;
  };
  const index = new Map<string, Mention[]>();
  const digits = new Map<number, string>();
  const out: Slip[] = [];
  const seen = new Set<string>();
  for (const m of a.mentions) {
    if (!candidate(a, m) || generic(m)) continue;
    const d = digitsOf(m);
    if (d === null || d.length < 2) continue;
    digits.set(m.id, d);
    const base = `${m.q.kind}|${SAME_BASE[m.scale!.base] ?? m.scale!.base}|`;
    const keys = new Set<string>([`${base}t${d.length}:${[...d].sort().join('')}`, `${base}s:${significant(d)}`]);
    for (let i = 0; i < d.length; i++) keys.add(`${base}d:${d.slice(0, i)}?${d.slice(i + 1)}`);
    for (const k of keys) {
      const list = index.get(k);
      // only the latest few of a signature: a slip restates a figure, it does not recur dozens of times
      for (const e of (list ?? []).slice(-MAX_PER_SIGNATURE)) {
        const pair = `${e.id}|${m.id}`;
        if (seen.has(pair) || e.sentence === m.sentence) continue;
        seen.add(pair);
        // the same label is a plain restatement (number/restatement's label groups)
        if (e.q.label !== null && e.q.label === m.q.label) continue;
        // two figures whose subjects are both known are compared by their keys, not by their words
        if (e.key && m.key && e.subject.kind !== 'unknown' && m.subject.kind !== 'unknown') continue;
        const kind = slipKind(digits.get(e.id)!, d, e, m);
        if (!kind) continue;
        if (!sameLead(a, e, m)) continue;
        const ce = contextWords(a, e);
        const cm = contextWords(a, m);
        if (CUMULATIVE.test(ce) !== CUMULATIVE.test(cm)) continue;
        const similarity = bigramOverlap(gramsOf(e), gramsOf(m));
        if (similarity < (kind === 'digit' ? 0.55 : 0.6)) continue;
        out.push({ kind, earlier: e, later: m, similarity });
      }
      if (list) list.push(m);
      else index.set(k, [m]);
    }
  }
  return out;
}
