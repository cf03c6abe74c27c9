// The store and lookup over node:sqlite (fast); the same code runs on real D1 in *.worker.test.ts.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/ingest';
import { StoredCorpusLookup } from './lookup';
import { applySqliteMigrations, SqliteD1 } from './node-sqlite';
import { boilerplateSentence, checkedReport, copiedParagraph, storedReports } from './sample-reports';
import { CorpusStore } from './store';

async function fresh() {
  const db = SqliteD1.open();
  applySqliteMigrations(db);
  const store = new CorpusStore(db);
  const docs = [];
  for (const r of storedReports('东湖')) {
    const doc = await ingestText(r.text);
    await store.add(doc, { department: r.department, year: r.year, fileName: `${r.department}.txt` });
    docs.push(doc);
  }
  const rows = (table: string) => (db.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { db, store, docs, rows, lookup: new StoredCorpusLookup(store) };
}

describe('CorpusStore on node:sqlite', () => {
  it('refuses to work on a database without the corpus migration, or with another index version', async () => {
    const bare = SqliteD1.open();
    await expect(new CorpusStore(bare).list()).rejects.toMatchObject({ code: 'CORPUS_NOT_READY' });
    applySqliteMigrations(bare);
    bare.exec("UPDATE meta SET value = 'units-v0' WHERE key = 'corpus_index'");
    await expect(new CorpusStore(bare).count()).rejects.toMatchObject({ code: 'CORPUS_NOT_READY', message: expect.stringContaining('units-v0') });
  });

  it("stores each distinct unit's band rows once and removes everything of a removed report", async () => {
    const { store, docs, rows } = await fresh();
    const units = rows('corpus_occurrences');
    // three reports share the set phrase: its 16 band rows are stored once
    expect(rows('corpus_bands')).toBeLessThan(units * 16);
    const [edu, health] = docs;
    await store.remove(edu!.id);
    // the set phrase is still in two reports: still found
    const still = await new StoredCorpusLookup(store).similar(boilerplateSentence('东湖'));
    expect(new Set(still.map((m) => m.department))).toEqual(new Set(['东湖区卫生健康局', '东湖区民政局']));
    for (const d of docs.slice(1)) await store.remove(d.id);
    expect([rows('corpus_reports'), rows('corpus_paragraphs'), rows('corpus_occurrences'), rows('corpus_bands')]).toEqual([0, 0, 0, 0]);
    expect(await store.remove(health!.id)).toBeNull();
  });

  it('adding the same text twice updates the report and keeps its rows and first date', async () => {
    const { store, docs, rows } = await fresh();
    const before = [rows('corpus_reports'), rows('corpus_paragraphs'), rows('corpus_occurrences'), rows('corpus_bands')];
    const first = await store.summary(docs[0]!.id);
    const again = await store.add(docs[0]!, { department: '东湖区教育局（更正）' });
    expect(again.created).toBe(false);
    expect(again.report).toMatchObject({ addedAt: first!.addedAt, department: '东湖区教育局（更正）', fileName: '东湖区教育局.txt' });
    expect([rows('corpus_reports'), rows('corpus_paragraphs'), rows('corpus_occurrences'), rows('corpus_bands')]).toEqual(before);
  });

  it('rolls a failed add back completely', async () => {
    const { db, store, rows } = await fresh();
    const before = [rows('corpus_reports'), rows('corpus_paragraphs'), rows('corpus_occurrences'), rows('corpus_bands')];
    const failing = Object.create(db) as SqliteD1;
    failing.batch = (stmts) => db.batch([...stmts, db.prepare('INSERT INTO no_such_table VALUES (1)')]);
    const doc = await ingestText(checkedReport('东湖').text);
    await expect(new CorpusStore(failing).add(doc)).rejects.toThrow(/no_such_table/);
    expect([rows('corpus_reports'), rows('corpus_paragraphs'), rows('corpus_occurrences'), rows('corpus_bands')]).toEqual(before);
    expect(await store.get(doc.id)).toBeNull();
  });

  it('get returns the paragraphs with their places; list pages newest first', async () => {
    const { store, docs } = await fresh();
    const r = await store.get(docs[2]!.id);
    expect(r).toMatchObject({ department: '东湖区民政局', year: 2022, paragraphCount: 3 });
    expect(r!.paragraphs[1]).toMatchObject({ index: 1, path: ['二、绩效目标完成情况'], text: copiedParagraph('东湖') });
    expect(docs[2]!.text.slice(r!.paragraphs[1]!.span.start, r!.paragraphs[1]!.span.end)).toBe(copiedParagraph('东湖'));
    const page = await store.list({ limit: 2, offset: 1 });
    expect(page.total).toBe(4);
    expect(page.reports).toHaveLength(2);
  });
});

describe('StoredCorpusLookup', () => {
  it('finds the copied paragraph in one report and the set phrase in three departments (套话)', async () => {
    const { lookup, docs } = await fresh();
    const checked = await ingestText(checkedReport('东湖').text);
    const matches = await lookup.findInDocument(checked);
    const set = matches.filter((m) => m.quote === boilerplateSentence('东湖'));
    expect(set.map((m) => m.department).sort()).toEqual(['东湖区卫生健康局', '东湖区教育局', '东湖区民政局']);
    for (const m of set) expect(m).toMatchObject({ kind: 'exact', documentFrequency: 3, departmentFrequency: 3, boilerplate: true });

    const copy = matches.filter((m) => m.quote.includes('城乡低保'));
    expect(copy).toHaveLength(1);
    const m = copy[0]!;
    expect(m).toMatchObject({
      reportId: docs[2]!.id,
      title: '2022年东湖区民政局部门整体支出绩效自评报告',
      department: '东湖区民政局',
      year: 2022,
      file: '东湖区民政局.txt',
      paragraphIndex: 1,
      path: ['二、绩效目标完成情况'],
      kind: 'near',
      digitsDiffer: true,
      documentFrequency: 1,
      departmentFrequency: 1,
      boilerplate: false,
    });
    // both places: the checked span and the stored span quote the two versions
    expect(checked.text.slice(m.span.start, m.span.end)).toBe(m.quote);
    expect(docs[2]!.text.slice(m.storedSpan.start, m.storedSpan.end)).toBe(m.storedQuote);
    expect(m.storedQuote).toBe(copiedParagraph('东湖'));
    expect(m.diff.some((d) => d.op === 'delete' && d.text.includes('2,310.00'))).toBe(true);
    expect(m.diff.filter((d) => d.b).every((d) => docs[2]!.text.slice(d.b!.start, d.b!.end) === d.text || d.op === 'equal')).toBe(true);
    // nothing of the checked report's own sentences
    expect(matches.every((x) => x.quote === boilerplateSentence('东湖') || x.quote.includes('城乡低保'))).toBe(true);
  });

  it('a copied paragraph containing a set phrase is copying (frequency 1); the set phrase alone is boilerplate', async () => {
    const { lookup, docs } = await fresh();
    const civil = docs[2]!;
    const block = civil.blocks.filter((b) => b.kind === 'paragraph')[0]!;
    const copied = civil.text.slice(block.span.start, block.span.end);
    expect(copied.startsWith(boilerplateSentence('东湖'))).toBe(true);
    const doc = await ingestText(`2023年东湖区审计局部门整体支出绩效自评报告\n\n一、基本情况\n\n${copied}`);
    const matches = await lookup.findInDocument(doc);
    const whole = matches.filter((m) => m.quote === copied);
    expect(whole).toHaveLength(1);
    expect(whole[0]).toMatchObject({ reportId: civil.id, documentFrequency: 1, departmentFrequency: 1, boilerplate: false });
    const phrase = matches.filter((m) => m.quote === boilerplateSentence('东湖'));
    expect(phrase.length).toBeGreaterThanOrEqual(2);
    for (const m of phrase) expect(m).toMatchObject({ documentFrequency: 3, boilerplate: true });
  });

  it('ignores the stored copy of the checked report itself', async () => {
    const { store, lookup } = await fresh();
    const checked = await ingestText(checkedReport('东湖').text);
    await store.add(checked);
    const matches = await lookup.findInDocument(checked);
    expect(matches.some((m) => m.reportId === checked.id)).toBe(false);
    expect(matches.filter((m) => m.quote.includes('城乡低保'))).toHaveLength(1);
    // …but another report quoting it is found
    const other = await ingestText(`2024年东湖区统计局部门整体支出绩效自评报告\n\n一、基本情况\n\n${copiedParagraph('东湖', '9.00', '8.00', '88.9%')}`);
    expect(
      (await lookup.findInDocument(other))
        .filter((m) => m.quote.includes('城乡低保'))
        .map((m) => m.reportId)
        .sort(),
    ).toEqual([checked.id, (await store.list()).reports.find((r) => r.department === '东湖区民政局')!.id].sort());
  });

  it('similar() looks up one paragraph of text; an empty corpus finds nothing', async () => {
    const { lookup } = await fresh();
    const [m] = await lookup.similar(`我们认为，${copiedParagraph('东湖', '1.00', '1.00', '100%')}`);
    expect(m).toMatchObject({ department: '东湖区民政局', paragraphIndex: 1, boilerplate: false });
    const empty = SqliteD1.open();
    applySqliteMigrations(empty);
    expect(await new StoredCorpusLookup(empty).similar(copiedParagraph('东湖'))).toEqual([]);
    expect(await new StoredCorpusLookup(empty).size()).toBe(0);
  });
});
