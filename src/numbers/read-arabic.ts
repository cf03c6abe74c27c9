import Decimal from 'decimal.js';
import { isArabicDigit, scanNumber, type ScannedNumber } from './arabic';
import type { Core } from './build';
import { isIdeograph, isLatin, isYearNumber, kindFor, moneyContext } from './context';
import type { QuantityKind } from './types';
import { matchUnit, type UnitMatch } from './units';

const HSPACE = /[ \t\u3000\u00a0]/;
const DASHES = '-－—–';
const TILDES = '~～〜';
/** Numbered items, not amounts: 附件2, 任务1. */
const ORDINAL_BEFORE = /(?:附件|附表|附图|任务)$/;

interface RangeEnd {
  connector: string;
  high: ScannedNumber;
  unit: UnitMatch | null;
}

/** A second number joined by ~ ～ - — 至 到 right after `pos`: 9~16亿, 3-5个, 10%-20%. */
function rangeAfter(text: string, pos: number): RangeEnd | null {
  let q = pos;
  while (q < text.length && q - pos < 2 && HSPACE.test(text[q]!)) q++;
  const c = text[q];
  if (c === undefined) return null;
  const dash = DASHES.includes(c);
  if (!dash && !TILDES.includes(c) && c !== '至' && c !== '到') return null;
  if (dash && q !== pos) return null;
  let r = q + 1;
  if (c === '—' && text[r] === '—') r++;
  if (!dash) while (r < text.length && r - q < 3 && HSPACE.test(text[r]!)) r++;
  if (!isArabicDigit(text[r])) return null;
  const high = scanNumber(text, r, { allowMinus: false });
  if (!high) return null;
  return { connector: text.slice(q, r).trim(), high, unit: matchUnit(text, high.end) };
}

/**
 * Reads the Arabic number at `pos` with its unit and any range; every Arabic
 * number yields a quantity (codes and bare table cells as kind 'other').
 */
export function readArabic(text: string, pos: number): Core {
  const num = scanNumber(text, pos)!;
  const value = new Decimal(num.plain);
  const prev = text[pos - 1];
  const base = {
    numStart: pos,
    value,
    numberText: num.text,
    decimals: num.decimals,
    separators: num.separators,
    chineseNumeral: false,
  };
  // codes: H5N1, 5G, 020-…, long digit strings
  const code = isLatin(prev) || isLatin(text[num.end]) || (num.intDigits.length > 1 && num.intDigits.startsWith('0') && num.decimals === 0) || (num.intDigits.length >= 11 && !num.separators);
  if (code) {
    let end = num.end;
    // a phone number's other parts: 020-12345678
    while (DASHES.includes(text[end] ?? '\0') && isArabicDigit(text[end + 1])) {
      end = scanNumber(text, end + 1, { allowMinus: false })!.end;
    }
    return { ...base, numberText: text.slice(pos, end), end, unit: null, kind: 'other', bare: true };
  }
  const unit = matchUnit(text, num.end);
  let end = unit ? unit.end : num.end;
  let unitName = unit?.unit ?? null;
  let cls = unit?.cls ?? null;
  let core: Partial<Core> = {};
  if (!unit?.approxInner) {
    const r = rangeAfter(text, end);
    const high = r ? new Decimal(r.high.plain) : null;
    const sameUnit = r && (unit === null || (r.unit !== null && r.unit.unit === unit.unit));
    if (r && high && sameUnit && value.lte(high)) {
      end = r.unit ? r.unit.end : r.high.end;
      unitName = r.unit?.unit ?? null;
      cls = r.unit?.cls ?? null;
      core = {
        numberText: num.text + r.connector + r.high.text,
        decimals: Math.max(num.decimals, r.high.decimals),
        range: { low: value, high, lowUnit: unit?.unit ?? null },
      };
      if (r.unit?.approxInner) core.approxInner = r.unit.approxInner;
    }
  }
  const yearLike = isYearNumber(num.intDigits, num.decimals, num.separators);
  let kind: QuantityKind = kindFor(cls, value, yearLike, cls === 'magnitude' && moneyContext(text, pos));
  if (prev === '第' || prev === '届' || (ORDINAL_BEFORE.test(text.slice(Math.max(0, pos - 2), pos)) && num.decimals === 0 && cls === null)) kind = 'ordinal';
  else if (cls === null && yearLike && isIdeograph(text[end]) && !core.range) kind = 'year'; // 2021是换届之年
  return { ...base, ...core, end, unit: unitName, kind, approxInner: core.approxInner ?? unit?.approxInner };
}
