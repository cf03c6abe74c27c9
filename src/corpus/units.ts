import {
  bandKeyInts as lshBandKeyInts,
  BRK_CLAUSE,
  BRK_LEVEL,
  BRK_SENTENCE,
  buildMatchView,
  createMinHasher,
  fnv1a32,
  gramHash,
  gramHashes,
  mergeSignature,
  rangeSignature,
  type LshParams,
  type MatchView,
  type TextSpan,
} from '../similarity';

/*
 * What the corpus indexes: "units" of each stored paragraph, fingerprinted with MinHash
 * and banded for LSH.
 *
 * LSH estimates Jaccard similarity, but the question asked of the corpus is containment:
 * "is this passage inside some stored report?". A sentence copied into a longer paragraph
 * has a low Jaccard similarity with that paragraph (a 50-char sentence in a 300-char
 * paragraph: J ≈ 0.15, collision probability ≈ 0.02 with the bands below) and would be
 * missed. So each paragraph is indexed as its sentences (units of about one sentence) and,
 * when it has more than one, as a whole:
 *
 * - sentence units catch a sentence (or several) copied into other text, and reordered
 *   or partly replaced paragraphs: each copied sentence has J ≈ 1 with its stored twin;
 * - the paragraph unit catches a paragraph rewritten evenly (light edits in every
 *   sentence, or sentences merged/split so that sentence units no longer line up).
 *
 * Windows of 2–3 sentences were considered and rejected: a window that holds one copied
 * and one new sentence has J ≈ 0.3–0.5 with the stored window, so windows do worse than
 * single sentences on partial copies and add index rows; whole paragraphs cover the rest.
 *
 * Units are taken on the matching view with numbers masked (every number is one '#'),
 * so last year's sentence with this year's figures is the same unit. A unit's id is a
 * 52-bit hash of its masked view text: identical units in different reports (set phrases,
 * copies) share one id, so the LSH rows are stored once per distinct unit, however many
 * reports contain it; occurrences are stored separately.
 *
 * Sentences longer than MAX_UNIT view chars are cut at clause boundaries (，) into chunks
 * of about CHUNK chars. Sentences shorter than MIN_UNIT (一是加强领导。) are no units of
 * their own — too short to be a finding, and common everywhere — but stay in the
 * paragraph unit. (Gluing them to a neighbour instead made a new variant of a set phrase
 * for every short sentence written after it.)
 */

/** MinHash and banding of the stored index. Changing any of these needs a re-index (a migration). */
export const CORPUS_INDEX = {
  /**
   * Bump when anything below (or the unit splitting) changes; migrations/0002_corpus.sql
   * stores this string in `meta` and the store refuses to mix indexes.
   */
  version: 'units-v2:minhash24:k5:b8r3:int48',
  /** Permutations: exactly bands × rows (no unused signature slots). */
  numPerm: 24,
  /** Shingle length in matching-view chars (numbers masked). */
  shingle: 5,
  /**
   * lshParams(0.5, 24, { falsePositiveWeight: 0.3, falseNegativeWeight: 0.7 }): 8 bands × 3
   * rows. Collision probability 0.2 at J = 0.3, 0.66 at 0.5, 0.95 at 0.7, 1.0 at 0.9.
   * Measured on the seeds' sentences (numbers masked, 5-char shingles): a sentence with one
   * two-char word replaced has median J 0.78 and is a candidate with p = 0.96; two words
   * replaced (J 0.63) 0.81; a clause added (+30 %, J 0.65) 0.89; 30 % cut (J 0.57) 0.76 —
   * within 0.01–0.03 of 16 bands × 4 rows over 64 permutations, for half the index rows
   * and 2.7× less hashing. Unrelated sentence pairs (median J 0) collide at 1.6e-4.
   * Recall is favoured: candidates are verified afterwards, a miss is never seen again.
   */
  lsh: { bands: 8, rows: 3 } satisfies LshParams,
  /** Shortest unit, in matching-view chars. */
  minUnit: 16,
  /** Longest sentence kept whole; longer ones are cut at clause boundaries. */
  maxUnit: 120,
  /** Target length of the chunks of a long sentence. */
  chunk: 60,
  /**
   * A stored unit sharing at least this many of the 8 bands with a checked unit counts as
   * near-identical for document frequency: with p = J³ per band, P(≥ 4 of 8) is 0.07 at
   * J = 0.6, 0.24 at 0.7, 0.64 at 0.8, 0.96 at 0.9 and 1 for identical units.
   */
  nearBands: 4,
} as const;

const hasher = createMinHasher({ numPerm: CORPUS_INDEX.numPerm, shingle: CORPUS_INDEX.shingle });

/** One indexed unit of a paragraph. */
export interface Unit {
  /** 52-bit id: hash of the masked matching-view text (a safe integer for SQL and JSON). */
  id: number;
  kind: 'sentence' | 'paragraph';
  /** Source span of the unit in the text the paragraph belongs to. */
  span: TextSpan;
  /** LSH band keys: {@link bandKeyInts} of the unit's signature. */
  bands: number[];
}

/** 52-bit hash of a string from two independent 32-bit hashes. */
export function unitId(s: string): number {
  const h1 = fnv1a32(s);
  const h2 = gramHash(s);
  return h1 * 0x100000 + (h2 >>> 12);
}

/** Units of one paragraph (a span of `text`); none when the paragraph is too short to index. */
export function paragraphUnits(text: string, span: TextSpan): Unit[] {
  const view = buildMatchView(text, [span], { maskNumbers: true });
  if (view.text.length < CORPUS_INDEX.minUnit) return [];
  const k = CORPUS_INDEX.shingle;
  const grams = gramHashes(view.text, k);
  const pieces = splitPieces(view);
  const units: Unit[] = [];
  let paraSig: Uint32Array | undefined;
  for (const [from, to] of pieces) {
    if (to - from < k) continue; // no shingle inside
    // the piece's shingles are the grams starting in [from, to − k]
    const sig = rangeSignature(hasher, grams, from, to - k + 1);
    if (to - from >= CORPUS_INDEX.minUnit) {
      units.push({ id: unitId(view.text.slice(from, to)), kind: 'sentence', span: sourceSpan(view, from, to), bands: bandKeyInts(sig) });
    }
    paraSig = paraSig ? mergeSignature(paraSig, sig) : sig.slice();
  }
  const whole = units.length === 1 && units[0]!.span.start === view.start[0] && units[0]!.span.end === view.end[view.text.length - 1];
  if (paraSig && !whole) {
    // The paragraph's shingle set is the union of its pieces' sets (shingles across a
    // sentence end are left out), so its signature is the slot-wise minimum of theirs.
    units.push({
      id: unitId(`¶${view.text}`),
      kind: 'paragraph',
      span: sourceSpan(view, 0, view.text.length),
      bands: bandKeyInts(paraSig),
    });
  }
  return units;
}

/** The LSH band keys of a unit's signature: bandKeyInts of src/similarity/lsh.ts with the corpus's banding. */
export function bandKeyInts(signature: Uint32Array): number[] {
  return lshBandKeyInts(signature, CORPUS_INDEX.lsh);
}

function sourceSpan(view: MatchView, from: number, to: number): TextSpan {
  return { start: view.start[from] as number, end: view.end[to - 1] as number };
}

/** View ranges of the sentence pieces of a paragraph view, long sentences cut into chunks (see the notes at the top). */
export function splitPieces(view: MatchView): Array<[number, number]> {
  const n = view.text.length;
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || ((view.brk[i] as number) & BRK_LEVEL) === BRK_SENTENCE) {
      if (i > from) for (const piece of chunkSentence(view, from, i)) out.push(piece);
      from = i;
    }
  }
  return out;
}

/** A sentence [from, to) as one piece, or cut at clause boundaries into chunks of about CHUNK chars. */
function chunkSentence(view: MatchView, from: number, to: number): Array<[number, number]> {
  if (to - from <= CORPUS_INDEX.maxUnit) return [[from, to]];
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from + 1; i < to; i++) {
    const level = (view.brk[i] as number) & BRK_LEVEL;
    if (level >= BRK_CLAUSE && i - start >= CORPUS_INDEX.chunk && to - i >= CORPUS_INDEX.minUnit * 2) {
      out.push([start, i]);
      start = i;
    }
  }
  out.push([start, to]);
  return out;
}
