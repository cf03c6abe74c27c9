/**
 * The part of the D1 API the corpus uses. D1Database (the Worker binding, or the local D1
 * from wrangler's getPlatformProxy) satisfies it as is; src/corpus/node-sqlite.ts adapts
 * node:sqlite to it for benchmarks and fast tests.
 *
 * D1 limits this code respects: at most 100 bound parameters per statement (lists go in
 * one JSON parameter read with json_each), statements of at most 100 kB, strings of at
 * most 2 MB (JSON parameters are cut into chunks of JSON_CHUNK_BYTES).
 */
export interface CorpusStatement {
  bind(...values: unknown[]): CorpusStatement;
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
  first<T = Record<string, unknown>>(): Promise<T | null>;
  run(): Promise<unknown>;
}

export interface CorpusDb {
  prepare(sql: string): CorpusStatement;
  /** Runs the statements in one transaction: all or nothing. */
  batch(statements: CorpusStatement[]): Promise<unknown[]>;
}

/** Largest JSON parameter sent in one statement (UTF-8 bytes, estimated). */
const JSON_CHUNK_BYTES = 400_000;

/**
 * Cuts `items` into runs whose JSON arrays take at most about `maxBytes` bytes each (UTF-8
 * size estimated as 3 bytes per non-ASCII UTF-16 unit). Always at least one run.
 */
export function chunkItems<T>(items: readonly T[], maxBytes = JSON_CHUNK_BYTES): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let size = 2;
  for (const item of items) {
    const bytes = utf8Estimate(JSON.stringify(item)) + 1;
    if (cur.length > 0 && size + bytes > maxBytes) {
      out.push(cur);
      cur = [];
      size = 2;
    }
    cur.push(item);
    size += bytes;
  }
  if (cur.length > 0 || out.length === 0) out.push(cur);
  return out;
}

/** {@link chunkItems} as JSON arrays, one per statement. */
export function jsonChunks(items: readonly unknown[], maxBytes = JSON_CHUNK_BYTES): string[] {
  return chunkItems(items, maxBytes).map((c) => JSON.stringify(c));
}

function utf8Estimate(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n += 2;
  return n;
}
