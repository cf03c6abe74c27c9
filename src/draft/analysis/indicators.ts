import type Decimal from 'decimal.js';
import { indicatorVerdict, type IndicatorDirection, type IndicatorStatus, type IndicatorVerdict } from '../../domain';
import type { DraftFigures } from '../request';

export type { IndicatorStatus };

/** One indicator with its stated values and the domain's verdict (src/domain/indicators.ts), numbered for the fact table. */
export interface IndicatorReading {
  /** 1-based position in figures.indicators. */
  n: number;
  task: string | undefined;
  name: string;
  target: string;
  actual: string | undefined;
  status: IndicatorStatus;
  /** Which way is better; null when it cannot be told ('undetermined'). */
  direction: IndicatorDirection | null;
  /** How far on the wrong side of the target the actual is, in the target's unit. */
  gap?: IndicatorVerdict['gap'];
  /** actual ÷ target × 100, for counts and amounts below target. */
  completion?: Decimal;
}

/** Reads every indicator of the figures and judges it against its target. */
export function readIndicators(figures: Pick<DraftFigures, 'indicators'>): IndicatorReading[] {
  return figures.indicators.map((ind, i) => {
    const v = indicatorVerdict(ind);
    const reading: IndicatorReading = { n: i + 1, task: ind.task?.trim() || undefined, name: ind.name.trim(), target: ind.target.trim(), actual: ind.actual?.trim(), status: v.status, direction: v.direction };
    if (v.gap) reading.gap = v.gap;
    if (v.completion) reading.completion = v.completion;
    return reading;
  });
}

/** Counts by status; an indicator whose direction cannot be told is reported but neither met nor below. */
export function indicatorCounts(readings: readonly IndicatorReading[]) {
  const count = (s: IndicatorStatus[]) => readings.filter((r) => s.includes(r.status)).length;
  return {
    total: readings.length,
    reported: count(['exceeded', 'met', 'below', 'undetermined']),
    met: count(['exceeded', 'met']),
    below: count(['below']),
    missing: count(['no-actual']),
    unquantified: count(['unquantified']),
  };
}
