// The corpus store and lookup on the real D1 of workerd (rows persist between the tests
// of this file; every text carries the district name 南沙, unused by other test files).
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/ingest';
import type { ReportDocument } from '../model/document';
import type { CorpusDb } from './db';
import { createCorpusLookup } from './lookup';
import { boilerplateSentence, checkedReport, copiedParagraph, storedReports } from './sample-reports';
import { CorpusStore } from './store';

const DB = (env as unknown as { DB: D1Database }).DB;
const NS = '南沙';
const store = new CorpusStore(DB);

async function count(table: string, where = '', ...args: unknown[]): Promise<number> {
  return (await DB.prepare(`SELECT COUNT(*) AS n FROM ${table} ${where}`)
    .bind(...args)
    .first<{ n: number }>())!.n;
}

/** Rows belonging to one report, and band rows of units no report contains (should be none). */
async function rowsOf(id: string) {
  return {
    reports: await count('corpus_reports', 'WHERE id = ?1', id),
    paragraphs: await count('corpus_paragraphs', 'WHERE report_id = ?1', id),
    occurrences: await count('corpus_occurrences', 'WHERE report_id = ?1', id),
    orphanBands: await count('corpus_bands', 'WHERE unit NOT IN (SELECT unit FROM corpus_occurrences)'),
  };
}

let stored: ReportDocument[] = [];

describe('CorpusStore on D1', () => {
  it('adds, lists, gets and removes reports', async () => {
    stored = [];
    for (const r of storedReports(NS)) {
      const doc = await ingestText(r.text);
      const { report, created } = await store.add(doc, { fileName: `${r.department}.docx` });
      expect(created).toBe(true);
      expect(report).toMatchObject({ id: doc.id, department: r.department, year: 2022, paragraphCount: 3, format: 'txt', fileName: `${r.department}.docx` });
      stored.push(doc);
    }
    const { reports, total } = await store.list();
    expect(total).toBeGreaterThanOrEqual(4);
    expect(reports.map((r) => r.id)).toEqual(expect.arrayContaining(stored.map((d) => d.id)));
    const got = await store.get(stored[2]!.id);
    expect(got?.paragraphs.map((p) => p.text)).toContain(copiedParagraph(NS));
    expect(await store.get('0000000000000000')).toBeNull();

    const extra = await ingestText(checkedReport(NS).text);
    await store.add(extra);
    expect((await rowsOf(extra.id)).occurrences).toBeGreaterThan(0);
    expect((await store.remove(extra.id))?.id).toBe(extra.id);
    expect(await rowsOf(extra.id)).toEqual({ reports: 0, paragraphs: 0, occurrences: 0, orphanBands: 0 });
    expect(await store.remove(extra.id)).toBeNull();
  });

  it('adding the same report again updates it instead of adding a second copy', async () => {
    const doc = stored[0]!;
    const before = await rowsOf(doc.id);
    const bands = await count('corpus_bands');
    const first = await store.summary(doc.id);
    const again = await store.add(doc, { year: 2021 });
    expect(again.created).toBe(false);
    expect(again.report).toMatchObject({ year: 2021, addedAt: first!.addedAt, fileName: first!.fileName });
    expect(await rowsOf(doc.id)).toEqual(before);
    expect(await count('corpus_bands')).toBe(bands);
    await store.add(doc, { year: 2022 });
  });

  it('writes a report atomically: a failing batch leaves no trace, and leaves a stored version intact', async () => {
    const failing: CorpusDb = {
      prepare: (sql) => DB.prepare(sql),
      batch: (stmts) => DB.batch([...(stmts as D1PreparedStatement[]), DB.prepare('INSERT INTO no_such_table VALUES (1)')]),
    };
    const doc = await ingestText(checkedReport(NS).text);
    const bands = await count('corpus_bands');
    await expect(new CorpusStore(failing).add(doc)).rejects.toThrow();
    expect(await rowsOf(doc.id)).toEqual({ reports: 0, paragraphs: 0, occurrences: 0, orphanBands: 0 });
    expect(await count('corpus_bands')).toBe(bands);

    const kept = stored[1]!;
    const before = await rowsOf(kept.id);
    await expect(new CorpusStore(failing).add(kept, { department: '改名失败' })).rejects.toThrow();
    await expect(new CorpusStore(failing).remove(kept.id)).rejects.toThrow();
    expect(await rowsOf(kept.id)).toEqual(before);
    expect((await store.summary(kept.id))?.department).toBe(`${NS}区卫生健康局`);
  });
});

describe('corpus lookup on D1', () => {
  it('finds a copied paragraph in one report, and a set phrase in three departments as boilerplate', async () => {
    const lookup = createCorpusLookup(DB);
    const checked = await ingestText(checkedReport(NS).text);
    const matches = await lookup.findInDocument(checked);

    const copy = matches.filter((m) => m.quote.includes('城乡低保'));
    expect(copy).toHaveLength(1);
    expect(copy[0]).toMatchObject({
      reportId: stored[2]!.id,
      department: `${NS}区民政局`,
      paragraphIndex: 1,
      storedQuote: copiedParagraph(NS),
      digitsDiffer: true,
      documentFrequency: 1,
      boilerplate: false,
    });
    expect(stored[2]!.text.slice(copy[0]!.storedSpan.start, copy[0]!.storedSpan.end)).toBe(copiedParagraph(NS));

    const set = matches.filter((m) => m.quote === boilerplateSentence(NS));
    expect(set).toHaveLength(3);
    for (const m of set) expect(m).toMatchObject({ documentFrequency: 3, departmentFrequency: 3, boilerplate: true });
  });

  it('excludes the checked report itself when it is stored', async () => {
    const doc = stored[2]!;
    const matches = await createCorpusLookup(DB).findInDocument(doc);
    expect(matches.some((m) => m.reportId === doc.id)).toBe(false);
    // its set phrase is still found in the two other departments
    expect(
      matches
        .filter((m) => m.quote === boilerplateSentence(NS))
        .map((m) => m.department)
        .sort(),
    ).toEqual([`${NS}区卫生健康局`, `${NS}区教育局`]);
  });
});
