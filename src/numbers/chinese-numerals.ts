/** Chinese numerals: 十二, 二十, 一百五十, 一万五千, 三四 (a range), 二〇二一 (digit by digit). */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  貳: 2,
  叁: 3,
  參: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Financial (大写) numerals; 伍 陆 肆 also occur in words (队伍, 陆续), so they never mix with 一二三. */
const FORMAL = new Set('壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億');
const SHARED = new Set('零万亿');

/** True for any character that can be part of a Chinese numeral. */
export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && NUMERAL_CHARS.has(ch);
}
const NUMERAL_CHARS = new Set([...Object.keys(DIGITS), ...Object.keys(SMALL), ...Object.keys(BIG)]);
/** Every character that can be part of a Chinese numeral (see isChineseNumeralChar). */
export const CHINESE_NUMERAL_CHARS: readonly string[] = [...NUMERAL_CHARS];

/** End of the numeral run starting at `pos`: standard and financial numerals are separate runs. */
export function numeralRunEnd(text: string, pos: number): number {
  let formal: boolean | null = null;
  let j = pos;
  for (; j < text.length; j++) {
    const ch = text[j]!;
    if (!isChineseNumeralChar(ch)) break;
    if (SHARED.has(ch)) continue;
    const f = FORMAL.has(ch);
    if (formal === null) formal = f;
    else if (formal !== f) break;
  }
  return j;
}

/** True for 万 亿 (and their traditional forms). */
export function isBigMagnitude(ch: string | undefined): boolean {
  return ch !== undefined && ch in BIG;
}

/** True for a bare magnitude with no coefficient: 百 千 万 (近百名, 上万人). */
export function isBareMagnitude(s: string): boolean {
  return s.length === 1 && (s in SMALL || s in BIG) && s !== '十' && s !== '拾';
}

/**
 * Value of a standard Chinese integer numeral, or null when the characters do
 * not form one (十四五 and 一二 are not numbers). 一百五 is read as 150.
 */
export function parseChineseInteger(s: string): number | null {
  if (s.length === 0) return null;
  if (isBareMagnitude(s)) return (SMALL[s] ?? BIG[s])!;
  let total = 0; // completed 亿 part
  let wan = 0; // completed 万 part, below 亿
  let section = 0; // below 万
  let digit: number | null = null;
  let lastSmall = 10_000; // magnitudes within a section must descend
  let lastBig = 1e9;
  let zero = false;
  let prevWasDigit = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch in DIGITS) {
      const v = DIGITS[ch]!;
      if (v === 0) {
        // 一百零五: a zero only fills a gap after a magnitude
        if (prevWasDigit || zero || (section === 0 && wan === 0 && total === 0)) return null;
        zero = true;
        continue;
      }
      if (prevWasDigit) return null; // 十四五, 一二
      prevWasDigit = true;
      digit = v;
      continue;
    }
    prevWasDigit = false;
    if (ch in SMALL) {
      const m = SMALL[ch]!;
      if (m >= lastSmall) return null;
      let coef = digit;
      if (coef === null) {
        // 十二 = 12, but 百二 or 千五 with no coefficient is not a numeral
        if (m === 10 && section === 0 && !zero) coef = 1;
        else if (m === 10 && zero)
          coef = 1; // 一百零十 is odd but harmless
        else return null;
      }
      section += coef * m;
      lastSmall = m;
      digit = null;
      zero = false;
      continue;
    }
    const big = BIG[ch]!;
    if (big >= lastBig) return null;
    const part = section + (digit ?? 0);
    if (part === 0 && (big === 1e4 ? wan === 0 : total === 0 && wan === 0)) return null;
    if (big === 1e8) {
      total = (total + wan + part) * 1e8;
      wan = 0;
    } else wan += part * 1e4;
    lastBig = big;
    section = 0;
    digit = null;
    lastSmall = 10_000;
    zero = false;
  }
  if (digit !== null) {
    // 一百五 = 150: a trailing digit right after a magnitude is one place lower
    const prev = s[s.length - 2];
    if (!zero && prev !== undefined && prev in SMALL && SMALL[prev]! >= 100) section += (digit * SMALL[prev]!) / 10;
    else if (!zero && prev !== undefined && prev in BIG) section += (digit * BIG[prev]!) / 10;
    else section += digit;
  }
  return total + wan + section;
}

/** A numeral written digit by digit, as in years: 二〇二一 → 2021. */
export function parseDigitByDigit(s: string): number | null {
  if (s.length < 2) return null;
  let v = 0;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d === undefined || ch === '两') return null;
    v = v * 10 + d;
  }
  return v;
}

/**
 * An approximate range written as adjacent digits: 三四 → 3–4, 两三 → 2–3,
 * 三五 → 3–5, 二三十 → 20–30, 五六百 → 500–600.
 */
export function parseChineseRange(s: string): { low: number; high: number } | null {
  if (s.length < 2 || s.length > 3) return null;
  const a = DIGITS[s[0]!];
  const b = DIGITS[s[1]!];
  if (a === undefined || b === undefined || a === 0) return null;
  if (!(b === a + 1 || (a === 3 && b === 5))) return null;
  if (s[1] === '两') return null;
  let m = 1;
  if (s.length === 3) {
    const mag = SMALL[s[2]!] ?? BIG[s[2]!];
    if (mag === undefined) return null;
    m = mag;
  }
  return { low: a * m, high: b * m };
}
