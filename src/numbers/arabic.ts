/** Arabic numbers as written: 3,363.37 / 3363.37 / ３，３６３．３７ / -5.2. */

export interface ScannedNumber {
  start: number;
  end: number;
  /** The number as written. */
  text: string;
  /** ASCII form without separators, for Decimal: "3363.37", "-5.2". */
  plain: string;
  decimals: number;
  separators: boolean;
  /** Digits of the integer part (without separators). */
  intDigits: string;
}

/** ASCII digit for '0'–'9' and full-width '０'–'９', else null. */
function digitOf(ch: string | undefined): string | null {
  if (ch === undefined) return null;
  const c = ch.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return ch;
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 0x30);
  return null;
}

export function isArabicDigit(ch: string | undefined): boolean {
  return digitOf(ch) !== null;
}

const POINTS = '.．';

export function isMinus(ch: string | undefined): boolean {
  return ch === '-' || ch === '−' || ch === '－';
}

function digitsAt(text: string, pos: number): string {
  let s = '';
  for (let k = pos; k < text.length; k++) {
    const d = digitOf(text[k]);
    if (d === null) break;
    s += d;
  }
  return s;
}

/**
 * Reads the number starting at `pos` (a digit, or a minus sign right before a digit).
 * Thousands separators count only in groups of exactly three digits; a full-width
 * comma only between full-width digits (otherwise it ends a clause: 100，200).
 */
export function scanNumber(text: string, pos: number, opts: { allowMinus?: boolean } = {}): ScannedNumber | null {
  let j = pos;
  let neg = false;
  if (opts.allowMinus !== false && isMinus(text[j]) && isArabicDigit(text[j + 1])) {
    neg = true;
    j++;
  }
  const first = digitsAt(text, j);
  if (first.length === 0) return null;
  const fullWidth = text.charCodeAt(j) >= 0xff10;
  j += first.length;
  let intDigits = first;
  let separators = false;
  if (first.length <= 3) {
    for (;;) {
      const c = text[j];
      const okComma = c === ',' || ((c === '，' || c === '﹐') && fullWidth);
      if (!okComma) break;
      const group = digitsAt(text, j + 1);
      if (group.length !== 3) break;
      intDigits += group;
      separators = true;
      j += 4;
    }
  }
  let frac = '';
  if (POINTS.includes(text[j] ?? '\0') && isArabicDigit(text[j + 1])) {
    frac = digitsAt(text, j + 1);
    j += 1 + frac.length;
  }
  return {
    start: pos,
    end: j,
    text: text.slice(pos, j),
    plain: (neg ? '-' : '') + intDigits + (frac ? '.' + frac : ''),
    decimals: frac.length,
    separators,
    intDigits,
  };
}
