// Report files read through the cache (cache-store.ts): a file's parsed document is kept by the
// SHA-256 of its bytes, so a PDF or Word file is parsed once (a PDF takes most of a second; its
// document is read back in a millisecond). Used by every command that reads reports.
import type { ReportDocument } from '../model/document';
import { defaultStoreOptions, isObject, openCacheStore, sha256, type CacheStore } from './cache-store';
import type { Io } from './io';
import { ingestFile, ingestLocalBytes, readLocalFile } from './node-ingest';

export interface DocCache {
  /** Reads a report file; its document comes from the cache when these bytes were parsed before. */
  ingest(file: string): Promise<ReportDocument>;
  /** The SHA-256 of the bytes a document was read from (of its JSON for a document read otherwise). */
  hashOf(doc: ReportDocument): string;
  readonly counts: { docsReused: number; docsParsed: number };
  /** Trims the cache folder when this run wrote to it (call once, at the end). */
  done(): void;
}

/** The document cache of the bundled CLI, for commands that only read reports (undefined when it runs from its sources). */
export function defaultDocCache(onWarning: (message: string) => void, env: NodeJS.ProcessEnv = process.env): DocCache | undefined {
  const options = defaultStoreOptions(onWarning, env);
  return options && openDocCache(openCacheStore(options));
}

/** How a command that only reads reports reads them: through the document cache unless --no-cache. */
export function reportReader(useCache: boolean, io: Io): { read: (file: string) => Promise<ReportDocument>; done: () => void } {
  const cache = useCache ? defaultDocCache(cacheWarning(io)) : undefined;
  return cache ? { read: (file) => cache.ingest(file), done: () => cache.done() } : { read: ingestFile, done: () => {} };
}

/** A cache's warning (it cannot write its folder) as a line on stderr. */
export function cacheWarning(io: Io): (message: string) => void {
  return (message) => io.err(`提示：${message}`);
}

export function openDocCache(store: CacheStore): DocCache {
  const counts = { docsReused: 0, docsParsed: 0 };
  const hashes = new WeakMap<ReportDocument, string>();
  return {
    counts,
    async ingest(file) {
      const bytes = await readLocalFile(file);
      const bytesHash = sha256(bytes);
      const key = store.key('docs', bytesHash);
      let doc = store.read('docs', key, isDocument);
      if (doc !== undefined) counts.docsReused++;
      else {
        doc = await ingestLocalBytes(bytes);
        counts.docsParsed++;
        store.write('docs', key, doc);
      }
      hashes.set(doc, bytesHash);
      return doc;
    },
    done: () => store.trim(),
    hashOf(doc) {
      let h = hashes.get(doc);
      if (h === undefined) hashes.set(doc, (h = sha256('document', JSON.stringify(doc))));
      return h;
    },
  };
}

const isDocument = (x: unknown): x is ReportDocument => isObject(x) && typeof x.text === 'string' && typeof x.id === 'string' && typeof x.title === 'string' && Array.isArray(x.sections);
