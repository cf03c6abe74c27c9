/**
 * Finding a partner figure for a mention in widening scopes — its segment, sentence, block,
 * then (up to `widest`) the blocks of the same section (up to six before, two after) — through
 * an index by figure key, so that a paragraph with thousands of rates stays linear.
 */
import type { NumberAnalysis } from './analysis';
import { isExact, type Mention } from './mention';

export type Scope = 'segment' | 'sentence' | 'block' | 'section';

const samePath = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/** Exact mentions by figure key (subject|measure), in document order: built once per analysis. */
function byKey(a: NumberAnalysis): Map<string, Mention[]> {
  const cached = a.derived.get('byKey') as Map<string, Mention[]> | undefined;
  if (cached) return cached;
  const out = new Map<string, Mention[]>();
  for (const m of a.mentions) {
    if (!m.key || !isExact(m)) continue;
    const k = `${m.key.subject}|${m.key.measure}`;
    const list = out.get(k);
    if (list) list.push(m);
    else out.set(k, [m]);
  }
  a.derived.set('byKey', out);
  return out;
}

/** The mentions of `list` (in document order, so by block) that sit in block `b`. */
function blockRange(list: Mention[], b: number): Mention[] {
  const first = (pred: (x: Mention) => boolean) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pred(list[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return list.slice(
    first((x) => x.block >= b),
    first((x) => x.block > b),
  );
}

/** Index of the first mention in `list` (sorted by id) with id > `id`. */
function after(list: Mention[], id: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.id <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `nearest` for an exact mention of one figure key (and an optional extra condition), through
 * the key index: the same tiers and order as `nearest`, without scanning the block.
 */
export function nearestKeyed(a: NumberAnalysis, m: Mention, subject: string, measure: string, widest: Scope = 'block', extra?: (x: Mention) => boolean): Mention | undefined {
  const list = byKey(a).get(`${subject}|${measure}`);
  if (!list) return undefined;
  const ok = (x: Mention) => x !== m && (!extra || extra(x));
  const pos = after(list, m.id);
  // candidates before m (nearest first) and after it, inside m's block
  const tiers: Array<[Scope, (x: Mention) => boolean]> = [
    ['segment', (x) => x.segment === m.segment],
    ['sentence', (x) => x.sentence === m.sentence],
    ['block', (x) => x.block === m.block],
  ];
  for (const [scope, within] of tiers) {
    for (let i = pos - 1; i >= 0; i--) {
      const x = list[i]!;
      if (!within(x)) break;
      if (ok(x)) return x;
    }
    for (let i = pos; i < list.length; i++) {
      const x = list[i]!;
      if (!within(x)) break;
      if (ok(x)) return x;
    }
    if (scope === widest) return undefined;
  }
  const path = a.doc.blocks[m.block]?.path ?? [];
  for (const d of [-1, -2, -3, -4, -5, -6, 1, 2]) {
    const b = a.doc.blocks[m.block + d];
    if (!b || !samePath(b.path, path)) continue;
    const inBlock = blockRange(list, m.block + d);
    const hit = (d < 0 ? [...inBlock].reverse() : inBlock).find(ok);
    if (hit) return hit;
  }
  return undefined;
}
