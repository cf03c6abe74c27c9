import { applyD1Migrations, env } from 'cloudflare:test';

// Each test file starts from an empty local D1, as it would in a runtime of its own: the workers
// project shares one workerd between the files of a pool worker (isolate: false in
// vitest.config.ts, far cheaper than starting workerd per file), so the tables the previous file
// left are dropped, then the migrations applied afresh. Setup files run outside isolated storage.
const e = env as unknown as { DB: D1Database; TEST_MIGRATIONS: Parameters<typeof applyD1Migrations>[1] };
const tables = await e.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'").all<{ name: string }>();
if (tables.results.length > 0) {
  await e.DB.batch([e.DB.prepare('PRAGMA defer_foreign_keys = on'), ...tables.results.map((t) => e.DB.prepare(`DROP TABLE IF EXISTS "${t.name.replaceAll('"', '""')}"`))]);
}
await applyD1Migrations(e.DB, e.TEST_MIGRATIONS);
