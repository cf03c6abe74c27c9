import type { TextSpan } from './types';

/**
 * The matching view of a text: what repetition detection compares.
 *
 * Built from one or more source spans (concatenated in the order given):
 * full-width ASCII is folded to half-width, ASCII letters are lower-cased,
 * whitespace, control/format characters and punctuation (\p{P}: 、，。；：？！“”‘’《》（）…— …)
 * are dropped. Inside numbers, thousands separators are dropped and the decimal
 * point is kept ("3,363.37" → "3363.37"); a '%' is kept. With `maskNumbers`, every
 * number (digits with separators/decimals and a following '%') becomes one
 * {@link NUMBER_PLACEHOLDER} char.
 *
 * Every view char i maps back to the source: `start[i]` is the offset of its first
 * source code unit, `end[i]` the offset just after its last one (a masked number maps
 * to the whole number, '%' included). So a view range [i, j) maps to the source span
 * [start[i], end[j-1]), which includes any punctuation or spaces *inside* the range
 * and none outside it (see {@link viewToSource} for the optional widening).
 */
export interface MatchView {
  /** The matching string. */
  text: string;
  /** Source offset of view char i. */
  start: Int32Array;
  /** Source end offset (exclusive) of view char i. */
  end: Int32Array;
  /**
   * Boundary before view char i (length text.length + 1; the last entry is the end of the
   * view). Low bits ({@link BRK_LEVEL}): the strongest punctuation dropped there —
   * {@link BRK_NONE}, {@link BRK_COLON} (：), {@link BRK_CLAUSE} (，) or {@link BRK_SENTENCE}
   * (。；！？); 、 is none (it separates items inside a clause). Flag {@link BRK_REGION}: an
   * input span starts or ends there (a paragraph edge, which may lack punctuation: a title,
   * a table line, a PDF line break). Flag {@link BRK_SECTION}: besides, the source between
   * the two spans holds text left out of the view (a heading or table row): a passage never
   * runs across it.
   */
  brk: Uint8Array;
  /** View index where each input span starts. */
  regionStarts: Int32Array;
  masked: boolean;
}

export const BRK_NONE = 0;
/** After a lead-in ending in ：(a label such as 绩效目标完成情况：). */
export const BRK_COLON = 1;
export const BRK_CLAUSE = 2;
export const BRK_SENTENCE = 3;
/** Mask of the punctuation level in a `brk` entry. */
export const BRK_LEVEL = 7;
/** Flag in a `brk` entry: a region (input span) edge. */
export const BRK_REGION = 8;
/** Flag in a `brk` entry: a region edge with skipped text (heading, table row) behind it. */
export const BRK_SECTION = 16;

/** The char that stands for a whole number in a masked view ('#' is punctuation, so never in a view otherwise). */
export const NUMBER_PLACEHOLDER = '#';

const KEEP = 0;
const DROP = 1; // whitespace, quotes, brackets, 、 — …
const COLON = 2; // ：
const CLAUSE = 3; // ，
const SENTENCE = 4; // 。 ； ！ ？ .

const UNKNOWN = 255;
const DROP_RE = /[\p{P}\p{Z}\p{Cc}\p{Cf}\s]/u;
let classTable: Uint8Array | undefined;

/** Per-code-unit class table, filled lazily (a Worker isolate should not pay for 65,536 regex tests up front). */
function classes(): Uint8Array {
  if (classTable) return classTable;
  const t = new Uint8Array(65536).fill(UNKNOWN);
  for (const ch of ':：') t[ch.charCodeAt(0)] = COLON;
  for (const ch of ',，') t[ch.charCodeAt(0)] = CLAUSE;
  for (const ch of '。;!?.；！？｡') t[ch.charCodeAt(0)] = SENTENCE;
  t['%'.charCodeAt(0)] = KEEP;
  classTable = t;
  return t;
}

/** Class of a folded code unit not seen before; surrogate halves are kept as they are. */
function classify(t: Uint8Array, c: number): number {
  const k = c >= 0xd800 && c <= 0xdfff ? KEEP : DROP_RE.test(String.fromCharCode(c)) ? DROP : KEEP;
  t[c] = k;
  return k;
}

/** Full-width ASCII → half-width, ideographic space → space, A–Z → a–z. */
function foldCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000) return 0x20;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  return c;
}

/** Raise the punctuation level of a brk value, keeping its region flag. */
const raise = (b: number, level: number) => (b & ~BRK_LEVEL) | Math.max(b & BRK_LEVEL, level);

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Build the matching view of `spans` of `source` (default: the whole text). */
export function buildMatchView(source: string, spans: readonly TextSpan[] = [{ start: 0, end: source.length }], opts: { maskNumbers?: boolean } = {}): MatchView {
  const cls = classes();
  const mask = opts.maskNumbers === true;
  let cap = 0;
  for (const s of spans) cap += Math.max(0, s.end - s.start);
  const out = new Uint16Array(cap);
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const brk = new Uint8Array(cap + 1);
  const regionStarts = new Int32Array(spans.length);
  let n = 0;
  let pending: number = BRK_REGION; // punctuation level | region flag since the last emitted char

  // Plain loops, no closures made per call: a closure made per call is optimized per call.
  for (let r = 0; r < spans.length; r++) {
    const span = spans[r] as TextSpan;
    regionStarts[r] = n;
    pending |= BRK_REGION;
    const prevEnd = r > 0 ? (spans[r - 1] as TextSpan).end : 0;
    if (r > 0 && /\S/.test(source.slice(prevEnd, span.start))) pending |= BRK_SECTION;
    const stop = Math.min(span.end, source.length);
    let i = Math.max(0, span.start);
    while (i < stop) {
      const c = foldCode(source.charCodeAt(i));
      if (c >= 0x30 && c <= 0x39) {
        const to = scanNumber(source, i, stop);
        if (mask) {
          // the whole number as one placeholder
          out[n] = PLACEHOLDER_CODE;
          start[n] = i;
          end[n] = to;
          brk[n] = pending;
          pending = BRK_NONE;
          n++;
        } else {
          // its digits, decimal points and '%'; thousands separators dropped
          for (let j = i; j < to; j++) {
            const d = foldCode(source.charCodeAt(j));
            if (d === 0x2c) continue;
            out[n] = d;
            start[n] = j;
            end[n] = j + 1;
            brk[n] = pending;
            pending = BRK_NONE;
            n++;
          }
        }
        i = to;
        continue;
      }
      let k = cls[c] as number;
      if (k === UNKNOWN) k = classify(cls, c);
      if (k === KEEP) {
        out[n] = c;
        start[n] = i;
        end[n] = i + 1;
        brk[n] = pending;
        pending = BRK_NONE;
        n++;
      } else if (k === COLON) pending = raise(pending, BRK_COLON);
      else if (k === CLAUSE) pending = raise(pending, BRK_CLAUSE);
      else if (k === SENTENCE) pending = raise(pending, BRK_SENTENCE);
      i++;
    }
    pending |= BRK_REGION;
  }
  brk[n] = pending | BRK_REGION;

  let text = '';
  // apply() takes the typed array as is; spreading it would go through the iterator (15× slower)
  for (let i = 0; i < n; i += 8192) text += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return { text, start: start.slice(0, n), end: end.slice(0, n), brk: brk.slice(0, n + 1), regionStarts, masked: mask };
}

const PLACEHOLDER_CODE = NUMBER_PLACEHOLDER.charCodeAt(0);

/** Whether the `count` source chars from j (before `stop`) are all digits once folded. */
function digitsAt(source: string, j: number, count: number, stop: number): boolean {
  for (let t = 0; t < count; t++) if (j + t >= stop || !isDigit(foldCode(source.charCodeAt(j + t)))) return false;
  return true;
}

/**
 * End of the number starting at digit i: digits, ","+exactly 3 digits (thousands), "."+digits,
 * then an optional '%'. Inside it every char other than a thousands ',' is kept in the view.
 */
function scanNumber(source: string, i: number, stop: number): number {
  for (;;) {
    while (i < stop && isDigit(foldCode(source.charCodeAt(i)))) i++;
    if (i >= stop) break;
    const c = foldCode(source.charCodeAt(i));
    if (c === 0x2c && digitsAt(source, i + 1, 3, stop) && !digitsAt(source, i + 4, 1, stop)) {
      i++; // thousands separator: dropped
      continue;
    }
    if (c === 0x2e && digitsAt(source, i + 1, 1, stop)) {
      i++; // decimal point
      continue;
    }
    break;
  }
  if (i < stop && foldCode(source.charCodeAt(i)) === 0x25) i++;
  return i;
}

const OPENERS = new Set('“‘（(《〈「『【〔[{'.split(''));
const CLOSERS = new Set('”’）)》〉」』】〕]}。．.!！?？;；…'.split(''));

/**
 * Source span of the view range [from, to) (requires to > from): from the first code
 * unit of view char `from` to the end of view char `to - 1`. When `source` is given,
 * the span is widened over opening quotes/brackets directly before it and over closing
 * quotes/brackets and sentence-final punctuation (。；！？…) directly after it — never
 * over spaces, commas or 、, and never into a neighbouring view char.
 */
export function viewToSource(view: MatchView, from: number, to: number, source?: string): TextSpan {
  let s = view.start[from] ?? 0;
  let e = view.end[to - 1] ?? s;
  if (source === undefined) return { start: s, end: e };
  const lo = from > 0 ? (view.end[from - 1] ?? 0) : 0;
  const hi = to < view.text.length ? (view.start[to] ?? source.length) : source.length;
  while (s > lo && OPENERS.has(source[s - 1] ?? '')) s--;
  while (e < hi && CLOSERS.has(source[e] ?? '')) e++;
  return { start: s, end: e };
}

/** Index of the first view char whose source start is ≥ `offset` (text.length if none). */
export function viewIndexAt(view: MatchView, offset: number): number {
  let lo = 0;
  let hi = view.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((view.start[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** View range [from, to) of the chars lying entirely inside the source span. */
export function sourceToView(view: MatchView, span: TextSpan): [number, number] {
  const from = viewIndexAt(view, span.start);
  let to = viewIndexAt(view, span.end);
  while (to > from && (view.end[to - 1] ?? 0) > span.end) to--;
  return [from, to];
}

/** Replace every number of a (raw) matching string by the placeholder, as `maskNumbers` would. */
export function maskDigits(viewText: string): string {
  return viewText.replace(/\d+(?:\.\d+)*%?/g, NUMBER_PLACEHOLDER);
}
