// Node only: a D1-compatible adapter over node:sqlite, for benchmarks and fast tests of
// the store. The service and the CLI use real D1 (the binding, or wrangler's local D1).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { CorpusDb, CorpusStatement } from './db';

type Result = { results: Record<string, unknown>[]; success: true; meta: { changes: number; last_row_id: number } };

/** D1's prepare/bind/first/all/run/batch over a node:sqlite database (batch = one transaction). */
export class SqliteD1 implements CorpusDb {
  private readonly cache = new Map<string, StatementSync>();

  constructor(readonly sqlite: DatabaseSync) {
    sqlite.exec('PRAGMA foreign_keys = ON'); // as D1 does
  }

  /** Opens (or creates) a database file; ':memory:' for a throwaway one. */
  static open(path = ':memory:'): SqliteD1 {
    return new SqliteD1(new DatabaseSync(path));
  }

  prepare(sql: string): CorpusStatement {
    return new SqliteStatement(this, sql, []);
  }

  /**
   * All or nothing, as D1's batch. A savepoint rather than BEGIN, so that a caller may wrap
   * many batches in one outer transaction (the benchmark's bulk load does).
   */
  async batch(statements: CorpusStatement[]): Promise<Result[]> {
    const out: Result[] = [];
    this.sqlite.exec('SAVEPOINT corpus_batch');
    try {
      for (const s of statements) out.push((s as SqliteStatement).execute());
      this.sqlite.exec('RELEASE corpus_batch');
    } catch (err) {
      this.sqlite.exec('ROLLBACK TO corpus_batch');
      this.sqlite.exec('RELEASE corpus_batch');
      throw err;
    }
    return out;
  }

  /** Runs SQL text with several statements (migrations). */
  exec(sql: string): void {
    this.sqlite.exec(sql);
  }

  statement(sql: string): StatementSync {
    let s = this.cache.get(sql);
    if (!s) this.cache.set(sql, (s = this.sqlite.prepare(sql)));
    return s;
  }

  close(): void {
    this.sqlite.close();
  }
}

class SqliteStatement implements CorpusStatement {
  constructor(
    private readonly db: SqliteD1,
    private readonly sql: string,
    private readonly params: SQLInputValue[],
  ) {}

  bind(...values: unknown[]): CorpusStatement {
    return new SqliteStatement(this.db, this.sql, values.map(toSql));
  }

  execute(): Result {
    const stmt = this.db.statement(this.sql);
    const results = stmt.all(...this.params) as Record<string, unknown>[];
    return { results, success: true, meta: { changes: 0, last_row_id: 0 } };
  }

  async all<T = Record<string, unknown>>(): Promise<{ results: T[] }> {
    return this.execute() as unknown as { results: T[] };
  }

  async first<T = Record<string, unknown>>(): Promise<T | null> {
    return ((this.db.statement(this.sql).get(...this.params) as T | undefined) ?? null) as T | null;
  }

  async run(): Promise<Result> {
    const r = this.db.statement(this.sql).run(...this.params);
    return { results: [], success: true, meta: { changes: Number(r.changes), last_row_id: Number(r.lastInsertRowid) } };
  }
}

function toSql(v: unknown): SQLInputValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'bigint' || v instanceof Uint8Array) return v;
  throw new TypeError(`cannot bind ${typeof v} to SQL`);
}

/** Applies migrations/*.sql not yet applied, recording them in d1_migrations as wrangler does. */
export function applySqliteMigrations(db: SqliteD1, dir = fileURLToPath(new URL('../../migrations/', import.meta.url))): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS d1_migrations (
    id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)`);
  const done = new Set((db.sqlite.prepare('SELECT name FROM d1_migrations').all() as Array<{ name: string }>).map((r) => r.name));
  const applied: string[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    if (done.has(name)) continue;
    db.exec('BEGIN');
    try {
      db.exec(readFileSync(join(dir, name), 'utf8'));
      db.sqlite.prepare('INSERT INTO d1_migrations (name) VALUES (?)').run(name);
      db.exec('COMMIT');
    } catch (err) {
      db.exec('ROLLBACK');
      throw err;
    }
    applied.push(name);
  }
  return applied;
}
