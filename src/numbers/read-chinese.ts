import Decimal from 'decimal.js';
import { scanNumber, isArabicDigit } from './arabic';
import type { Core } from './build';
import { isBareMagnitude, isBigMagnitude, isChineseNumeralChar, numeralRunEnd, parseChineseInteger, parseChineseRange, parseDigitByDigit } from './chinese-numerals';
import { isQuotedName, setPhraseAt, setSuffixAt } from './set-phrases';
import type { QuantityKind } from './types';
import { matchApproxBefore, matchUnit, type UnitClass } from './units';

interface ChineseRead {
  core: Core | null;
  /** Where scanning resumes: past the numeral run or the set phrase. */
  next: number;
}

const KIND: Partial<Record<UnitClass, QuantityKind>> = { money: 'amount', count: 'count', percent: 'percent', other: 'other' };

/**
 * Reads a Chinese numeral at `pos` as a quantity only when a classifier follows
 * (二十余个, 三四个, 一百五十万元) and it is not an ordinal, a session number
 * (十五届六次), a set phrase (四个意识, 七个一) or a bare 一 (一批, 一次).
 */
export function readChinese(text: string, pos: number, minStart: number): ChineseRead {
  const j = numeralRunEnd(text, pos);
  const run = text.slice(pos, j);
  const skip: ChineseRead = { core: null, next: j };
  const prev = text[pos - 1];
  if (prev === '第' || prev === '届' || isArabicDigit(prev) || prev === '.') return skip;
  const phrase = setPhraseAt(text, pos);
  if (phrase > 0) return { core: null, next: Math.max(j, pos + phrase) };

  // 二〇二一年
  const year = run.length === 4 ? parseDigitByDigit(run) : null;
  if (year !== null && text[j] === '年') {
    const unit = text.startsWith('年度', j) ? '年度' : '年';
    return {
      core: {
        numStart: pos,
        end: j + unit.length,
        value: new Decimal(year),
        numberText: run,
        decimals: 0,
        unit,
        kind: 'year',
        separators: false,
        chineseNumeral: true,
      },
      next: j + unit.length,
    };
  }

  let numberText = run;
  let numEnd = j;
  // 一百五十万元 → 150 万元 and 三四万人 → 3–4 万人, as 150万元 would be read
  if (run.length > 1 && isBigMagnitude(run[run.length - 1])) {
    const head = run.slice(0, -1);
    const u = matchUnit(text, j - 1, { chinese: true });
    const headOk = !isBareMagnitude(head) && (parseChineseRange(head) !== null || parseChineseInteger(head) !== null);
    if (headOk && u && u.unit.length > 1) {
      numberText = head;
      numEnd = j - 1;
    }
  }
  const range = parseChineseRange(numberText);
  const value = range ? null : parseChineseInteger(numberText);
  if (!range && value === null) return skip;
  const unit = matchUnit(text, numEnd, { chinese: true });
  if (!unit) return skip;
  const kind = KIND[unit.cls];
  if (!kind) return skip;
  if (!range && (numberText === '一' || numberText === '壹') && unit.cls !== 'money') return skip;
  if (setSuffixAt(text, unit.end) || isChineseNumeralChar(text[unit.end])) return skip;
  if (isQuotedName(text, pos, unit.end)) return skip;

  let before: Core['before'];
  if (isBareMagnitude(numberText)) {
    // 近百名, 上万人: a bare 百 千 万 is a number only with a marker
    before = text[pos - 1] === '上' && pos - 1 >= minStart ? { marker: '上', start: pos - 1 } : undefined;
    if (!before && !matchApproxBefore(text, pos, minStart)) return skip;
  }
  const low = new Decimal(range ? range.low : value!);
  const core: Core = {
    numStart: pos,
    end: unit.end,
    value: low,
    numberText,
    decimals: 0,
    unit: unit.unit,
    kind,
    separators: false,
    chineseNumeral: true,
  };
  if (range) core.range = { low, high: new Decimal(range.high), lowUnit: null };
  if (unit.approxInner) core.approxInner = unit.approxInner;
  if (before) core.before = before;
  return { core, next: unit.end };
}

/** 百分之八十 / 百分之95 / 千分之三 at `pos` as a percentage, or null. */
export function readFraction(text: string, pos: number): Core | null {
  const permille = text.startsWith('千分之', pos);
  if (!permille && !text.startsWith('百分之', pos)) return null;
  const p = pos + 3;
  let value: Decimal;
  let numberText: string;
  let decimals = 0;
  let end: number;
  if (isArabicDigit(text[p])) {
    const n = scanNumber(text, p, { allowMinus: false })!;
    value = new Decimal(n.plain);
    numberText = n.text;
    decimals = n.decimals;
    end = n.end;
  } else {
    const j = numeralRunEnd(text, p);
    const v = parseChineseInteger(text.slice(p, j));
    if (v === null || j === p) return null;
    value = new Decimal(v);
    numberText = text.slice(p, j);
    end = j;
  }
  return {
    numStart: pos,
    end,
    value,
    numberText,
    decimals,
    unit: permille ? '‰' : '%',
    kind: 'percent',
    separators: false,
    chineseNumeral: !isArabicDigit(text[p]),
  };
}
