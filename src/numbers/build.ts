import type Decimal from 'decimal.js';
import { unlabelled } from './context';
import { labelBefore } from './labels';
import type { Approx, Quantity, QuantityKind, QuantityRange } from './types';
import { matchApproxAfter, matchApproxBefore } from './units';

/** The parts of a quantity found by a reader, before markers and label are added. */
export interface Core {
  numStart: number;
  /** End of the number and its unit (inner markers like 余 included). */
  end: number;
  value: Decimal;
  numberText: string;
  decimals: number;
  unit: string | null;
  kind: QuantityKind;
  separators: boolean;
  chineseNumeral: boolean;
  approxInner?: string;
  range?: QuantityRange;
  /** A code or phone number: no markers, no label. */
  bare?: boolean;
  /** Marker found by the reader itself (上万 needs 上, which is not a general marker). */
  before?: { marker: string; start: number };
}

/** Adds approximation markers (before/after) and the label, and fixes the span. */
export function finish(text: string, core: Core, minStart: number): Quantity {
  let start = core.numStart;
  let end = core.end;
  const approx: Approx = {};
  if (!core.bare) {
    const before = core.before ?? matchApproxBefore(text, start, minStart);
    if (before) {
      approx.before = before.marker;
      start = before.start;
    }
    const afterParts: string[] = [];
    if (core.approxInner) afterParts.push(core.approxInner);
    const after = matchApproxAfter(text, end);
    if (after) {
      afterParts.push(after.marker);
      end = after.end;
    }
    if (afterParts.length > 0) approx.after = afterParts.join('');
  }
  const q: Quantity = {
    start,
    end,
    raw: text.slice(start, end),
    value: core.value,
    numberText: core.numberText,
    decimals: core.decimals,
    unit: core.unit,
    kind: core.kind,
    approx: approx.before !== undefined || approx.after !== undefined ? approx : null,
    separators: core.separators,
    chineseNumeral: core.chineseNumeral,
    label: core.bare || unlabelled(core.kind) ? null : labelBefore(text, start, minStart),
  };
  if (core.range) q.range = core.range;
  if (core.bare) q.code = true;
  return q;
}
