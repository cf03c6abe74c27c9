import { extractQuantities, roundHalfUp, type Quantity } from '../../numbers';
import type { Fact } from '../facts/fact';

/** A number of the draft that no fact accounts for. */
export interface Offending {
  raw: string;
  start: number;
  end: number;
}

export interface Grounding {
  /** Numbers stated in the text (ordinals, codes and set phrases such as 十四五 are not numbers). */
  numbers: number;
  grounded: number;
  offending: Offending[];
}

/** Whether a number of this kind may state a fact of that kind. */
function compatible(q: Quantity, f: Fact): boolean {
  if (f.kind === 'other' || q.kind === 'other' || q.kind === 'date') return true;
  switch (q.kind) {
    case 'percent':
      return /百分点/.test(q.unit ?? '') ? f.kind === 'points' : f.kind === 'percent';
    case 'amount':
      return f.kind === 'amount';
    case 'count':
      return f.kind === 'count';
    case 'score':
      return f.kind === 'score';
    case 'year':
      return f.kind === 'year';
    default:
      return false;
  }
}

/**
 * Whether a stated number is this fact: equal exactly, or — for a value computed in code (a
 * rate, a share) — equal once the fact is rounded half-up to the number's own precision.
 */
export function states(q: Quantity, f: Fact): boolean {
  if (!f.value || !compatible(q, f)) return false;
  if (q.value.eq(f.value)) return true;
  return f.computed && roundHalfUp(f.value, q.decimals).eq(q.value);
}

/** Checks every number of a text against the facts allowed to ground it. */
export function groundText(text: string, facts: readonly Fact[]): Grounding {
  const offending: Offending[] = [];
  let numbers = 0;
  for (const q of extractQuantities(text)) {
    if (q.code || q.kind === 'ordinal') continue;
    numbers++;
    const ends = q.range ? [q, { ...q, value: q.range.high }] : [q];
    if (!ends.every((e) => facts.some((f) => states(e, f)))) offending.push({ raw: q.raw, start: q.start, end: q.end });
  }
  return { numbers, grounded: numbers - offending.length, offending };
}
