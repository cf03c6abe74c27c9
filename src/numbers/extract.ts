import { isArabicDigit, isMinus } from './arabic';
import { finish } from './build';
import { docNumberEnd, headingMarkerEnd, isLatin } from './context';
import { CHINESE_NUMERAL_CHARS, isChineseNumeralChar } from './chinese-numerals';
import { readArabic } from './read-arabic';
import { readChinese, readFraction } from './read-chinese';
import type { Quantity } from './types';

const BRACKETS = '〔［[【（(';

/**
 * Char codes at which a branch of extractQuantities can fire (digits, minus signs, brackets,
 * 百/千 of 百分之, Chinese numerals): every other character is skipped by its code, without
 * making a one-character string for it (most characters of a report are not numbers).
 */
const MAY_START = new Uint8Array(0x10000);
for (const ch of ['0123456789０１２３４５６７８９', '-−－', BRACKETS, '百千', ...CHINESE_NUMERAL_CHARS].join('')) MAY_START[ch.charCodeAt(0)] = 1;

/** A minus sign counts only where it cannot be a hyphen: not after a digit or a Latin letter. */
function minusAt(text: string, i: number): boolean {
  if (!isMinus(text[i]) || !isArabicDigit(text[i + 1])) return false;
  const prev = text[i - 1];
  return !isArabicDigit(prev) && !isLatin(prev) && prev !== '-' && prev !== '.';
}

/**
 * Every quantity of a normalized text with its exact span, sorted and
 * non-overlapping: Arabic numbers (all of them; codes and table cells as
 * kind 'other'), 百分之… percentages, and Chinese numerals used as quantities.
 * Heading markers (1. （1）) and document numbers (〔2020〕10号) are skipped.
 */
export function extractQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  let lastEnd = 0; // labels and markers never reach before the previous quantity
  while (i < text.length) {
    if (MAY_START[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const ch = text[i]!;
    if (isArabicDigit(ch) || minusAt(text, i)) {
      const h = isArabicDigit(ch) ? headingMarkerEnd(text, i) : 0;
      if (h > 0) {
        i = lastEnd = h;
        continue;
      }
      const q = finish(text, readArabic(text, i), lastEnd);
      out.push(q);
      i = lastEnd = q.end;
      continue;
    }
    if (BRACKETS.includes(ch)) {
      const d = docNumberEnd(text, i);
      if (d > 0) {
        i = lastEnd = d;
        continue;
      }
    }
    if ((ch === '百' || ch === '千') && text[i + 1] === '分' && text[i + 2] === '之') {
      const core = readFraction(text, i);
      if (core) {
        const q = finish(text, core, lastEnd);
        out.push(q);
        i = lastEnd = q.end;
        continue;
      }
    }
    if (isChineseNumeralChar(ch)) {
      const r = readChinese(text, i, lastEnd);
      if (r.core) {
        const q = finish(text, r.core, lastEnd);
        out.push(q);
        i = lastEnd = q.end;
      } else i = r.next;
      continue;
    }
    i++;
  }
  return out;
}
