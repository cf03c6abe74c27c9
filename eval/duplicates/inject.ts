import { rng } from './corpus-texts';

export type InjectionKind = 'exact' | 'near' | 'partial' | 'reference' | 'reference-digits';

/** A text with one planted copy: where the source passage is and where its copy went. */
export interface Injected {
  kind: InjectionKind;
  text: string;
  /** The copy in `text`. */
  copy: { start: number; end: number };
  /** The original in `text` (within-report kinds) or in `reference` (reference kinds). */
  source: { start: number; end: number };
  reference?: string;
}

const NEAR_PREFIXES = ['我们', '同时，', '一年来，', '在此基础上，'];

/** Sentences of a paragraph-structured text with their offsets. */
function sentences(text: string): Array<{ start: number; end: number; s: string }> {
  const out: Array<{ start: number; end: number; s: string }> = [];
  const re = /[^。\n]+。/g;
  for (const m of text.matchAll(re)) {
    if (m[0].length >= 22 && !/^[一二三四五六七八九十]、/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length, s: m[0] });
  }
  return out;
}

/** Inserts `piece` at a sentence boundary at least 200 chars away from `avoid`. */
function insertAway(text: string, piece: string, avoid: { start: number; end: number }, r: () => number) {
  const spots = [...text.matchAll(/。/g)].map((m) => m.index + 1).filter((i) => i < avoid.start - 200 || i > avoid.end + 200);
  const at = spots[Math.floor(r() * spots.length)] ?? text.length;
  return { text: text.slice(0, at) + piece + text.slice(at), at };
}

/** Plants one copy of the given kind into a clean text (and reference for the reference kinds). */
export function inject(kind: InjectionKind, base: string, seed: number, reference?: string): Injected {
  const r = rng(seed);
  if (kind === 'reference' || kind === 'reference-digits') {
    const ref = reference!;
    const pool = sentences(ref).filter((x) => (kind === 'reference-digits' ? /\d/.test(x.s) : true));
    const src = pool[Math.floor(r() * pool.length)]!;
    const piece = kind === 'reference-digits' ? src.s.replace(/\d+(\.\d+)?/g, (d) => String(Number(d) + 7)) : src.s;
    const { text, at } = insertAway(base, piece, { start: -1e9, end: -1e9 }, r);
    return { kind, text, copy: { start: at, end: at + piece.length }, source: { start: src.start, end: src.end }, reference: ref };
  }
  // Partial copies plant a long clause (the minimum the checker promises to see is 20
  // characters of text): pick a sentence that has one.
  // Near copies edit sentences of 30+ characters.
  const pool = sentences(base).filter((x) => (kind === 'partial' ? textLength(longestClause(x.s)) >= 22 : kind === 'near' ? textLength(x.s) >= 30 : true));
  const i = Math.floor(r() * (pool.length - 1));
  const src = pool[i]!;
  let piece: string;
  let sourceSpan = { start: src.start, end: src.end };
  if (kind === 'exact') {
    // one or two consecutive sentences, verbatim
    const next = pool[i + 1];
    piece = next && next.start === src.end && r() < 0.5 ? base.slice(src.start, next.end) : src.s;
    sourceSpan = { start: src.start, end: src.start + piece.length };
  } else if (kind === 'near') {
    const prefix = NEAR_PREFIXES[Math.floor(r() * NEAR_PREFIXES.length)]!;
    const pos = 4 + Math.floor(r() * Math.max(1, src.s.length - 10));
    // a prefix added and one character dropped in the middle
    piece = prefix + src.s.slice(0, pos) + src.s.slice(pos + 1);
  } else {
    // partial: a long clause of the sentence pasted into a new sentence
    const longest = longestClause(src.s);
    const start = src.start + src.s.indexOf(longest);
    const clause = longest.replace(/[，。]$/, '');
    piece = `在此基础上，${clause}，取得了新的进展。`;
    sourceSpan = { start, end: start + clause.length };
  }
  const { text, at } = insertAway(base, piece, sourceSpan, r);
  const shift = (s: { start: number; end: number }) => (s.start >= at ? { start: s.start + piece.length, end: s.end + piece.length } : s);
  return { kind, text, copy: { start: at, end: at + piece.length }, source: shift(sourceSpan) };
}

function longestClause(sentence: string): string {
  return sentence.split(/(?<=，)/).reduce((a, b) => (b.length > a.length ? b : a));
}

/** Characters that count as text: punctuation dropped, a number counts once. */
function textLength(s: string): number {
  return s.replace(/[\p{P}\s]/gu, '').replace(/\d+(\.\d+)?%?/g, '#').length;
}
