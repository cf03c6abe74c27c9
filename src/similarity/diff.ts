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
 */
export function diffStrings(a: string, b: string, maxEdits = 1000): DiffSegment[] {
  let pre = 0;
  const lim = Math.min(a.length, b.length);
  while (pre < lim && a.charCodeAt(pre) === b.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < lim - pre && a.charCodeAt(a.length - 1 - suf) === b.charCodeAt(b.length - 1 - suf)) suf++;
  const mid = toSegments(myers(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf), maxEdits), pre);
  const segs: DiffSegment[] = [];
  const add = (g: DiffSegment) => {
    const last = segs[segs.length - 1];
    if (last && last.op === g.op) {
      last.aTo = g.aTo;
      last.bTo = g.bTo;
    } else segs.push(g);
  };
  if (pre > 0) add({ op: 'equal', aFrom: 0, aTo: pre, bFrom: 0, bTo: pre });
  for (const g of mid) add(g);
  if (suf > 0) add({ op: 'equal', aFrom: a.length - suf, aTo: a.length, bFrom: b.length - suf, bTo: b.length });
  return segs;
}

/** Edit ops (one per char) for a → b, or a coarse delete-all/insert-all beyond maxEdits. */
function myers(a: string, b: string, maxEdits: number): Array<'equal' | 'insert' | 'delete'> {
  const n = a.length;
  const m = b.length;
  const coarse = (): Array<'insert' | 'delete'> => [...Array<'delete'>(n).fill('delete'), ...Array<'insert'>(m).fill('insert')];
  if (n === 0 || m === 0) return coarse();
  const max = Math.min(n + m, maxEdits);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
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
    trace.push(v.slice(off - d - 1, off + d + 2)); // only diagonals −d−1 … d+1 are needed to backtrack
  }
  if (dFound < 0) return coarse();
  const ops: Array<'equal' | 'insert' | 'delete'> = [];
  let x = n;
  let y = m;
  for (let d = dFound; d > 0; d--) {
    const prev = trace[d - 1] as Int32Array; // covers diagonals −d … d (index k + d)
    const at = (k: number) => prev[k + d] as number;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const pk = down ? k + 1 : k - 1;
    const px = at(pk);
    const py = px - pk;
    while (x > px && y > py && x - (down ? 0 : 1) > px) {
      // snake back along the diagonal
      ops.push('equal');
      x--;
      y--;
    }
    if (down) {
      ops.push('insert');
      y--;
    } else {
      ops.push('delete');
      x--;
    }
  }
  while (x > 0 && y > 0) {
    ops.push('equal');
    x--;
    y--;
  }
  return ops.reverse();
}

function toSegments(ops: ReadonlyArray<'equal' | 'insert' | 'delete'>, offset: number): DiffSegment[] {
  const out: DiffSegment[] = [];
  let i = offset;
  let j = offset;
  for (const op of ops) {
    const last = out[out.length - 1];
    const di = op === 'insert' ? 0 : 1;
    const dj = op === 'delete' ? 0 : 1;
    if (last && last.op === op) {
      last.aTo += di;
      last.bTo += dj;
    } else out.push({ op, aFrom: i, aTo: i + di, bFrom: j, bTo: j + dj });
    i += di;
    j += dj;
  }
  return normalizeOrder(out);
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
