// jixiao corpus end to end: the real local D1 through wrangler's platform proxy, in a
// temporary state directory (JIXIAO_STATE_DIR), never the developer's .wrangler/state.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../../../test/seeds';
import { openLocalCorpus } from '../../corpus/local';
import { boilerplateSentence, checkedReport, storedReports } from '../../corpus/sample-reports';
import { ingestText } from '../../ingest/ingest';
import { EXIT, run } from '../main';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tmp = mkdtempSync(join(tmpdir(), 'jixiao-corpus-'));
const state = join(tmp, 'state');
const saved = process.env.JIXIAO_STATE_DIR;
const files = storedReports('花城').map((r, i) => {
  const p = join(tmp, `report-${i}.txt`);
  writeFileSync(p, r.text);
  return p;
});

beforeAll(() => {
  process.env.JIXIAO_STATE_DIR = state;
});
afterAll(() => {
  if (saved === undefined) delete process.env.JIXIAO_STATE_DIR;
  else process.env.JIXIAO_STATE_DIR = saved;
  rmSync(tmp, { recursive: true, force: true });
});

describe('jixiao corpus', () => {
  let ids: string[] = [];

  it('add: creates the local D1 (applying migrations) and stores the files', async () => {
    const r = await cli('corpus', 'add', ...files, fixturePath('seeds', '000.txt'), '--format', 'json');
    expect(r.code).toBe(EXIT.OK);
    expect(r.err).toContain('应用迁移 0002_corpus.sql');
    const out = JSON.parse(r.out) as { added: Array<{ id: string; created: boolean; fileName: string; department: string }>; total: number };
    expect(out.total).toBe(5);
    expect(out.added.map((a) => a.fileName)).toEqual(['report-0.txt', 'report-1.txt', 'report-2.txt', 'report-3.txt', '000.txt']);
    expect(out.added.every((a) => a.created)).toBe(true);
    ids = out.added.map((a) => a.id);
    // wrangler's layout: <state>/v3/d1/…sqlite, where `wrangler dev --persist-to <state>` looks
    expect(existsSync(join(state, 'v3', 'd1'))).toBe(true);
    expect(readdirSync(join(state, 'v3', 'd1'), { recursive: true }).some((f) => String(f).endsWith('.sqlite'))).toBe(true);
  });

  it('add again (text): updates, applies no migration, --name renames', async () => {
    const r = await cli('corpus', 'add', files[0]!, '--name', '教育局2022.txt', '--year', '2021');
    expect(r.code).toBe(EXIT.OK);
    expect(r.err).not.toContain('迁移');
    expect(r.out).toContain(`已更新（此前已在语料库中）：${ids[0]}`);
    expect(r.out).toContain('教育局2022.txt');
    expect(r.out).toContain('本地语料库现有 5 份报告');
  });

  it('list: every stored report, one per line', async () => {
    const r = await cli('corpus', 'list');
    expect(r.code).toBe(EXIT.OK);
    expect(r.out).toContain('本地语料库共 5 份报告');
    for (const id of ids) expect(r.out).toContain(id);
    expect(r.out).toContain('2022年花城区民政局部门整体支出绩效自评报告（2022，花城区民政局）  3 段  report-2.txt');
  });

  it('openLocalCorpus: the check-side lookup sees what the CLI stored', async () => {
    const corpus = await openLocalCorpus();
    try {
      expect(corpus.stateDir).toBe(state);
      expect(await corpus.lookup.size()).toBe(5);
      const matches = await corpus.lookup.findInDocument(await ingestText(checkedReport('花城').text));
      const copy = matches.find((m) => m.quote.includes('城乡低保'));
      expect(copy).toMatchObject({ reportId: ids[2], file: 'report-2.txt', paragraphIndex: 1, boilerplate: false, digitsDiffer: true });
      const set = matches.filter((m) => m.quote === boilerplateSentence('花城'));
      expect(set.map((m) => m.reportId).sort()).toEqual([ids[0], ids[1], ids[2]].sort());
      expect(set.every((m) => m.boilerplate && m.documentFrequency === 3)).toBe(true);
    } finally {
      await corpus.dispose();
    }
  });

  it('remove: deletes by id; an unknown id removes nothing and exits 2', async () => {
    const bad = await cli('corpus', 'remove', ids[3]!, 'ffffffffffffffff', '--format', 'json');
    expect(bad.code).toBe(EXIT.INPUT);
    expect(JSON.parse(bad.out).error.code).toBe('CORPUS_NOT_FOUND');
    const r = await cli('corpus', 'remove', ids[3]!, ids[4]!, '--format', 'json');
    expect(r.code).toBe(EXIT.OK);
    const out = JSON.parse(r.out) as { removed: Array<{ id: string }>; total: number };
    expect(out.removed.map((x) => x.id)).toEqual([ids[3], ids[4]]);
    expect(out.total).toBe(3);
  });

  it('usage errors exit 2 before opening the store', async () => {
    for (const args of [
      ['corpus'],
      ['corpus', 'frob'],
      ['corpus', 'add'],
      ['corpus', 'add', files[0]!, files[1]!, '--name', 'x'],
      ['corpus', 'add', files[0]!, '--year', '22'],
      ['corpus', 'list', 'extra'],
      ['corpus', 'remove'],
      ['corpus', 'list', '--department', 'x'],
    ]) {
      const r = await cli(...args, '--format', 'json');
      expect(r.code).toBe(EXIT.INPUT);
      expect(JSON.parse(r.out).error.code).toBe('USAGE');
    }
    const missing = await cli('corpus', 'add', join(tmp, 'nope.txt'));
    expect(missing.code).toBe(EXIT.INPUT);
    expect(missing.err).toContain('FILE_NOT_FOUND');
  });

  it('help lists the corpus commands', async () => {
    const r = await cli('--help');
    expect(r.out).toContain('jixiao corpus add <文件...>');
    expect(r.out).toContain('JIXIAO_STATE_DIR');
  });
});
