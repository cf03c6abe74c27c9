// What `jixiao check` computed, kept for the next run (like eslint --cache, but on by default;
// --no-cache turns it off), in the CLI's cache folder (cache-store.ts):
//
//   docs/<key>.json   a report file's parsed document, by the file's bytes (doc-cache.ts)
//   check/<key>.json  a report's check in parts, by the report's bytes and the figures:
//                     `own` (the rules that read the report alone) and `pairs` (the rules that
//                     compare it with one reference, one part per reference, by the
//                     reference's bytes and file name; see checkOwn / checkAgainst in src/core)
//
// A check put together from parts is byte for byte the one computed in one go
// (check-cache.test.ts holds the two side by side), so after one report of a folder is edited,
// a run over the folder (--against-each-other included) recomputes that report and its pairs only.
import type { CheckResult } from '../check/runner';
import { checkAgainst, checkOwn, mergeParts, referencesFor, type CheckShared, type NamedReport } from '../core/check-report';
import type { ReportDocument } from '../model/document';
import { defaultStoreOptions, isObject, openCacheStore, sha256, type StoreOptions } from './cache-store';
import { openDocCache } from './doc-cache';

/** Parts of pairs kept per report entry (a report checked against many different sets of references). */
const MAX_PAIRS = 400;

export interface CacheCounts {
  /** Documents read from the cache / parsed. */
  docsReused: number;
  docsParsed: number;
  /** Check parts (own rules, or one reference) read from the cache / computed. */
  partsReused: number;
  partsComputed: number;
}

export interface CheckCache {
  /** Reads a report file; its document comes from the cache when these bytes were parsed before. */
  ingest(file: string): Promise<ReportDocument>;
  /** Checks every report (results in input order), each part from the cache when it was computed before. */
  checkAll(docs: NamedReport[], shared: CheckShared, checked?: (i: number) => void): Promise<CheckResult[]>;
  readonly counts: CacheCounts;
}

interface CheckEntry {
  own: CheckResult;
  pairs: Record<string, CheckResult>;
}

/** The check cache of the bundled CLI (undefined when it runs from its sources: see defaultStoreOptions). */
export function defaultCheckCache(onWarning: (message: string) => void, env: NodeJS.ProcessEnv = process.env): CheckCache | undefined {
  const options = defaultStoreOptions(onWarning, env);
  return options && openCheckCache(options);
}

export function openCheckCache(options: StoreOptions): CheckCache {
  const store = openCacheStore(options);
  const docs = openDocCache(store);
  const parts = { partsReused: 0, partsComputed: 0 };
  return {
    get counts() {
      return { ...docs.counts, ...parts };
    },
    ingest: (file) => docs.ingest(file),

    async checkAll(reports, shared, checked) {
      const figures = shared.figures === undefined ? '' : JSON.stringify(shared.figures);
      const results: CheckResult[] = [];
      for (const [i, d] of reports.entries()) {
        const key = store.key('check', docs.hashOf(d.doc), figures);
        const entry: Partial<CheckEntry> & Pick<CheckEntry, 'pairs'> = store.read('check', key, isEntry) ?? { pairs: {} };
        let changed = false;
        let own = entry.own;
        if (own !== undefined) parts.partsReused++;
        else {
          own = await checkOwn(d.doc, shared.figures);
          parts.partsComputed++;
          changed = true;
        }
        const found = [own];
        const pairs: Record<string, CheckResult> = {};
        for (const ref of referencesFor(d.doc, reports, shared)) {
          const pairKey = sha256(docs.hashOf(ref.doc), ref.file);
          let part = entry.pairs[pairKey];
          if (part !== undefined) parts.partsReused++;
          else {
            part = await checkAgainst(d.doc, ref);
            parts.partsComputed++;
            changed = true;
          }
          pairs[pairKey] = part;
          found.push(part);
        }
        if (changed) {
          // this run's pairs first; then earlier ones (another set of references), up to MAX_PAIRS
          const kept = Object.entries({ ...pairs, ...entry.pairs }).slice(0, MAX_PAIRS);
          store.write('check', key, { own, pairs: Object.fromEntries(kept) } satisfies CheckEntry);
        }
        results.push(mergeParts(found));
        checked?.(i);
      }
      store.trim();
      return results;
    },
  };
}

const isResult = (x: unknown): x is CheckResult => isObject(x) && Array.isArray(x.findings) && isObject(x.stats);
const isEntry = (x: unknown): x is CheckEntry => isObject(x) && isResult(x.own) && isObject(x.pairs) && Object.values(x.pairs).every(isResult);
