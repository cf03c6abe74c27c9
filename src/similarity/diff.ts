/** One step of an index-level diff: a[aFrom, aTo) vs b[bFrom, bTo). */
export interface DiffSegment {
  op: 'equal' | 'insert' | 'delete';
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
}

/**
 * Shortest edit script from `a` to `b` (Myers 1986, O((N+M)·D)), as merged segments
 * in order; deletes come before inserts at the same place. Common prefix and suffix are
 * stripped first. If more than `maxEdits` edits are needed, the middle is returned as one
 * delete + one insert (a coarse but valid script) to bound time and memory.
 *
 * Cost is bounded whatever the input: strings longer than DIRECT_CHARS together are first cut
 * at anchors — k-grams found exactly once in each string, kept in increasing order on both
 * sides (a longest increasing subsequence) — and only the gaps between anchors are diffed,
 * each within a share of one work budget (≈ BASE_WORK + WORK_PER_CHAR·(N+M) steps); a gap
 * beyond its share gets the coarse script. Short strings (all the minimality tests) never
 * reach the anchors and get the exact shortest script.
 */
export function diffStrings(a: string, b: string, maxEdits = 1000): DiffSegment[] {
  let pre = 0;
  const lim = Math.min(a.length, b.length);
  while (pre < lim && a.charCodeAt(pre) === b.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < lim - pre && a.charCodeAt(a.length - 1 - suf) === b.charCodeAt(b.length - 1 - suf)) suf++;
  const ma = a.slice(pre, a.length - suf);
  const mb = b.slice(pre, b.length - suf);
  const budget = { left: BASE_WORK + WORK_PER_CHAR * (ma.length + mb.length) };
  const mid = ma.length + mb.length <= DIRECT_CHARS ? toSegments(myers(ma, mb, maxEdits, budget), pre, pre) : anchored(ma, mb, pre, maxEdits, budget);
  const segs: DiffSegment[] = [];
  const add = (g: DiffSegment) => {
    const last = segs[segs.length - 1];
    if (last && last.op === g.op) {
      last.aTo = g.aTo;
      last.bTo = g.bTo;
    } else segs.push(g);
  };
  if (pre > 0) add({ op: 'equal', aFrom: 0, aTo: pre, bFrom: 0, bTo: pre });
  for (const g of mid) if (g.aTo > g.aFrom || g.bTo > g.bFrom) add(g);
  if (suf > 0) add({ op: 'equal', aFrom: a.length - suf, aTo: a.length, bFrom: b.length - suf, bTo: b.length });
  return normalizeOrder(segs);
}

/** Strings up to this many chars together are diffed directly (exact shortest script). */
const DIRECT_CHARS = 2000;
/** Myers steps allowed per diff: a base plus a share per char, so cost stays linear in length. */
const BASE_WORK = 2_000_000;
const WORK_PER_CHAR = 200;
/** Anchor length (chars): long enough to be unique in prose, short enough to fall between edits. */
const ANCHOR = 12;

/** The diff of long strings: equal runs at unique common anchors, Myers (within the budget) in between. */
function anchored(a: string, b: string, offset: number, maxEdits: number, budget: { left: number }): DiffSegment[] {
  const out: DiffSegment[] = [];
  let x = 0;
  let y = 0;
  for (const [ax, by] of uniqueAnchors(a, b)) {
    if (ax < x || by < y) continue; // inside the equal run of the previous anchor
    if (a.slice(ax, ax + ANCHOR) !== b.slice(by, by + ANCHOR)) continue; // a hash collision
    out.push(...toSegments(myers(a.slice(x, ax), b.slice(y, by), maxEdits, budget), offset + x, offset + y));
    let ex = ax;
    let ey = by;
    while (ex < a.length && ey < b.length && a.charCodeAt(ex) === b.charCodeAt(ey)) {
      ex++;
      ey++;
    }
    out.push({ op: 'equal', aFrom: offset + ax, aTo: offset + ex, bFrom: offset + by, bTo: offset + ey });
    x = ex;
    y = ey;
  }
  out.push(...toSegments(myers(a.slice(x), b.slice(y), maxEdits, budget), offset + x, offset + y));
  return out;
}

/**
 * Positions (in a, in b) of ANCHOR-grams that occur once in a and once in b, the largest set
 * in increasing order on both sides (LIS, O(n log n)). Only grams whose hash is 0 mod 4 are
 * considered (chosen by content, so the same in both strings): a quarter of the memory.
 */
function uniqueAnchors(a: string, b: string): Array<[number, number]> {
  const inA = gramPositions(a);
  const inB = gramPositions(b);
  const pairs: Array<[number, number]> = [];
  for (const [h, ia] of inA) {
    const ib = inB.get(h);
    if (ia >= 0 && ib !== undefined && ib >= 0) pairs.push([ia, ib]);
  }
  pairs.sort((p, q) => p[0] - q[0]);
  // longest increasing subsequence of the b positions
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i++) {
    const v = pairs[i]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const chosen: Array<[number, number]> = [];
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) chosen.push(pairs[i]!);
  return chosen.reverse();
}

/** Sampled ANCHOR-gram hash → its only position, or −1 when it occurs more than once. */
function gramPositions(s: string): Map<number, number> {
  const map = new Map<number, number>();
  if (s.length < ANCHOR) return map;
  const B = 0x01000193;
  let pow = 1;
  for (let i = 0; i < ANCHOR - 1; i++) pow = Math.imul(pow, B);
  let h = 0;
  for (let i = 0; i < s.length; i++) {
    if (i >= ANCHOR) h = (h - Math.imul(s.charCodeAt(i - ANCHOR), pow)) | 0;
    h = (Math.imul(h, B) + s.charCodeAt(i)) | 0;
    if (i < ANCHOR - 1 || (h & 3) !== 0) continue;
    const at = i - ANCHOR + 1;
    map.set(h, map.has(h) ? -1 : at);
  }
  return map;
}

let traceBuffer = new Int32Array(0);

/** Op codes of myers' output (one byte per op: no array of strings per diffed char). */
const EQUAL = 0;
const INSERT = 1;
const DELETE = 2;
const OP_NAMES = ['equal', 'insert', 'delete'] as const;

/** Edit ops (one per char, as op codes) for a → b, or a coarse delete-all/insert-all beyond maxEdits. */
function myers(a: string, b: string, maxEdits: number, budget: { left: number }): Uint8Array {
  const n = a.length;
  const m = b.length;
  const coarse = (): Uint8Array => new Uint8Array(n + m).fill(DELETE, 0, n).fill(INSERT, n);
  if (n === 0 || m === 0) return coarse();
  // each round d costs about n + m steps (and d ints of trace): the round count comes out of the budget
  const max = Math.min(n + m, maxEdits, Math.floor(budget.left / (n + m)));
  if (max <= 0) return coarse();
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  // the rounds' v (diagonals −d−1 … d+1 of round d, 2d + 3 ints) one after another in one buffer
  // reused by every call (round d starts at (d + 1)² − 1): no garbage per round or per diff
  let trace = traceBuffer;
  let dFound = -1;
  for (let d = 0; d <= max && dFound < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && (v[off + k - 1] as number) < (v[off + k + 1] as number))) x = v[off + k + 1] as number;
      else x = (v[off + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        dFound = d;
        break;
      }
    }
    // only diagonals −d−1 … d+1 are needed to backtrack
    const at = (d + 1) * (d + 1) - 1;
    if (at + 2 * d + 3 > trace.length) {
      const grown = new Int32Array(Math.min((max + 1) * (max + 3), Math.max(4096, 2 * (at + 2 * d + 3))));
      grown.set(trace.subarray(0, at));
      trace = traceBuffer = grown; // at most (maxEdits + 1)(maxEdits + 3) ints: 4 MB for the default 1000
    }
    trace.set(v.subarray(off - d - 1, off + d + 2), at);
  }
  budget.left -= (n + m) * (dFound < 0 ? max : dFound + 1);
  if (dFound < 0) return coarse();
  // filled from the end while backtracking: ops[o …] is the script
  const ops = new Uint8Array(n + m);
  let o = n + m;
  let x = n;
  let y = m;
  for (let d = dFound; d > 0; d--) {
    const base = d * d - 1; // round d − 1: covers diagonals −d … d (index k + d)
    const at = (k: number) => trace[base + k + d] as number;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const pk = down ? k + 1 : k - 1;
    const px = at(pk);
    const py = px - pk;
    while (x > px && y > py && x - (down ? 0 : 1) > px) {
      // snake back along the diagonal
      ops[--o] = EQUAL;
      x--;
      y--;
    }
    if (down) {
      ops[--o] = INSERT;
      y--;
    } else {
      ops[--o] = DELETE;
      x--;
    }
  }
  while (x > 0 && y > 0) {
    ops[--o] = EQUAL;
    x--;
    y--;
  }
  return ops.subarray(o);
}

function toSegments(codes: Uint8Array, aOffset: number, bOffset: number): DiffSegment[] {
  const out: DiffSegment[] = [];
  let i = aOffset;
  let j = bOffset;
  for (const code of codes) {
    const op = OP_NAMES[code as 0 | 1 | 2];
    const last = out[out.length - 1];
    const di = code === INSERT ? 0 : 1;
    const dj = code === DELETE ? 0 : 1;
    if (last && last.op === op) {
      last.aTo += di;
      last.bTo += dj;
    } else out.push({ op, aFrom: i, aTo: i + di, bFrom: j, bTo: j + dj });
    i += di;
    j += dj;
  }
  return out;
}

/** Put a delete before an adjacent insert (insert, delete → delete, insert) for a stable display. */
function normalizeOrder(segs: DiffSegment[]): DiffSegment[] {
  for (let i = 0; i + 1 < segs.length; i++) {
    const s = segs[i] as DiffSegment;
    const t = segs[i + 1] as DiffSegment;
    if (s.op === 'insert' && t.op === 'delete') {
      segs[i] = { op: 'delete', aFrom: t.aFrom, aTo: t.aTo, bFrom: s.bFrom, bTo: s.bFrom };
      segs[i + 1] = { op: 'insert', aFrom: t.aTo, aTo: t.aTo, bFrom: s.bFrom, bTo: s.bTo };
    }
  }
  return segs;
}

/** Number of equal chars in a diff (the length of the common subsequence it found). */
export function equalCount(segs: readonly DiffSegment[]): number {
  let n = 0;
  for (const s of segs) if (s.op === 'equal') n += s.aTo - s.aFrom;
  return n;
}
