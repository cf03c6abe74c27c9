// What `jixiao check` computed, kept on disk for the next run (like eslint --cache, but on by
// default; --no-cache turns it off). Two kinds of entries, each a JSON file named by a SHA-256:
//
//   docs/<key>.json   a report file's parsed document, by the file's bytes
//   check/<key>.json  a report's check in parts, by the report's bytes and the figures:
//                     `own` (the rules that read the report alone) and `pairs` (the rules that
//                     compare it with one reference, one part per reference, by the
//                     reference's bytes and file name; see checkOwn / checkAgainst in src/core)
//
// Every key starts from the build id: the SHA-256 of the CLI bundle, package-lock.json (the
// versions of pdf.js and mammoth, loaded beside the bundle) and the Node version. A rebuilt
// CLI or other packages never read an older entry. A check put together from parts is byte for
// byte the one computed in one go (check-cache.test.ts holds the two side by side), so after
// one report of a folder is edited, a run over the folder (--against-each-other included)
// recomputes that report and its pairs only.
//
// Entries are written to a temporary name and renamed (a reader sees a whole entry or none);
// an entry that cannot be read or parsed is a miss; a cache that cannot be written is told
// once on stderr and the run goes on without it. Past MAX_ENTRIES files a kind is trimmed to
// its newest ENTRIES_KEPT.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckResult } from '../check/runner';
import { checkAgainst, checkOwn, mergeParts, referencesFor, type CheckShared, type NamedReport } from '../core/check-report';
import type { ReportDocument } from '../model/document';
import { ingestLocalBytes, readLocalFile } from './node-ingest';

/** Bumped when an entry's shape or meaning changes. */
const FORMAT = 'jixiao-check-cache-1';
const MAX_ENTRIES = 4000;
const ENTRIES_KEPT = 3000;
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

const sha256 = (...parts: Array<string | Uint8Array>) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
};

/**
 * The cache of the bundled CLI: under JIXIAO_CACHE_DIR, else node_modules/.cache/jixiao in the
 * project; undefined when the CLI runs from its sources (tsx, tests: no bundle to name a build).
 */
export function defaultCheckCache(onWarning: (message: string) => void, env: NodeJS.ProcessEnv = process.env): CheckCache | undefined {
  const bundle = (globalThis as { __jixiaoBundle?: string }).__jixiaoBundle;
  if (bundle === undefined) return undefined;
  const bundlePath = fileURLToPath(bundle);
  const root = join(bundlePath, '..', '..', '..');
  let lock: Uint8Array | string = '';
  try {
    lock = readFileSync(join(root, 'package-lock.json'));
  } catch {
    // an install without a lock file: the bundle alone names the build
  }
  let bundleBytes: Uint8Array;
  try {
    bundleBytes = readFileSync(bundlePath);
  } catch {
    return undefined;
  }
  const dir = env.JIXIAO_CACHE_DIR || join(root, 'node_modules', '.cache', 'jixiao');
  return openCheckCache({ dir, buildId: sha256(FORMAT, bundleBytes, lock, process.version), onWarning });
}

export function openCheckCache({ dir, buildId, onWarning }: { dir: string; buildId: string; onWarning: (message: string) => void }): CheckCache {
  const counts: CacheCounts = { docsReused: 0, docsParsed: 0, partsReused: 0, partsComputed: 0 };
  /** The bytes' hash of every document this cache read or parsed (what check entries are keyed by). */
  const docHash = new WeakMap<ReportDocument, string>();
  let writable = true;
  const written = { docs: 0, check: 0 };

  const path = (kind: 'docs' | 'check', key: string) => join(dir, kind, `${key}.json`);
  const read = <T>(kind: 'docs' | 'check', key: string, valid: (x: unknown) => x is T): T | undefined => {
    try {
      const x: unknown = JSON.parse(readFileSync(path(kind, key), 'utf8'));
      return valid(x) ? x : undefined;
    } catch {
      return undefined;
    }
  };
  const write = (kind: 'docs' | 'check', key: string, value: unknown) => {
    if (!writable) return;
    const file = path(kind, key);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(join(dir, kind), { recursive: true });
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, file);
      written[kind]++;
    } catch (err) {
      writable = false;
      try {
        unlinkSync(tmp);
      } catch {
        // not there
      }
      onWarning(`检查缓存写不进 ${dir}（${err instanceof Error ? err.message : String(err)}），本次结果不缓存；可用环境变量 JIXIAO_CACHE_DIR 另指目录，或加 --no-cache。`);
    }
  };

  const hashOf = (doc: ReportDocument) => {
    let h = docHash.get(doc);
    if (h === undefined) docHash.set(doc, (h = sha256('document', JSON.stringify(doc))));
    return h;
  };

  return {
    counts,
    async ingest(file) {
      const bytes = await readLocalFile(file);
      const bytesHash = sha256(bytes);
      const key = sha256(buildId, 'docs', bytesHash);
      let doc = read('docs', key, isDocument);
      if (doc !== undefined) counts.docsReused++;
      else {
        doc = await ingestLocalBytes(bytes);
        counts.docsParsed++;
        write('docs', key, doc);
      }
      docHash.set(doc, bytesHash);
      return doc;
    },

    async checkAll(docs, shared, checked) {
      const figures = shared.figures === undefined ? '' : JSON.stringify(shared.figures);
      const results: CheckResult[] = [];
      for (const [i, d] of docs.entries()) {
        const key = sha256(buildId, 'check', hashOf(d.doc), figures);
        const entry: Partial<CheckEntry> & Pick<CheckEntry, 'pairs'> = read('check', key, isEntry) ?? { pairs: {} };
        let changed = false;
        let own = entry.own;
        if (own !== undefined) counts.partsReused++;
        else {
          own = await checkOwn(d.doc, shared.figures);
          counts.partsComputed++;
          changed = true;
        }
        const parts = [own];
        const pairs: Record<string, CheckResult> = {};
        for (const ref of referencesFor(d.doc, docs, shared)) {
          const pairKey = sha256(hashOf(ref.doc), ref.file);
          let part = entry.pairs[pairKey];
          if (part !== undefined) counts.partsReused++;
          else {
            part = await checkAgainst(d.doc, ref);
            counts.partsComputed++;
            changed = true;
          }
          pairs[pairKey] = part;
          parts.push(part);
        }
        if (changed) {
          // this run's pairs first; then earlier ones (another set of references), up to MAX_PAIRS
          const kept = Object.entries({ ...pairs, ...entry.pairs }).slice(0, MAX_PAIRS);
          write('check', key, { own, pairs: Object.fromEntries(kept) } satisfies CheckEntry);
        }
        results.push(mergeParts(parts));
        checked?.(i);
      }
      for (const kind of ['docs', 'check'] as const) if (written[kind] > 0) trim(join(dir, kind));
      return results;
    },
  };
}

/** Keeps a folder of entries within MAX_ENTRIES files: past it, the oldest go, down to ENTRIES_KEPT. */
function trim(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  if (names.length <= MAX_ENTRIES) return;
  const aged = names.map((n) => {
    try {
      return { n, t: statSync(join(folder, n)).mtimeMs };
    } catch {
      return { n, t: 0 };
    }
  });
  aged.sort((a, b) => b.t - a.t);
  for (const { n } of aged.slice(ENTRIES_KEPT)) {
    try {
      unlinkSync(join(folder, n));
    } catch {
      // removed by another run
    }
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isResult = (x: unknown): x is CheckResult => isObject(x) && Array.isArray(x.findings) && isObject(x.stats);
const isDocument = (x: unknown): x is ReportDocument => isObject(x) && typeof x.text === 'string' && typeof x.id === 'string' && typeof x.title === 'string';
const isEntry = (x: unknown): x is CheckEntry => isObject(x) && isResult(x.own) && isObject(x.pairs) && Object.values(x.pairs).every(isResult);
