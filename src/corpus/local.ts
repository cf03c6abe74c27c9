// Node only: the CLI's way to the local D1 — the same SQLite that `wrangler dev` (npm start)
// uses, reached through wrangler's getPlatformProxy, so the CLI and the local service share
// one corpus. Never imported by Worker code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoredCorpusLookup, type CorpusLookupOptions } from './lookup';
import { CorpusStore } from './store';

/** The repository root (where wrangler.toml and migrations/ are), whatever the working directory. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface LocalCorpusOptions {
  /**
   * Wrangler's state directory (what `wrangler dev --persist-to` takes). Default: the
   * environment variable JIXIAO_STATE_DIR, else `<repo>/.wrangler/state`, where
   * `wrangler dev` and `wrangler d1 migrations apply --local` keep the local D1.
   */
  stateDir?: string;
  /** Told about each migration applied on the way (the CLI prints it to stderr). */
  onMigration?: (name: string) => void;
  lookup?: CorpusLookupOptions;
}

export interface LocalCorpus {
  store: CorpusStore;
  lookup: StoredCorpusLookup;
  /** Where the local D1 lives. */
  stateDir: string;
  /** Stops the local D1 (a workerd process); call it, or the CLI will not exit. */
  dispose: () => Promise<void>;
}

/** The state directory in effect (see {@link LocalCorpusOptions.stateDir}). */
function localStateDir(stateDir?: string): string {
  const dir = stateDir ?? process.env.JIXIAO_STATE_DIR;
  return dir ? resolve(dir) : join(PROJECT_ROOT, '.wrangler', 'state');
}

/**
 * Opens the local corpus: starts wrangler's platform proxy on the local D1 (binding DB of
 * wrangler.toml), applies pending migrations (as `npm run db:migrate` would, recorded in
 * the same d1_migrations table), and returns the store and the lookup.
 */
export async function openLocalCorpus(opts: LocalCorpusOptions = {}): Promise<LocalCorpus> {
  // offline and quiet (see docs/stack-notes): no metrics, no cf fetch, warnings only
  process.env.WRANGLER_SEND_METRICS ??= 'false';
  process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';
  process.env.WRANGLER_HIDE_BANNER ??= 'true';
  process.env.WRANGLER_LOG ??= 'warn';
  const stateDir = localStateDir(opts.stateDir);
  const { getPlatformProxy, unstable_splitSqlQuery } = await import('wrangler');
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: join(PROJECT_ROOT, 'wrangler.toml'),
    persist: { path: join(stateDir, 'v3') }, // wrangler dev: <persist-to>/v3
    remoteBindings: false,
    envFiles: [],
  });
  try {
    await applyMigrations(proxy.env.DB, unstable_splitSqlQuery, opts.onMigration);
  } catch (err) {
    await proxy.dispose();
    throw err;
  }
  const store = new CorpusStore(proxy.env.DB);
  return { store, lookup: new StoredCorpusLookup(store, opts.lookup), stateDir, dispose: () => proxy.dispose() };
}

/** The migrations of migrations/ not yet in d1_migrations, applied one batch each (as applyD1Migrations does). */
async function applyMigrations(db: D1Database, split: (sql: string) => string[], onMigration?: (name: string) => void): Promise<void> {
  await db
    .prepare(
      `CREATE TABLE IF NOT EXISTS d1_migrations (
         id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)`,
    )
    .run();
  const done = new Set((await db.prepare('SELECT name FROM d1_migrations').all<{ name: string }>()).results.map((r) => r.name));
  const dir = join(PROJECT_ROOT, 'migrations');
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    if (done.has(name)) continue;
    const queries = split(readFileSync(join(dir, name), 'utf8')).map((q) => db.prepare(q));
    await db.batch([...queries, db.prepare('INSERT INTO d1_migrations (name) VALUES (?1)').bind(name)]);
    onMigration?.(name);
  }
}
