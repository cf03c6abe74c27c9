/** Finding a partner figure for a mention in widening scopes: segment, sentence, block, section. */
import type { NumberAnalysis } from './analysis';
import type { Mention } from './mention';

export type Scope = 'segment' | 'sentence' | 'block' | 'section';

const samePath = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * The nearest mention satisfying `pred`, looking first in `m`'s segment (before it,
 * then after), then its sentence, its block, and — up to `widest` — the blocks of
 * the same section (up to six before, two after).
 */
export function nearest(a: NumberAnalysis, m: Mention, pred: (x: Mention) => boolean, widest: Scope = 'block'): Mention | undefined {
  const ok = (x: Mention) => x !== m && pred(x);
  const inBlock = a.byBlock.get(m.block) ?? [];
  const order = (xs: Mention[]) => [...xs.filter((x) => x.q.start < m.q.start).reverse(), ...xs.filter((x) => x.q.start > m.q.start)];
  const tiers: Array<[Scope, (x: Mention) => boolean]> = [
    ['segment', (x) => x.segment === m.segment],
    ['sentence', (x) => x.sentence === m.sentence],
    ['block', () => true],
  ];
  for (const [scope, within] of tiers) {
    const hit = order(inBlock.filter(within)).find(ok);
    if (hit) return hit;
    if (scope === widest) return undefined;
  }
  const path = a.doc.blocks[m.block]?.path ?? [];
  const near = [-1, -2, -3, -4, -5, -6, 1, 2];
  for (const d of near) {
    const b = a.doc.blocks[m.block + d];
    if (!b || !samePath(b.path, path)) continue;
    const xs = a.byBlock.get(m.block + d) ?? [];
    const hit = (d < 0 ? [...xs].reverse() : xs).find(ok);
    if (hit) return hit;
  }
  return undefined;
}

/** Same section: the blocks have the same heading path. */
export function sameSection(a: NumberAnalysis, x: Mention, y: Mention): boolean {
  return samePath(a.doc.blocks[x.block]?.path ?? [], a.doc.blocks[y.block]?.path ?? []);
}
