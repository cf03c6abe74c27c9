// kill -9 during `jixiao corpus add`: the CLI (node + the workerd of its local D1) is killed
// with SIGKILL at several points of an add of large reports; every report must then be either
// wholly in the store (its paragraph, occurrence and band rows as a clean add writes them) or
// absent, and the next add must work. Runs in a temporary state directory (JIXIAO_STATE_DIR).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { applySqliteMigrations, SqliteD1 } from '../corpus/node-sqlite';
import { CorpusStore } from '../corpus/store';
import { ingestText } from '../ingest/ingest';
import { EXIT, run } from '../cli/main';

const ROOT = resolve(__dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'jixiao-corpus-kill-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const DEPTS = ['教育局', '卫生健康局', '民政局', '农业农村局', '交通运输局', '住房和城乡建设局'];
const WORKS = ['校舍维修改造', '基层医疗服务能力提升', '城乡低保救助', '高标准农田建设', '农村公路养护', '老旧小区改造', '公共文化服务', '就业技能培训'];

/** A long report (~30k characters, ~300 paragraphs), different for each n. */
function bigReport(n: number): string {
  const dept = DEPTS[n % DEPTS.length]!;
  const lines = [`${2018 + n}年花城区${dept}部门整体支出绩效自评报告`, '', '一、基本情况', ''];
  for (let p = 0; p < 300; p++) {
    if (p === 150) lines.push('二、绩效目标完成情况', '');
    const work = WORKS[(p + n) % WORKS.length]!;
    const a = ((n + 1) * 1000 + p * 37).toString();
    lines.push(
      `第${p + 1}项，${work}项目年初预算${a}.${p % 10}0万元，实际支出${(n + 1) * 900 + p * 31}.${(p * 7) % 10}5万元，涉及${p * 3 + n + 11}个单位、${p * 13 + n * 7 + 5}名群众，` +
        `按计划完成第${n + 1}批${p % 7 === 0 ? '重点' : '一般'}任务${p + n * 3}项，群众满意度${80 + ((p + n) % 19)}.${p % 10}%。`,
      '',
    );
  }
  return lines.join('\n');
}

const N = 5;
const files = Array.from({ length: N }, (_, n) => {
  const p = join(tmp, `report-${n}.txt`);
  writeFileSync(p, bigReport(n));
  return p;
});

interface Expected {
  id: string;
  paragraphs: number;
  occurrences: number;
}

/** What a clean add of each file writes (node:sqlite, same store code). */
async function expected(): Promise<Expected[]> {
  const db = SqliteD1.open();
  applySqliteMigrations(db);
  const store = new CorpusStore(db);
  const out: Expected[] = [];
  for (const f of files) {
    const doc = await ingestText(bigReport(files.indexOf(f)));
    const { report } = await store.add(doc);
    const occ = db.sqlite.prepare('SELECT COUNT(*) AS n FROM corpus_occurrences WHERE report_id = ?').get(report.id) as { n: number };
    out.push({ id: report.id, paragraphs: report.paragraphCount, occurrences: occ.n });
  }
  db.close();
  return out;
}

function sqliteFile(state: string): string | undefined {
  const dir = join(state, 'v3', 'd1');
  if (!existsSync(dir)) return undefined;
  const f = readdirSync(dir, { recursive: true })
    .map(String)
    .find((x) => x.endsWith('.sqlite'));
  return f === undefined ? undefined : join(dir, f);
}

function countReports(file: string): number {
  try {
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM corpus_reports').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return -1; // not created yet, or locked for a moment
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `jixiao corpus add <files>` in its own process group and SIGKILLs the group once `stored` reports are in (or after `ms`). */
async function addAndKill(state: string, stored: number, ms: number): Promise<{ killed: boolean }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'jixiao.mjs'), 'corpus', 'add', ...files], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, JIXIAO_STATE_DIR: state },
  });
  let exited = false;
  const done = new Promise<void>((r) => child.on('exit', () => ((exited = true), r())));
  const t0 = Date.now();
  for (;;) {
    if (exited) break;
    const f = sqliteFile(state);
    if (f !== undefined && countReports(f) >= stored && Date.now() - t0 >= ms) break;
    if (Date.now() - t0 > 60_000) break;
    await sleep(5);
  }
  const killed = !exited;
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
  await done;
  await sleep(200); // the workerd of the group goes too
  return { killed };
}

describe('kill -9 during jixiao corpus add', () => {
  it('leaves every report wholly present or absent, and the next add works', { timeout: 300_000 }, async () => {
    const want = await expected();
    const ids = new Set(want.map((w) => w.id));
    const partials: number[] = [];
    // kill points: as soon as the store exists, after the first report, after two, a moment later
    for (const [k, [stored, ms]] of [
      [0, 0],
      [1, 0],
      [2, 0],
      [1, 150],
    ].entries()) {
      const state = join(tmp, `state-${k}`);
      const { killed } = await addAndKill(state, stored!, ms!);
      const file = sqliteFile(state);
      if (file === undefined) continue; // killed before the database was created: nothing to check
      const db = new DatabaseSync(file);
      try {
        expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
        const rows = db.prepare('SELECT id, paragraph_count AS p FROM corpus_reports').all() as Array<{ id: string; p: number }>;
        for (const r of rows) {
          const w = want.find((x) => x.id === r.id);
          expect(w, `unknown report ${r.id}`).toBeDefined();
          expect(r.p).toBe(w!.paragraphs);
          expect((db.prepare('SELECT COUNT(*) AS n FROM corpus_paragraphs WHERE report_id = ?').get(r.id) as { n: number }).n).toBe(w!.paragraphs);
          expect((db.prepare('SELECT COUNT(*) AS n FROM corpus_occurrences WHERE report_id = ?').get(r.id) as { n: number }).n).toBe(w!.occurrences);
        }
        // no rows of a report that is not there
        const present = new Set(rows.map((r) => r.id));
        for (const t of ['corpus_paragraphs', 'corpus_occurrences']) {
          const orphans = (db.prepare(`SELECT DISTINCT report_id AS id FROM ${t}`).all() as Array<{ id: string }>).filter((r) => !present.has(r.id));
          expect(orphans, t).toEqual([]);
        }
        if (killed && rows.length < N) partials.push(rows.length);
      } finally {
        db.close();
      }
      // the next add (in process, same state directory) completes the store
      const out: string[] = [];
      const saved = process.env.JIXIAO_STATE_DIR;
      process.env.JIXIAO_STATE_DIR = state;
      let code: number;
      try {
        code = await run(['corpus', 'add', ...files, '--format', 'json'], { out: (s) => out.push(s), err: () => undefined });
      } finally {
        if (saved === undefined) delete process.env.JIXIAO_STATE_DIR;
        else process.env.JIXIAO_STATE_DIR = saved;
      }
      expect(code).toBe(EXIT.OK);
      expect((JSON.parse(out.join('\n')) as { total: number }).total).toBe(N);
      const after = new DatabaseSync(file, { readOnly: true });
      try {
        const got = after.prepare('SELECT id, paragraph_count AS p FROM corpus_reports').all() as Array<{ id: string; p: number }>;
        expect(new Set(got.map((g) => g.id))).toEqual(ids);
        for (const g of got) expect((after.prepare('SELECT COUNT(*) AS n FROM corpus_paragraphs WHERE report_id = ?').get(g.id) as { n: number }).n).toBe(g.p);
      } finally {
        after.close();
      }
    }
    // at least one kill really landed in the middle of the add
    expect(partials.length).toBeGreaterThan(0);
  });
});
