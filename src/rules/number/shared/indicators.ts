/**
 * Indicator rows of a 自评表 flattened to text (seed 004: 接待团组批数 接待团、组批数 5批 1批次):
 * a table row ending in two quantity cells of the same unit — the target, then the actual —
 * below a header that speaks of indicators, targets and actuals. Whether the actual meets the target is the domain's
 * verdict (src/domain/indicators.ts: shortOfTarget).
 */
import type { Quantity } from '../../../numbers';
import type { NumberAnalysis } from './analysis';
import { looseUnit } from '../../../domain';
import type { Mention } from './mention';
import { rowCells } from './tables';

interface IndicatorPair {
  block: number;
  /** The indicator's name cells (the first cells of the row), possibly empty. */
  names: string[];
  target: Mention;
  /** The target's cell as written (≤5%, 不低于95%): its bound gives the direction. */
  targetText: string;
  actual: Mention;
}

const HEADER_WINDOW = 4000;

function indicatorContext(a: NumberAnalysis, at: number): boolean {
  const before = a.text.slice(Math.max(0, at - HEADER_WINDOW), at);
  return before.includes('指标') && /预期|目标值|年度目标|指标值/.test(before) && /实际|完成值|完成情况|实现值/.test(before);
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
    out.push({ block: bi, names: cells.slice(0, -2).map((c) => c.text), target: t, targetText: cells.at(-2)!.text, actual: u });
  });
  return out;
}
