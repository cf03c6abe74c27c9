/**
 * Visual lines from pdf.js text items: items grouped by baseline, ordered left to right.
 * Pure geometry; PDF user space (y grows upwards).
 */

/** The part of a pdf.js TextItem this module reads. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e/f are the baseline origin, |d| about the font size. */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** A run of text inside a line, separated from its neighbours by a wide gap. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
}

export interface Line {
  /** Item strings in x order, ends trimmed; inner spaces kept as pdf.js gave them. */
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size (largest item height on the line). */
  size: number;
  /** Runs split at gaps wider than CELL_GAP_EM font sizes (candidate table cells). */
  segments: Segment[];
  /** Width of one character of the first item (its width / its length), for estimates. */
  firstCharWidth: number;
}

/** A gap this many font sizes wide between items separates table cells. */
const CELL_GAP_EM = 1.2;

interface Placed {
  str: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Text direction in quarter turns (0: left to right, 1: bottom to top, …); -1 when slanted. */
function quarterTurns(item: PdfTextItem): number {
  const [a = 1, b = 0] = item.transform;
  const turns = Math.atan2(b, a) / (Math.PI / 2);
  const q = Math.round(turns);
  if (Math.abs(turns - q) > 0.1) return -1; // e.g. a diagonal watermark
  return ((q % 4) + 4) % 4;
}

/** Position in a frame turned so that the item's text runs left to right. */
function place(item: PdfTextItem, turns: number): Placed | undefined {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  const size = item.height > 0 ? item.height : Math.hypot(c, d) || Math.hypot(a, b);
  if (![e, f, item.width, size].every(Number.isFinite)) return undefined;
  const cos = [1, 0, -1, 0][turns] ?? 1;
  const sin = [0, 1, 0, -1][turns] ?? 0;
  const x = e * cos + f * sin;
  const y = -e * sin + f * cos;
  return { str: item.str, x0: x, x1: x + Math.max(0, item.width), y, size };
}

/**
 * Groups one page's text items into visual lines, top to bottom. Text set in the page's main
 * direction is kept (so turned pages read normally); text in other directions (watermarks,
 * vertical table labels) is dropped.
 */
export function itemsToLines(items: readonly PdfTextItem[]): Line[] {
  const texts = items.filter((it) => typeof it.str === 'string' && it.str.length > 0);
  const weight = [0, 0, 0, 0];
  for (const it of texts) {
    const q = quarterTurns(it);
    if (q >= 0) weight[q]! += it.str.trim().length;
  }
  const turns = weight.indexOf(Math.max(...weight));
  const placed = texts
    .filter((it) => quarterTurns(it) === turns)
    .map((it) => place(it, turns))
    .filter((p): p is Placed => p !== undefined);
  if (!placed.some((p) => p.str.trim() !== '')) return [];

  // Top to bottom; items whose baselines are within a third of the font size share a line.
  const sorted = [...placed].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const groups: Placed[][] = [];
  let current: Placed[] = [];
  let currentY = Number.NaN;
  let currentSize = 0;
  for (const p of sorted) {
    const tol = 0.35 * Math.max(1, Math.min(currentSize || p.size, p.size || currentSize));
    if (current.length > 0 && Math.abs(p.y - currentY) <= tol) {
      current.push(p);
      if (p.str.trim() !== '' && p.size > currentSize) currentSize = p.size;
    } else {
      if (current.length > 0) groups.push(current);
      current = [p];
      currentY = p.y;
      currentSize = p.str.trim() !== '' ? p.size : 0;
    }
  }
  if (current.length > 0) groups.push(current);

  return groups.map(toLine).filter((l): l is Line => l !== undefined);
}

function toLine(group: Placed[]): Line | undefined {
  const items = dedupeOverprint([...group].sort((p, q) => p.x0 - q.x0));
  const inked = items.filter((p) => p.str.trim() !== '');
  const first = inked[0];
  if (first === undefined) return undefined;
  const size = Math.max(...inked.map((p) => p.size));
  const text = items
    .map((p) => p.str)
    .join('')
    .trim();

  const segments: Segment[] = [];
  let seg: Segment | undefined;
  for (const p of items) {
    const blank = p.str.trim() === '';
    if (seg !== undefined && (blank || p.x0 - seg.x1 <= CELL_GAP_EM * size)) {
      // A space item is kept as text, but the gap it covers is not ink.
      seg.text += p.str;
      if (!blank) seg.x1 = Math.max(seg.x1, p.x1);
      continue;
    }
    if (blank) continue;
    seg = { text: p.str, x0: p.x0, x1: p.x1 };
    segments.push(seg);
  }
  for (const s of segments) s.text = s.text.trim();

  const baseline = median(inked.map((p) => p.y));
  return {
    text,
    x0: first.x0,
    x1: Math.max(...inked.map((p) => p.x1)),
    y: baseline,
    size,
    segments,
    firstCharWidth: first.str.length > 0 ? (first.x1 - first.x0) / [...first.str].length : size,
  };
}

/** Fake bold drawn twice at a tiny offset: keep one copy. */
function dedupeOverprint(items: Placed[]): Placed[] {
  const out: Placed[] = [];
  for (const p of items) {
    const dup = out.some((q) => q.str === p.str && p.str.trim() !== '' && Math.abs(q.x0 - p.x0) < 0.15 * p.size && Math.abs(q.y - p.y) < 0.15 * p.size);
    if (!dup) out.push(p);
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
