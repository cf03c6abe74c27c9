// The folder the CLI keeps what it computed in, for the next run (see check-cache.ts for what
// is kept). Each entry is a JSON file named by a SHA-256 key, in a folder per kind. Every key
// starts from the build id: the SHA-256 of the CLI bundle, package-lock.json (the versions of
// pdf.js and mammoth, loaded beside the bundle) and the Node version, so a rebuilt CLI or other
// packages never read an older entry.
//
// Entries are written to a temporary name and renamed (a reader sees a whole entry or none);
// an entry that cannot be read, parsed or does not have the expected shape is a miss; a folder
// that cannot be written is told once (onWarning) and the run goes on without writing. Past
// MAX_ENTRIES files a kind is trimmed to its newest ENTRIES_KEPT.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped when an entry's shape or meaning changes. */
const FORMAT = 'jixiao-cache-1';
const MAX_ENTRIES = 4000;
const ENTRIES_KEPT = 3000;

export type CacheKind = 'docs' | 'check';

export interface CacheStore {
  /** A key from the build id and `parts`. */
  key(...parts: Array<string | Uint8Array>): string;
  read<T>(kind: CacheKind, key: string, valid: (x: unknown) => x is T): T | undefined;
  write(kind: CacheKind, key: string, value: unknown): void;
  /** Trims the kinds written to in this run (call once, at the end). */
  trim(): void;
}

export interface StoreOptions {
  dir: string;
  buildId: string;
  onWarning: (message: string) => void;
  /** Files a kind may hold before it is trimmed (default MAX_ENTRIES), and how many stay (default ENTRIES_KEPT). */
  maxEntries?: number;
  entriesKept?: number;
}

export const sha256 = (...parts: Array<string | Uint8Array>): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
};

/**
 * Where the bundled CLI keeps its cache, and its build id: JIXIAO_CACHE_DIR, else
 * node_modules/.cache/jixiao in the project; undefined when the CLI runs from its sources (tsx,
 * tests: no bundle to name a build).
 */
export function defaultStoreOptions(onWarning: (message: string) => void, env: NodeJS.ProcessEnv = process.env): StoreOptions | undefined {
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
  return { dir, buildId: sha256(FORMAT, bundleBytes, lock, process.version), onWarning };
}

export function openCacheStore({ dir, buildId, onWarning, maxEntries = MAX_ENTRIES, entriesKept = ENTRIES_KEPT }: StoreOptions): CacheStore {
  let writable = true;
  const written = new Set<CacheKind>();
  const path = (kind: CacheKind, key: string) => join(dir, kind, `${key}.json`);
  return {
    key: (...parts) => sha256(buildId, ...parts),
    read(kind, key, valid) {
      try {
        const x: unknown = JSON.parse(readFileSync(path(kind, key), 'utf8'));
        return valid(x) ? x : undefined;
      } catch {
        return undefined;
      }
    },
    write(kind, key, value) {
      if (!writable) return;
      const file = path(kind, key);
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(join(dir, kind), { recursive: true });
        writeFileSync(tmp, JSON.stringify(value));
        renameSync(tmp, file);
        written.add(kind);
      } catch (err) {
        writable = false;
        try {
          unlinkSync(tmp);
        } catch {
          // not there
        }
        onWarning(`缓存目录写不进 ${dir}（${err instanceof Error ? err.message : String(err)}），本次不写缓存；可用环境变量 JIXIAO_CACHE_DIR 另指目录，或加 --no-cache。`);
      }
    },
    trim() {
      for (const kind of written) trimFolder(join(dir, kind), maxEntries, entriesKept);
      written.clear();
    },
  };
}

/** Keeps a folder of entries within `max` files: past it, the oldest go, down to `kept`. */
function trimFolder(folder: string, max: number, kept: number): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  if (names.length <= max) return;
  const aged = names.map((n) => {
    try {
      return { n, t: statSync(join(folder, n)).mtimeMs };
    } catch {
      return { n, t: 0 };
    }
  });
  aged.sort((a, b) => b.t - a.t);
  for (const { n } of aged.slice(kept)) {
    try {
      unlinkSync(join(folder, n));
    } catch {
      // removed by another run
    }
  }
}

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
