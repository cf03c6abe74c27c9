import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../../test/seeds';
import { checkOne, referencesFor, type NamedReport } from '../core/check-report';
import { validateFigures } from '../core/figures';
import { ingestFile } from './node-ingest';
import { openCheckCache } from './check-cache';

const tmp = mkdtempSync(join(tmpdir(), 'jixiao-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Four seed reports in a folder of their own. */
function folder(): string[] {
  const dir = mkdtempSync(join(tmp, 'reports-'));
  return ['000', '001', '002', '004'].map((id) => {
    const f = join(dir, `${id}.txt`);
    cpSync(fixturePath('seeds', `${id}.txt`), f);
    return f;
  });
}

/** A run of `jixiao check <files> --against-each-other` through a cache: the results as JSON, and the cache's counts. */
async function cachedRun(files: string[], dir: string, { buildId = 'build-1', figures = undefined as ReturnType<typeof validateFigures> | undefined } = {}) {
  const warnings: string[] = [];
  const cache = openCheckCache({ dir, buildId, onWarning: (m) => warnings.push(m) });
  const docs: NamedReport[] = [];
  for (const file of files) docs.push({ file, doc: await cache.ingest(file) });
  const results = await cache.checkAll(docs, { references: [], eachOther: true, figures });
  return { json: JSON.stringify(results), counts: { ...cache.counts }, warnings };
}

/** The same run with no cache at all. */
async function uncached(files: string[], figures?: ReturnType<typeof validateFigures>) {
  const docs: NamedReport[] = [];
  for (const file of files) docs.push({ file, doc: await ingestFile(file) });
  const shared = { references: [], eachOther: true, figures };
  const results = [];
  for (const d of docs) results.push(await checkOne({ doc: d.doc, references: referencesFor(d.doc, docs, shared), figures }));
  return JSON.stringify(results);
}

describe('the check cache', () => {
  it('computes everything once, then reads every document and part back: the same results as without a cache', async () => {
    const files = folder();
    const dir = join(tmp, 'c1');
    const first = await cachedRun(files, dir);
    // 4 reports: 4 own parts and 4 × 3 pairs
    expect(first.counts).toEqual({ docsReused: 0, docsParsed: 4, partsReused: 0, partsComputed: 16 });
    const second = await cachedRun(files, dir);
    expect(second.counts).toEqual({ docsReused: 4, docsParsed: 0, partsReused: 16, partsComputed: 0 });
    const plain = await uncached(files);
    expect(first.json).toBe(plain);
    expect(second.json).toBe(plain);
    expect(plain).toContain('duplicate/against-reference'); // there is reuse between the seeds to get right
    expect(first.warnings).toEqual([]);
  });

  it('after one report is edited, computes only that report and the pairs it is in', async () => {
    const files = folder();
    const dir = join(tmp, 'c2');
    await cachedRun(files, dir);
    appendFileSync(files[2]!, '\n本年度新增专项培训 3 次，参训人员共计 126 人次。\n');
    const edited = await cachedRun(files, dir);
    // its own part, its 3 pairs, and the 3 other reports' pairs with it
    expect(edited.counts).toEqual({ docsReused: 3, docsParsed: 1, partsReused: 9, partsComputed: 7 });
    expect(edited.json).toBe(await uncached(files));
  });

  it('never reads the entries of another build, and keys the checks by the figures too', async () => {
    const files = folder();
    const dir = join(tmp, 'c3');
    await cachedRun(files, dir);
    expect((await cachedRun(files, dir, { buildId: 'build-2' })).counts).toEqual({ docsReused: 0, docsParsed: 4, partsReused: 0, partsComputed: 16 });
    const figures = validateFigures(JSON.parse(readFileSync(fixturePath('figures', '000-wrong.json'), 'utf8')));
    const withFigures = await cachedRun(files, dir, { figures });
    expect(withFigures.counts).toEqual({ docsReused: 4, docsParsed: 0, partsReused: 0, partsComputed: 16 });
    expect(withFigures.json).toBe(await uncached(files, figures));
    expect(withFigures.json).not.toBe(await uncached(files));
  });

  it('takes a damaged entry for a miss and computes it again', async () => {
    const files = folder();
    const dir = join(tmp, 'c4');
    const plain = (await cachedRun(files, dir)).json;
    for (const kind of ['docs', 'check']) {
      const names = readdirSync(join(dir, kind));
      writeFileSync(join(dir, kind, names[0]!), '{"own":'); // cut short
      writeFileSync(join(dir, kind, names[1]!), '{"own":{"findings":"no"},"pairs":{}}'); // wrong shape
    }
    const again = await cachedRun(files, dir);
    expect(again.counts.docsParsed).toBe(2);
    expect(again.counts.partsComputed).toBeGreaterThanOrEqual(2);
    expect(again.json).toBe(plain);
  });

  it('says once that it cannot write, and checks all the same', async () => {
    const files = folder();
    const blocked = join(tmp, 'a-file');
    writeFileSync(blocked, '');
    const run = await cachedRun(files, join(blocked, 'cache')); // a folder inside a file: never writable
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]).toMatch(/^缓存目录写不进 .*本次不写缓存/);
    expect(run.json).toBe(await uncached(files));
  });
});
