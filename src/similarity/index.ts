/** Repetition detection core: matching view, fingerprints, shared runs, passages, MinHash/LSH. */
export type { DiffOp, PassageKind, Region, TextSpan } from './types';
export {
  BRK_CLAUSE,
  BRK_COLON,
  BRK_LEVEL,
  BRK_NONE,
  BRK_REGION,
  BRK_SECTION,
  BRK_SENTENCE,
  NUMBER_PLACEHOLDER,
  buildMatchView,
  maskDigits,
  sourceToView,
  viewIndexAt,
  viewToSource,
  type MatchView,
} from './match-text';
export { fmix32, fnv1a32, gramHash, gramHashes } from './hash';
export { fingerprints, winnow, type Fingerprint } from './winnow';
export { selfRuns, sharedRuns, type Run, type RunOptions } from './shared-runs';
export { barrierWithin, cutRuns, nextBarrier, prevBarrier, sectionBarriers } from './barriers';
export { diffStrings, equalCount, type DiffSegment } from './diff';
export { chainRuns, extendChain, type Chain } from './chain-runs';
export { hasCompleteClause, settleEdges, type EdgeOptions } from './clause-edges';
export { alignRanges, diffTokens, type AlignOptions, type Alignment } from './passages';
export { DEFAULT_SET_PHRASES, prefixSums, setPhraseMask } from './set-phrases';
export { findRepeats, findRepeatsSteps, findReuse, findReuseSteps, type RepeatOptions, type RepeatPassage } from './find-repeats';
export { groupRepeats, type RepeatGroup } from './group-repeats';
export { createMinHasher, estimateContainment, estimateJaccard, exactJaccard, mergeSignature, rangeSignature, shingleSet, signature, sketch, type MinHashSketch, type MinHasher } from './minhash';
export { approxThreshold, bandKeyInts, bandKeys, collisionProbability, LshIndex, lshParams, type LshParams } from './lsh';
export { blankLineRegions } from './seed-regions';
