import { buildMatchView, sourceToView, viewToSource, type MatchView } from './match-text';
import { barrierWithin, cutRuns, nextBarrier, prevBarrier, sectionBarriers } from './barriers';
import { chainRuns, extendChain } from './chain-runs';
import { hasCompleteClause, settleEdges } from './clause-edges';
import { alignRanges } from './passages';
import { DEFAULT_SET_PHRASES, prefixSums, setPhraseMask } from './set-phrases';
import { selfRuns, sharedRuns, type Run } from './shared-runs';
import type { DiffOp, PassageKind, Region, TextSpan } from './types';
import { gramHashes } from './hash';
import { fingerprints, type Fingerprint } from './winnow';

/*
 * Pipeline: matching view of the compared regions → winnowed 6-gram fingerprints → exact
 * maximal shared runs (seeded by shared fingerprints, verified, extended) → chains of runs in
 * the same order with small gaps (near copies) → passage filter (length outside set phrases,
 * a whole clause covered) → ends settled on clause boundaries → alignment (diff, similarity,
 * kind, digitsDiffer) → overlapping duplicates dropped.
 */

/** A passage found twice: in the same text (findRepeats) or in a text and a reference (findReuse). */
export interface RepeatPassage {
  /** Source span of the first occurrence (in text A). */
  a: TextSpan;
  /** Source span of the second occurrence (in text A for findRepeats, text B for findReuse). */
  b: TextSpan;
  kind: PassageKind;
  /** 2·common / (lenA + lenB) over the matching views. */
  similarity: number;
  /** common / length of the shorter passage. */
  containment: number;
  /** Matching-view chars the two passages have in common (set phrases and every digit included). */
  length: number;
  diff: DiffOp[];
  /** Identical once numbers are masked, but not as written (数字不同). */
  digitsDiffer: boolean;
}

export interface RepeatOptions {
  /** Gram length for fingerprints (default 6). */
  k?: number;
  /** Winnowing window (default 10): exact runs ≥ w + k − 1 = 15 chars are always seen. */
  w?: number;
  /** Shortest exact run used to build passages (default 10). */
  minRun?: number;
  /**
   * Shortest reported passage, in exactly matched chars outside set phrases, a number
   * counting as one char (default 20: about one and a half clauses of 公文 prose; more than
   * any formula left once set phrases are discounted, less than the shortest real copies
   * in the seeds, 25 and 31).
   */
  minLength?: number;
  /** Largest edit gap (chars, each side) bridged between runs of one passage (default 20). */
  maxGap?: number;
  /** A passage end is moved to a clause boundary at most this far away (default 12). */
  edgeSlack?: number;
  /** Require the passage to cover a whole clause on one side (default true). */
  requireCompleteClause?: boolean;
  /** Similarity from which a pair is 'near' rather than 'partial' (default 0.8). */
  nearThreshold?: number;
  /** Match with every number masked (default: false for findRepeats, true for findReuse). */
  maskNumbers?: boolean;
  /** Region kinds compared (default ['paragraph']; regions without a kind count as paragraphs). */
  kinds?: ReadonlyArray<NonNullable<Region['kind']>>;
  /** Set phrases whose chars do not count towards minLength (default DEFAULT_SET_PHRASES). */
  setPhrases?: readonly string[];
  /** Hashes more frequent than this on one side are ignored (default 50). */
  maxOccurrences?: number;
}

const DEFAULTS = {
  k: 6,
  w: 10,
  minRun: 10,
  minLength: 20,
  maxGap: 20,
  edgeSlack: 12,
  requireCompleteClause: true,
  nearThreshold: 0.8,
  kinds: ['paragraph'] as ReadonlyArray<NonNullable<Region['kind']>>,
  setPhrases: DEFAULT_SET_PHRASES,
  maxOccurrences: 50,
};
type Settings = typeof DEFAULTS & { maskNumbers: boolean };

interface Side {
  text: string;
  raw: MatchView;
  /** The view matched on: raw, or masked when maskNumbers. */
  m: MatchView;
  /** Hashes of the minRun-grams of m, for growing chains. */
  runHashes: Uint32Array;
  /** Section barriers of m: no passage runs across a heading or table row left out. */
  barriers: Int32Array;
}

/** What a side needs that depends only on its text and regions (not on the other side). */
interface Prepared {
  raw: MatchView;
  m: MatchView;
  runHashes: Uint32Array;
  barriers: Int32Array;
  fps: Fingerprint[];
  /** setChars by the set phrases present in m. */
  setChars: Map<string, Int32Array>;
  /** Whether a set phrase occurs in m. */
  phrasePresent: Map<string, boolean>;
}

/**
 * The views and fingerprints of recently compared texts: a report compared with many others
 * (jixiao check --against-each-other, several --against files) is prepared once, not once per
 * pair. Keyed by the text, then by the spans and then by the settings: the text and the spans'
 * key are the same strings at every call (V8 hashes a string once), the settings' key is short.
 */
const prepared = new Map<string, Map<string, { raw: MatchView; byKey: Map<string, Prepared> }>>();
const PREPARED_MAX = 256;

function prepare(text: string, spans: TextSpan[], spansKey: string, s: Settings): Prepared {
  const key = `${s.maskNumbers ? 1 : 0}|${s.minRun}|${s.k}|${s.w}`;
  let bySpans = prepared.get(text);
  let views = bySpans?.get(spansKey);
  const hit = views?.byKey.get(key);
  if (hit !== undefined) return hit;
  if (bySpans === undefined) {
    if (prepared.size >= PREPARED_MAX) prepared.delete(prepared.keys().next().value as string);
    bySpans = new Map();
    prepared.set(text, bySpans);
  }
  // the raw view serves both settings of maskNumbers (a report's findRepeats and its findReuse)
  if (views === undefined) bySpans.set(spansKey, (views = { raw: buildMatchView(text, spans), byKey: new Map() }));
  const raw = views.raw;
  const m = s.maskNumbers ? buildMatchView(text, spans, { maskNumbers: true }) : raw;
  const p = { raw, m, runHashes: gramHashes(m.text, s.minRun), barriers: sectionBarriers(m), fps: fingerprints(m.text, s.k, s.w), setChars: new Map(), phrasePresent: new Map() };
  views.byKey.set(key, p);
  return p;
}

/**
 * Prefix sums over m of the chars that do not count: set phrases, and number chars after the first.
 * Phrases absent from the text mark nothing, so the sums are kept by the phrases present: a report
 * compared with many others gets a list per pair (both departments' names) but mostly the same sums.
 */
function setCharsOf(p: Prepared, phrases: readonly string[]): Int32Array {
  let key = '';
  for (const ph of phrases) {
    if (!ph) continue;
    let present = p.phrasePresent.get(ph);
    if (present === undefined) p.phrasePresent.set(ph, (present = p.m.text.includes(ph)));
    if (present) key += `${ph}\u0000`;
  }
  const hit = p.setChars.get(key);
  if (hit !== undefined) return hit;
  const skip = setPhraseMask(p.m.text, phrases);
  for (const n of p.m.text.matchAll(/\d+(?:\.\d+)*%?/g)) skip.fill(1, n.index + 1, n.index + n[0].length); // a number counts once
  const sums = prefixSums(skip);
  p.setChars.set(key, sums);
  return sums;
}

/**
 * The compared spans of a region list and their key, by region list and kinds: a report compared
 * with many others passes the same list every time (regionsOf is memoized per document).
 */
const spansOfRegions = new WeakMap<readonly Region[], Map<string, { spans: TextSpan[]; key: string }>>();

function comparedSpans(regions: readonly Region[], kinds: Settings['kinds']): { spans: TextSpan[]; key: string } {
  const kindsKey = kinds.join(',');
  let byKinds = spansOfRegions.get(regions);
  const hit = byKinds?.get(kindsKey);
  if (hit !== undefined) return hit;
  const spans = regions
    .filter((r) => kinds.includes(r.kind ?? 'paragraph') && r.end > r.start)
    .map((r) => ({ start: r.start, end: r.end }))
    .sort((x, y) => x.start - y.start);
  // overlapping regions would put the same text twice into the view: clip them
  for (let i = 1; i < spans.length; i++) {
    const prev = spans[i - 1] as TextSpan;
    const cur = spans[i] as TextSpan;
    if (cur.start < prev.end) cur.start = Math.min(prev.end, cur.end);
  }
  const got = { spans, key: spans.map((x) => `${x.start}-${x.end}`).join(',') };
  if (byKinds === undefined) spansOfRegions.set(regions, (byKinds = new Map()));
  byKinds.set(kindsKey, got);
  return got;
}

function side(text: string, regions: readonly Region[], s: Settings): Side & { fps: Fingerprint[]; prepared: Prepared } {
  const { spans, key } = comparedSpans(regions, s.kinds);
  const p = prepare(text, spans, key, s);
  return { text, raw: p.raw, m: p.m, runHashes: p.runHashes, barriers: p.barriers, fps: p.fps, prepared: p };
}

/** Repeated passages inside one report, each pair once (a before b); headings and table rows are skipped. */
export function findRepeats(text: string, regions: readonly Region[], opts: RepeatOptions = {}): RepeatPassage[] {
  return drain(findRepeatsSteps(text, regions, opts));
}

/**
 * findRepeats as steps: the generator pauses (yields) every few dozen chains or alignments, so
 * that a caller can let other work run during a long search (src/pause.ts `paced`).
 */
export function* findRepeatsSteps(text: string, regions: readonly Region[], opts: RepeatOptions = {}): Generator<void, RepeatPassage[]> {
  const s: Settings = { ...DEFAULTS, maskNumbers: false, ...stripUndefined(opts) };
  const A = side(text, regions, s);
  const runs = selfRuns(A.m.text, A.fps, { k: s.k, minLength: s.minRun, maxOccurrences: s.maxOccurrences });
  yield;
  return yield* toPassages(runs, A, A, setCharsOf(A.prepared, s.setPhrases), s, true);
}

/** Passages of report A found again in reference report B (matched with numbers masked by default). */
export function findReuse(textA: string, regionsA: readonly Region[], textB: string, regionsB: readonly Region[], opts: RepeatOptions = {}): RepeatPassage[] {
  return drain(findReuseSteps(textA, regionsA, textB, regionsB, opts));
}

/** findReuse as steps (see findRepeatsSteps). */
export function* findReuseSteps(textA: string, regionsA: readonly Region[], textB: string, regionsB: readonly Region[], opts: RepeatOptions = {}): Generator<void, RepeatPassage[]> {
  const s: Settings = { ...DEFAULTS, maskNumbers: true, ...stripUndefined(opts) };
  const A = side(textA, regionsA, s);
  const B = side(textB, regionsB, s);
  const runs = sharedRuns(A.m.text, A.fps, B.m.text, B.fps, {
    k: s.k,
    minLength: s.minRun,
    maxOccurrences: s.maxOccurrences,
  });
  yield;
  return yield* toPassages(runs, A, B, setCharsOf(A.prepared, s.setPhrases), s, false);
}

/** Runs steps to the end without pausing. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Iterations of the chain and alignment loops between two pauses of the steps. */
const STEP = 32;

/**
 * Passages aligned per comparison at most: the only step that is more than linear (a diff per
 * passage) runs on candidates already matched by fingerprints, de-duplicated by their ranges,
 * longest first; a report with more distinct repeated passages than this is reported with the
 * first MAX_ALIGNED of them (by length), which is far beyond any real report.
 */
const MAX_ALIGNED = 2000;

/**
 * Chains grown past their ends per comparison at most (longest first); further chains are
 * used as found. Degenerate text (thousands of near-identical sentences) yields tens of
 * thousands of chains; real reports a few hundred.
 */
const MAX_GROWN = 5000;
/** Steps of chain growth per comparison (each appends one run): a base plus one per four chars compared. */
const GROW_STEPS = 50_000;

interface Candidate {
  a: TextSpan;
  b: TextSpan;
  /** Exactly matched chars outside set phrases: the ranking before alignment. */
  length: number;
  raw: [number, number, number, number];
}

/** setCharsA: prefix sums over A.m of the chars that do not count (set phrases, number chars after the first). */
function* toPassages(found: Run[], A: Side, B: Side, setCharsA: Int32Array, s: Settings, self: boolean): Generator<void, RepeatPassage[]> {
  const runs = cutRuns(found, A.barriers, B.barriers, s.minRun);
  let step = 0;
  const bridgeable = (ae: number, as: number, be: number, bs: number) => !barrierWithin(A.barriers, ae, as) && !barrierWithin(B.barriers, be, bs);
  const chains = chainRuns(runs, { maxGap: s.maxGap, self, bridgeable });
  yield;
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  const covered = new DiagonalCover();
  let grown = 0;
  const budget = { left: GROW_STEPS + (A.m.text.length + B.m.text.length) / 4 };
  // longest first: a shorter chain on the same diagonal is then usually inside a grown one
  for (const c0 of [...chains].sort((x, y) => y.matched - x.matched)) {
    if (++step % STEP === 0) yield;
    // a chain starting inside one already grown on the same diagonal would grow into the same passage
    const first = c0.runs[0];
    if (first && covered.has(first.aStart, first.bStart)) continue;
    const c =
      grown++ >= MAX_GROWN
        ? c0
        : extendChain(A.m.text, A.runHashes, B.m.text, B.runHashes, c0, {
            maxGap: s.maxGap,
            minRun: s.minRun,
            self,
            aMin: prevBarrier(A.barriers, c0.aStart, 0),
            aMax: nextBarrier(A.barriers, c0.aEnd, A.m.text.length),
            bMin: prevBarrier(B.barriers, c0.bStart, 0),
            bMax: nextBarrier(B.barriers, c0.bEnd, B.m.text.length),
            budget,
          });
    for (const r of c.runs) covered.add(r.aStart, r.aEnd, r.bStart);
    let substantive = 0;
    for (const r of c.runs) substantive += r.length - ((setCharsA[r.aEnd] as number) - (setCharsA[r.aStart] as number));
    if (substantive < s.minLength) continue;
    const [aF, aT, bF, bT] = settleEdges(A.m, c.aStart, c.aEnd, B.m, c.bStart, c.bEnd, { slack: s.edgeSlack, self });
    if (s.requireCompleteClause && !hasCompleteClause(A.m, aF, aT) && !hasCompleteClause(B.m, bF, bT)) continue;
    const [raF, raT] = toRaw(A, aF, aT);
    const [rbF, rbT] = toRaw(B, bF, bT);
    const key = `${raF},${raT},${rbF},${rbT}`;
    if (seen.has(key)) continue; // overlapping chains often settle on the same ranges
    seen.add(key);
    candidates.push({ a: { start: raF, end: raT }, b: { start: rbF, end: rbT }, length: substantive, raw: [raF, raT, rbF, rbT] });
  }
  // a candidate lying mostly inside a longer one on both sides would be dropped after alignment anyway
  const out: RepeatPassage[] = [];
  for (const cand of dedupe(candidates).slice(0, MAX_ALIGNED)) {
    if (++step % STEP === 0) yield;
    const [raF, raT, rbF, rbT] = cand.raw;
    const al = alignRanges(A.text, A.raw, raF, raT, B.text, B.raw, rbF, rbT, { nearThreshold: s.nearThreshold });
    out.push({
      a: al.a,
      b: al.b,
      kind: al.kind,
      similarity: al.similarity,
      containment: al.containment,
      length: al.equal,
      diff: al.diff,
      digitsDiffer: al.digitsDiffer,
    });
  }
  return dedupe(out).sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
}

/** Exact runs of grown chains by diagonal (bStart − aStart), sorted by start, to ask whether a point is inside one. */
class DiagonalCover {
  private byDiagonal = new Map<number, number[]>(); // flat [start, end, start, end …], sorted by start

  add(aStart: number, aEnd: number, bStart: number): void {
    const d = bStart - aStart;
    let l = this.byDiagonal.get(d);
    if (!l) this.byDiagonal.set(d, (l = []));
    const i = this.firstAfter(l, aStart);
    l.splice(2 * i, 0, aStart, aEnd);
  }

  has(aStart: number, bStart: number): boolean {
    const l = this.byDiagonal.get(bStart - aStart);
    if (!l) return false;
    // intervals of one diagonal may nest (a run found again by a later chain): look back a few
    for (let i = this.firstAfter(l, aStart) - 1, n = 0; i >= 0 && n < 8; i--, n++) if ((l[2 * i + 1] as number) > aStart) return true;
    return false;
  }

  /** Number of intervals starting at or before `x`. */
  private firstAfter(l: number[], x: number): number {
    let lo = 0;
    let hi = l.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((l[2 * mid] as number) <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The raw-view range covering the same source text as matching-view range [from, to). */
function toRaw(side: Side, from: number, to: number): [number, number] {
  if (side.m === side.raw) return [from, to];
  return sourceToView(side.raw, viewToSource(side.m, from, to));
}

const overlap = (x: TextSpan, y: TextSpan) => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));

/** Drop a passage whose two sides both lie mostly inside the sides of a longer one. */
function dedupe<P extends { a: TextSpan; b: TextSpan; length: number }>(ps: P[]): P[] {
  const kept: P[] = [];
  const buckets = new Map<number, P[]>(); // kept passages by 256-char slices of side a
  const B = 256;
  for (const p of [...ps].sort((x, y) => y.length - x.length)) {
    let inside = false;
    for (let k = Math.floor(p.a.start / B); k <= Math.floor((p.a.end - 1) / B) && !inside; k++) {
      for (const q of buckets.get(k) ?? []) {
        if (overlap(p.a, q.a) * 2 >= p.a.end - p.a.start && overlap(p.b, q.b) * 2 >= p.b.end - p.b.start) {
          inside = true;
          break;
        }
      }
    }
    if (inside) continue;
    kept.push(p);
    for (let k = Math.floor(p.a.start / B); k <= Math.floor((p.a.end - 1) / B); k++) {
      const l = buckets.get(k);
      if (l) l.push(p);
      else buckets.set(k, [p]);
    }
  }
  return kept;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
