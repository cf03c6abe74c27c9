/**
 * Layout measurements of the body text: left/right edges per page, the line pitch, and
 * how wide the start of a line is (to tell a wrapped line from a paragraph's short last line).
 */
import type { Line } from './lines';

export interface PageFrame {
  /** Where body lines start (continuation lines of paragraphs). */
  left: number;
  /** Where full body lines end (justified or ragged). */
  right: number;
}

interface Cluster {
  value: number;
  count: number;
}

/** Groups close values (within tol) into clusters with their mean and size, ascending. */
function clusters(values: readonly number[], tol: number): Cluster[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: { sum: number; count: number; last: number }[] = [];
  for (const v of sorted) {
    const c = out[out.length - 1];
    if (c !== undefined && v - c.last <= tol) {
      c.sum += v;
      c.count += 1;
      c.last = v;
    } else out.push({ sum: v, count: 1, last: v });
  }
  return out.map((c) => ({ value: c.sum / c.count, count: c.count }));
}

/** The body's left and right edges from a set of lines, or undefined with too little evidence. */
export function frameOf(lines: readonly Line[]): PageFrame | undefined {
  if (lines.length < 3) return undefined;
  const size = typicalSize(lines);
  const need = Math.max(2, Math.ceil(lines.length * 0.05));
  const lefts = clusters(
    lines.map((l) => l.x0),
    Math.max(1.5, size * 0.2),
  );
  const left = lefts.find((c) => c.count >= need)?.value;
  // Right: the most common line end near the far right (hanging punctuation sits one char past it).
  const rights = clusters(
    lines.map((l) => l.x1),
    Math.max(1.5, size * 0.2),
  );
  // (measured from line ends shared by two lines or more, so one overlong line cannot move it)
  const supported = rights.filter((c) => c.count >= 2);
  const maxRight = Math.max(...(supported.length > 0 ? supported : rights).map((c) => c.value));
  let right: Cluster | undefined;
  for (const c of rights) {
    if (c.value < maxRight - 4 * size || c.count < 2) continue;
    if (right === undefined || c.count > right.count || (c.count === right.count && c.value < right.value)) right = c;
  }
  if (left === undefined || right === undefined || right.value - left < 4 * size) return undefined;
  return { left, right: right.value };
}

/** The most common font size among lines (weighted by text length). */
export function typicalSize(lines: readonly Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const k = sizeKey(l.size);
    weight.set(k, (weight.get(k) ?? 0) + l.text.length);
  }
  let best = 12;
  let bestW = -1;
  for (const [k, w] of weight) {
    if (w > bestW) {
      best = k;
      bestW = w;
    }
  }
  return best;
}

/** Font sizes within half a point share a key. */
export const sizeKey = (size: number) => Math.round(size * 2) / 2;

/**
 * Baseline-to-baseline distance of consecutive lines inside a paragraph, per font size (the
 * smallest common distance: paragraph spacing and blank lines only ever add to it).
 */
export function linePitches(pages: readonly Line[][]): Map<number, number> {
  const gaps = new Map<number, number[]>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      if (sizeKey(a.size) !== sizeKey(b.size)) continue;
      const dy = a.y - b.y;
      if (dy < 0.8 * a.size || dy > 4 * a.size) continue;
      const list = gaps.get(sizeKey(a.size)) ?? [];
      list.push(dy);
      gaps.set(sizeKey(a.size), list);
    }
  }
  const out = new Map<number, number>();
  for (const [key, list] of gaps) {
    const cs = clusters(list, 0.75);
    const max = Math.max(0, ...cs.map((c) => c.count));
    const pitch = cs.find((c) => c.count >= Math.max(2, 0.2 * max))?.value;
    if (pitch !== undefined) out.set(key, pitch);
  }
  return out;
}

const OPENERS = '“‘（《〈「『【〔([{"\'';
const CLOSERS = '，。、；：？！…）》〉」』】〕”’,.;:?!)]}%％';
const WORD = /[A-Za-z0-9.,%\-+/]/;

/**
 * Estimated width of a line's first unbreakable unit (openers + one CJK char or one
 * Latin/number run + closers): had it fit, the previous line would have taken it.
 */
function leadWidth(line: Line): number {
  const chars = [...line.text];
  let i = 0;
  while (i < chars.length && OPENERS.includes(chars[i]!)) i++;
  if (i < chars.length) {
    if (WORD.test(chars[i]!)) while (i < chars.length && WORD.test(chars[i]!)) i++;
    else i++;
  }
  // Closing punctuation sticks to it, and so does a number glued on after that ("100.0%。2021").
  for (;;) {
    const start = i;
    while (i < chars.length && CLOSERS.includes(chars[i]!)) i++;
    if (i === start || i >= chars.length || !WORD.test(chars[i]!)) break;
    while (i < chars.length && WORD.test(chars[i]!)) i++;
  }
  return Math.max(1, i) * line.firstCharWidth;
}

/**
 * Whether `prev` stops short of the right edge: the start of the next line would have fitted
 * in the room left (a wrapped line, ragged or justified, always leaves less than that).
 */
export function endsShort(prev: Line, frame: PageFrame, next?: Line): boolean {
  const room = frame.right - prev.x1;
  const unit = next !== undefined ? leadWidth(next) : prev.size;
  return room > Math.max(unit, 0.5 * prev.size) - 0.1 * prev.size;
}

/** Whether a line starts at least about one character right of the body's left edge. */
export function isIndented(line: Line, frame: PageFrame): boolean {
  return line.x0 - frame.left >= 0.8 * line.size;
}

/** A line set clearly inside both edges with about equal margins: a centred title line. */
export function isCentred(line: Line, frame: PageFrame): boolean {
  const lm = line.x0 - frame.left;
  const rm = frame.right - line.x1;
  return lm > 2.5 * line.size && rm > 2.5 * line.size && Math.abs(lm - rm) < 1.5 * line.size;
}

/** A line whose left and right margins are about equal (centred, or full width). */
export function isBalanced(line: Line, frame: PageFrame): boolean {
  const lm = line.x0 - frame.left;
  const rm = frame.right - line.x1;
  return lm > -line.size && rm > -line.size && Math.abs(lm - rm) < 1.2 * line.size;
}
