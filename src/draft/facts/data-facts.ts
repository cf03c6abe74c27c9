import Decimal from 'decimal.js';
import { extractQuantities, type Quantity } from '../../numbers';
import type { Highlight } from '../request';
import type { FactKind, FactScope, FactTable } from './fact';
import { formatLabelled, isMoneyUnit } from './format';

const kindOfQuantity = (q: Quantity): FactKind => (q.kind === 'amount' || q.kind === 'percent' || q.kind === 'count' || q.kind === 'score' || q.kind === 'year' ? q.kind : 'other');

const kindOfUnit = (unit: string): FactKind => (isMoneyUnit(unit) ? 'amount' : unit === '%' ? 'percent' : unit === '分' ? 'score' : unit === '' ? 'other' : 'count');

/** The labelled values of each highlight: h1_n1 … as 1200余条. */
export function addHighlightFacts(t: FactTable, highlights: readonly Highlight[]): void {
  highlights.forEach((h, i) =>
    h.numbers.forEach((n, j) =>
      t.add({
        id: `h${i + 1}_n${j + 1}`,
        label: n.label,
        kind: kindOfUnit(n.unit),
        value: new Decimal(n.value),
        text: formatLabelled(n.value, n.unit, n.approx),
        scope: 'highlights',
        computed: false,
      }),
    ),
  );
}

/**
 * Numbers written inside the request's own strings (a highlight's detail, a project or task
 * name, a hint): data too, so a draft that repeats them is grounded. Ids: <prefix>_q1 ….
 */
export function addStringFacts(t: FactTable, prefix: string, strings: readonly string[], scope: FactScope): void {
  let k = 0;
  for (const s of strings) {
    for (const q of extractQuantities(s)) {
      if (q.code || q.kind === 'ordinal') continue;
      t.add({ id: `${prefix}_q${++k}`, label: `原文“${q.raw}”`, kind: kindOfQuantity(q), value: q.value, text: q.raw, scope, computed: false });
    }
  }
}
