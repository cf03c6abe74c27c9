/**
 * Indicator rows of a 自评表 flattened to text (seed 004: 接待团组批数 接待团、组批数 5批 1批次):
 * a table row ending in two quantity cells of the same unit — the target, then the actual —
 * below a header that speaks of indicators, targets and actuals.
 */
import { extractQuantities, type Quantity } from '../../../numbers';
import type { NumberAnalysis } from './analysis';
import { exact } from './exact';
import type { Mention } from './mention';
import { rowCells } from './tables';

export interface IndicatorPair {
  block: number;
  /** The indicator's name cells (the first cells of the row), possibly empty. */
  names: string[];
  target: Mention;
  actual: Mention;
}

const HEADER_WINDOW = 4000;

function indicatorContext(a: NumberAnalysis, at: number): boolean {
  const before = a.text.slice(Math.max(0, at - HEADER_WINDOW), at);
  return before.includes('指标') && /预期|目标值|年度目标|指标值/.test(before) && /实际|完成值|完成情况|实现值/.test(before);
}

/** A unit written loosely in tables: 1批次 for 5批. */
export function looseUnit(unit: string | null): string | null {
  if (unit === null) return null;
  if (unit.length > 1 && unit.endsWith('次') && unit !== '人次' && unit !== '万人次') return unit.slice(0, -1);
  return unit;
}

/** Whether two quantities can be compared as target and actual. */
export function comparable(x: Quantity, y: Quantity): boolean {
  return x.kind === y.kind && x.kind !== 'other' && looseUnit(x.unit) === looseUnit(y.unit);
}

/** Every target/actual pair of an indicator table. */
export function indicatorPairs(a: NumberAnalysis): IndicatorPair[] {
  const mapped = new Set(a.budgetRows.map((r) => r.block));
  const out: IndicatorPair[] = [];
  a.doc.blocks.forEach((block, bi) => {
    if (block.kind !== 'table-row' || mapped.has(bi)) return;
    const cells = rowCells(a.text, block, a.byBlock.get(bi) ?? []);
    const numeric = cells.filter((c) => c.mention);
    if (numeric.length !== 2 || cells.at(-1) !== numeric[1] || cells.at(-2) !== numeric[0]) return;
    const [t, u] = [numeric[0]!.mention!, numeric[1]!.mention!];
    if (!comparable(t.q, u.q) || !indicatorContext(a, block.span.start)) return;
    out.push({ block: bi, names: cells.slice(0, -2).map((c) => c.text), target: t, actual: u });
  });
  return out;
}

/** Indicators where less is better (投诉率, 成本); their direction is not guessed. */
const LOWER_IS_BETTER = /投诉|差错|事故|发生率|超支|成本|时间|时长|天数|周期|降低|下降|减少|控制|错误|违规/;

/**
 * Whether an actual falls short of its target: below it when the target is a floor
 * (95%以上 or a plain value), above it when the target is a ceiling (以内, 以下).
 * Null when the direction cannot be told.
 */
export function shortfall(target: Pick<Quantity, 'value' | 'approx'>, actual: Pick<Quantity, 'value'>, name: string): boolean | null {
  const after = target.approx?.after;
  const ceiling = after === '以下' || after === '以内';
  if (!ceiling && after !== '以上' && LOWER_IS_BETTER.test(name)) return null;
  const t = exact(target.value);
  const v = exact(actual.value);
  return ceiling ? v.gt(t) : v.lt(t);
}

/** The quantity of a stated target or actual from a figures file ("5批", "95%以上", "100"). */
export function parseStated(s: string): Quantity | null {
  return extractQuantities(s)[0] ?? null;
}
