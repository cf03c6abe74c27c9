/** Context around a number: heading markers, document numbers, kinds from units, money words. */
import type Decimal from 'decimal.js';
import { isArabicDigit } from './arabic';
import type { QuantityKind } from './types';
import type { UnitClass } from './units';

const HSPACE = /[ \t\u3000\u00a0]/;

/** Where an enumeration marker like "2." may start: a line start or the end of a sentence or clause list. */
const MARKER_AFTER = '\n。；;：:';

/**
 * End of a heading or enumeration marker whose first digit is at `pos`, or 0:
 * （1） (1) anywhere; 1. 1、 1． 1) at a line start or after 。；：.
 */
export function headingMarkerEnd(text: string, pos: number): number {
  let j = pos;
  while (isArabicDigit(text[j])) j++;
  const c = text[j];
  if (c === undefined) return 0;
  const opener = text[pos - 1] === '（' || text[pos - 1] === '(';
  if (opener) return j - pos <= 2 && (c === '）' || c === ')') ? j + 1 : 0;
  if (j - pos > 3 || !'.．、)）'.includes(c) || isArabicDigit(text[j + 1])) return 0;
  let k = pos - 1;
  while (k >= 0 && HSPACE.test(text[k]!)) k--;
  return k < 0 || MARKER_AFTER.includes(text[k]!) ? j + 1 : 0;
}

const DOC_NUMBER = /[〔［[【（(][0-9０-９]{4}[〕］\]】）)][ \t]?[0-9０-９]+[ \t]?号/y;

/** End of a document number like 〔2020〕10号 starting at `pos` (its opening bracket), or 0. */
export function docNumberEnd(text: string, pos: number): number {
  DOC_NUMBER.lastIndex = pos;
  return DOC_NUMBER.test(text) ? DOC_NUMBER.lastIndex : 0;
}

export function isIdeograph(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff;
}

export function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z]/.test(ch);
}

const MONEY_WORDS = /资金|经费|预算|支出|收入|投入|捐|拨款|资产|金额|费用|元|投资|产值|营收|税|工资|补助|补贴|奖金|款/;
const CLAUSE_END = /[，。；：、,;:\n]/;

/** Whether the clause before `pos` speaks of money (for a bare 万 or 亿: 帮扶资金500万). */
export function moneyContext(text: string, pos: number): boolean {
  let k = pos;
  while (k > 0 && pos - k < 24 && !CLAUSE_END.test(text[k - 1]!)) k--;
  return MONEY_WORDS.test(text.slice(k, pos));
}

/** A plausible calendar year: a four-digit integer in 1900–2100 written without separators. */
export function isYearNumber(intDigits: string, decimals: number, separators: boolean): boolean {
  if (decimals > 0 || separators || intDigits.length !== 4) return false;
  const y = Number(intDigits);
  return y >= 1900 && y <= 2100;
}

/** The kind of a quantity from its unit class and its number. */
export function kindFor(cls: UnitClass | null, value: Decimal, yearLike: boolean, money: boolean): QuantityKind {
  const int = value.isInteger();
  switch (cls) {
    case null:
      return 'other';
    case 'money':
      return 'amount';
    case 'magnitude':
      return money ? 'amount' : 'other';
    case 'percent':
    case 'permille':
      return 'percent';
    case 'score':
      return 'score';
    case 'count':
      return 'count';
    case 'yearUnit':
      return yearLike ? 'year' : 'count';
    case 'yearOnly':
      return 'year';
    case 'month':
      return int && value.gte(1) && value.lte(12) ? 'date' : 'count';
    case 'day':
      return int && value.gte(1) && value.lte(31) ? 'date' : 'count';
    case 'session':
      return 'ordinal';
    case 'other':
      return 'other';
  }
}

/** Kinds that never get a label: arithmetic and figure matching skip them. */
export function unlabelled(kind: QuantityKind): boolean {
  return kind === 'year' || kind === 'date' || kind === 'ordinal';
}
