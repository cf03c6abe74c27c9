/** Units as a base and a power of ten, so 2,760.71万元 and 27,607,100元 compare. */
import type Decimal from 'decimal.js';
import type { QuantityKind } from '../../../numbers';
import { exact } from '../../../domain';

export interface Scale {
  /** 元 for money, the classifier for counts (人次), % for percentages. */
  base: string;
  /** value in base = value × 10^power. */
  power: number;
}

const MAGNITUDE: Record<string, number> = { 万亿: 12, 千万: 7, 百万: 6, 亿: 8, 万: 4, 千: 3 };
const MAGNITUDES = Object.keys(MAGNITUDE).sort((a, b) => b.length - a.length);
const MONEY = ['元', '美元', '港元'];

/** The scale of a unit; null for a number without unit (a table cell: see the table's 单位 note). */
export function scaleOf(unit: string | null, kind: QuantityKind): Scale | null {
  if (unit === null) return null;
  if (unit === '%') return { base: '%', power: 0 };
  if (unit === '个百分点' || unit === '百分点') return { base: '百分点', power: 0 };
  for (const m of MAGNITUDES) {
    if (!unit.startsWith(m)) continue;
    const rest = unit.slice(m.length);
    if (rest === '') return kind === 'amount' ? { base: '元', power: MAGNITUDE[m]! } : null;
    return { base: rest, power: MAGNITUDE[m]! };
  }
  return MONEY.includes(unit) || unit !== '' ? { base: unit, power: 0 } : null;
}

/** A value expressed in another power of ten: 27607100 (power 0) → 2760.71 (power 4). */
export function rescale(value: Decimal, from: number, to: number): Decimal {
  return exact(value).times(exact(10).pow(from - to));
}
