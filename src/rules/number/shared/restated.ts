/**
 * The same quantity stated in several places: figures with the same key (部门整体执行数,
 * 基本支出), and counts or rates with the same label (征集提案, 立案率) outside tables.
 */
import type Decimal from 'decimal.js';
import type { NumberAnalysis } from './analysis';
import { agreeRestated, type Agreement } from '../../../domain';
import { keyName } from './figure-key';
import { isExact, type Mention } from './mention';
import { otherPeriod } from '../../../claims/resolve';
import { rescale } from './scale';

export interface RestatedGroup {
  /** 'key' for figure keys (error when they differ), 'label' for same-label counts (warning). */
  by: 'key' | 'label';
  name: string;
  mentions: Mention[];
}

const LEADING = /^(全年共计|全年共|全年|今年|年内|本年|共计|共)/;

/** A count's or rate's label as a grouping key: qualifiers off, at least four characters (three for X率). */
function labelGroupKey(m: Mention): string | null {
  const l = m.q.label?.replace(LEADING, '');
  if (!l) return null;
  if (m.q.kind === 'percent' ? l.length < 3 || !l.endsWith('率') : l.length < 4) return null;
  return `${l}|${m.scale?.base ?? ''}|${m.q.approx ? 'approx' : 'exact'}`;
}

/** Groups of two or more mentions of the same quantity. */
export function restatedGroups(a: NumberAnalysis): RestatedGroup[] {
  const groups = new Map<string, RestatedGroup>();
  const add = (k: string, by: RestatedGroup['by'], name: string, m: Mention) => {
    const g = groups.get(k);
    if (g) g.mentions.push(m);
    else groups.set(k, { by, name, mentions: [m] });
  };
  for (const m of a.mentions) {
    const k = m.key;
    if (k) {
      if (k.subject === '?' || k.subject.startsWith('row:') || !isExact(m)) continue;
      add(`key|${k.subject}|${k.measure}`, 'key', keyName(k), m);
      continue;
    }
    if (m.inTable || (m.q.kind !== 'count' && m.q.kind !== 'percent') || m.q.range) continue;
    if (otherPeriod(a.doc, a.text, m, a.mentions[m.id - 1])) continue;
    const lk = labelGroupKey(m);
    if (lk) add(`label|${lk}`, 'label', m.q.label!.replace(LEADING, ''), m);
  }
  return [...groups.values()].filter((g) => g.mentions.length >= 2 && (g.by === 'key' || !generic(g)));
}

/**
 * A label used for many different facts (参与委员 N人次 after each activity): three or
 * more distinct values under one label are not restatements of one fact.
 */
function generic(g: RestatedGroup): boolean {
  return new Set(g.mentions.map(valueKey)).size >= 3;
}

/**
 * Whether two same-label counts can be the same fact: when both follow another figure in
 * their sentence, those figures' labels must agree too (组织专题视察12次，参与委员80人次 and
 * 召开座谈会3场，参与委员40人次 are about different activities).
 */
export function sameContext(a: NumberAnalysis, x: Mention, y: Mention): boolean {
  const before = (m: Mention) => {
    const prev = a.mentions[m.id - 1];
    return prev && prev.sentence === m.sentence && prev.q.label ? prev.q.label.replace(LEADING, '') : null;
  };
  const bx = before(x);
  const by = before(y);
  return bx === null || by === null || bx === by;
}

/** A mention's value and decimals in the unit power `to` (2,760.71万元 → 27607100 元 at power 0). */
export function valueIn(m: Mention, to: number): { value: Decimal; decimals: number } {
  const from = m.scale?.power ?? 0;
  return { value: rescale(m.q.value, from, to), decimals: Math.max(0, m.q.decimals + (to - from)) };
}

/** The coarsest unit power of a group (万元 over 元), so that no value gets spurious decimals. */
export function groupPower(ms: Mention[]): number {
  return Math.max(...ms.map((m) => m.scale?.power ?? 0));
}

/** Compares two mentions of the same quantity in a common unit. */
export function compareMentions(x: Mention, y: Mention, power: number): Agreement {
  return agreeRestated(valueIn(x, power), valueIn(y, power));
}

const VALUE_KEYS = new WeakMap<Mention, string>();

/** A plain decimal string times 10^power, canonical (no leading zeros, no trailing fraction zeros), by moving the point. */
function shifted(plain: string, power: number): string {
  const neg = plain.startsWith('-');
  const [int, frac = ''] = (neg ? plain.slice(1) : plain).split('.');
  let digits = int! + frac;
  let point = int!.length + power;
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  const i = digits.slice(0, point).replace(/^0+/, '') || '0';
  const f = digits.slice(point).replace(/0+$/, '');
  if (i === '0' && f === '') return '0';
  return `${neg ? '-' : ''}${i}${f ? `.${f}` : ''}`;
}

/** A mention's value in its base unit as a canonical string ('元|27607100'), for equality lookups (cached). */
export function valueKey(m: Mention): string {
  let k = VALUE_KEYS.get(m);
  if (k === undefined) {
    k = `${m.scale?.base ?? ''}|${shifted(m.q.value.toFixed(), m.scale?.power ?? 0)}`;
    VALUE_KEYS.set(m, k);
  }
  return k;
}

/** Whether two mentions state the same value (in a common unit). */
export function sameValue(x: Mention, y: Mention): boolean {
  return valueKey(x) === valueKey(y);
}
