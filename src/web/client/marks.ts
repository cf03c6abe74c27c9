/**
 * Pure functions (no DOM) behind the review view: severity order, cutting a block of text
 * into segments at finding boundaries (overlaps split, never dropped), table cell offsets,
 * and the two sides of a repetition diff. Unit-tested in Node (client.test.ts).
 */
import type { Finding, Location } from '../../check/types';
import type { DiffOp } from '../../similarity/types';

/** A highlight: [s, e) of finding f, its own span or (rel) a related place. */
interface Mark {
  s: number;
  e: number;
  f: number;
  rel: boolean;
}

export interface Segment {
  s: number;
  e: number;
  fs: number[];
  rs: number[];
}

export interface Side {
  text: string;
  changed: boolean;
}

const SEV_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };
export function severityRank(s: string): number {
  return SEV_RANK[s] ?? 3;
}

/** True when a related place lies in the checked document itself (not a reference or stored report). */
export function sameDocument(r: Pick<Location, 'file' | 'documentId' | 'title'>): boolean {
  return !r.file && !r.documentId && !r.title;
}

/**
 * The places to mark: each finding's own span, and its related places in the same
 * document (shown when the finding is selected). Empty spans get one character.
 */
export function buildMarks(findings: Pick<Finding, 'start' | 'end' | 'related'>[]): Mark[] {
  const marks: Mark[] = [];
  findings.forEach((f, i) => {
    const s = Math.max(0, f.start | 0);
    marks.push({ s, e: Math.max(s + 1, f.end | 0), f: i, rel: false });
    (f.related || []).forEach((r) => {
      if (!sameDocument(r) || typeof r.start !== 'number') return;
      const rs = Math.max(0, r.start | 0);
      marks.push({ s: rs, e: Math.max(rs + 1, r.end | 0), f: i, rel: true });
    });
  });
  marks.sort((a, b) => a.s - b.s || b.e - a.e);
  return marks;
}

/**
 * Cuts [start, end) at every mark boundary inside it. Each segment lists the findings
 * whose own span covers it (fs) and those whose related place covers it (rs); segments
 * with neither are plain text. Overlapping findings give segments with several ids.
 */
export function segments(marks: Mark[], start: number, end: number): Segment[] {
  const inside = marks.filter((m) => m.s < end && m.e > start);
  const cuts = new Set([start, end]);
  for (const m of inside) {
    cuts.add(Math.max(start, m.s));
    cuts.add(Math.min(end, m.e));
  }
  const points = Array.from(cuts).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const s = points[k]!,
      e = points[k + 1]!;
    if (e <= s) continue;
    const fs: number[] = [],
      rs: number[] = [];
    for (const m of inside) {
      if (m.s <= s && m.e >= e) {
        const list = m.rel ? rs : fs;
        if (!list.includes(m.f)) list.push(m.f);
      }
    }
    out.push({ s, e, fs, rs });
  }
  return out;
}

/** Offsets of a table row's cells inside its block text (cells joined by spaces), or null. */
export function cellSpans(text: string, start: number, end: number, cells: unknown): Array<{ s: number; e: number }> | null {
  if (!Array.isArray(cells) || cells.length < 2) return null;
  const spans: Array<{ s: number; e: number }> = [];
  let at = start;
  for (const c of cells) {
    const cell = String(c);
    if (!cell) return null;
    const i = text.indexOf(cell, at);
    if (i < 0 || i + cell.length > end) return null;
    spans.push({ s: i, e: i + cell.length });
    at = i + cell.length;
  }
  return spans;
}

/** The two texts a diff joins: side a (equal + delete) and side b (equal + insert). */
function diffSides(diff: DiffOp[] | null | undefined): { a: string; b: string } {
  let a = '',
    b = '';
  for (const d of diff || []) {
    if (d.op === 'equal') {
      a += d.text;
      b += d.text;
    } else if (d.op === 'delete') a += d.text;
    else if (d.op === 'insert') b += d.text;
  }
  return { a, b };
}

const squash = (s: unknown) => String(s || '').replace(/\s+/g, '');

/**
 * A character diff from a to b: common prefix and suffix, then a longest common
 * subsequence on the middle (when small enough; else the middles count as changed).
 */
function charDiff(sideA: unknown, sideB: unknown): DiffOp[] {
  const a = String(sideA || ''),
    b = String(sideB || '');
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const am = a.slice(p, a.length - q),
    bm = b.slice(p, b.length - q);
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string) => {
    if (!text) return;
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  };
  push('equal', a.slice(0, p));
  const n = am.length,
    m = bm.length;
  if (n && m && n * m <= 4000000) {
    const w = m + 1;
    const L = new Uint16Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        L[i * w + j] = am[i] === bm[j] ? L[(i + 1) * w + j + 1]! + 1 : Math.max(L[(i + 1) * w + j]!, L[i * w + j + 1]!);
      }
    }
    let i = 0,
      j = 0;
    while (i < n && j < m) {
      if (am[i] === bm[j]) {
        push('equal', am[i]!);
        i++;
        j++;
      } else if (L[(i + 1) * w + j]! >= L[i * w + j + 1]!) {
        push('delete', am[i]!);
        i++;
      } else {
        push('insert', bm[j]!);
        j++;
      }
    }
    push('delete', am.slice(i));
    push('insert', bm.slice(j));
  } else {
    push('delete', am);
    push('insert', bm);
  }
  push('equal', a.slice(a.length - q));
  return ops;
}

/**
 * The two sides of a repetition for the pair view: "here" is the finding's quote, "other"
 * the related place. Each side is a list of { text, changed }. Uses the finding's own diff
 * when its sides are the two quotes (whichever way round the rule wrote it), else computes one.
 */
export function pairSides(diff: unknown, hereQuote: string, otherQuote: string): { here: Side[]; other: Side[]; source: 'evidence' | 'computed'; changes: number } {
  let ops: DiffOp[] | null = null,
    hereIs = 'b',
    source: 'evidence' | 'computed' = 'computed';
  if (Array.isArray(diff) && diff.length) {
    const sides = diffSides(diff as DiffOp[]);
    const h = squash(hereQuote),
      o = squash(otherQuote);
    if (squash(sides.b) === h && squash(sides.a) === o) {
      ops = diff as DiffOp[];
      hereIs = 'b';
      source = 'evidence';
    } else if (squash(sides.a) === h && squash(sides.b) === o) {
      ops = diff as DiffOp[];
      hereIs = 'a';
      source = 'evidence';
    }
  }
  if (!ops) {
    ops = charDiff(otherQuote, hereQuote);
    hereIs = 'b';
  }
  const here: Side[] = [],
    other: Side[] = [];
  const add = (list: Side[], text: string, changed: boolean) => {
    if (!text) return;
    const last = list[list.length - 1];
    if (last && last.changed === changed) last.text += text;
    else list.push({ text, changed });
  };
  for (const d of ops) {
    if (d.op === 'equal') {
      add(here, d.text, false);
      add(other, d.text, false);
      continue;
    }
    const onA = d.op === 'delete';
    const toHere = hereIs === 'a' ? onA : !onA;
    add(toHere ? here : other, d.text, true);
  }
  const changed = (list: Side[]) => list.filter((x) => x.changed && squash(x.text)).length;
  return { here, other, source, changes: changed(here) + changed(other) };
}
