/**
 * The stored corpus: past reports in D1 with an LSH index of their paragraph units.
 * Worker-safe exports only; the CLI's local D1 is in ./local (Node), the node:sqlite
 * adapter for benchmarks in ./node-sqlite (Node).
 */
export { chunkItems, jsonChunks, type CorpusDb, type CorpusStatement } from './db';
export {
  BOILERPLATE_MIN_DEPARTMENTS,
  corpusLocation,
  createCorpusLookup,
  isBoilerplate,
  StoredCorpusLookup,
  type CorpusLookupOptions,
} from './lookup';
export {
  corpusParagraphs,
  CorpusStore,
  departmentKey,
  type CorpusMeta,
  type CorpusParagraph,
  type CorpusReport,
  type CorpusReportSummary,
  type CorpusSample,
  type UnitFrequency,
} from './store';
export { bandKeyInts, CORPUS_INDEX, paragraphUnits, unitId, type Unit } from './units';
