import { JixiaoError } from '../errors';
import type { Block, ReportDocument } from '../model/document';
import type { TextSpan } from '../similarity';
import { chunkItems, jsonChunks, type CorpusDb, type CorpusStatement } from './db';
import { CORPUS_INDEX, paragraphUnits, unitId, type Unit } from './units';

/** Metadata given when a report is added; each field overrides what ingestion found. */
export interface CorpusMeta {
  /** File name (or any display name) of the report. */
  fileName?: string | undefined;
  title?: string | undefined;
  department?: string | undefined;
  year?: number | undefined;
}

/** A stored report as listed: no paragraphs. */
export interface CorpusReportSummary {
  id: string;
  title: string;
  department?: string;
  year?: number;
  fileName?: string;
  format: string;
  /** ISO 8601 UTC: when the report was first added (kept when it is added again). */
  addedAt: string;
  updatedAt: string;
  charCount: number;
  paragraphCount: number;
  /** Indexed units (sentences and whole paragraphs). */
  unitCount: number;
}

/** A stored paragraph: its text and where it is in the stored report. */
interface CorpusParagraph {
  index: number;
  blockId: string;
  /** Offsets into the stored report's normalized text. */
  span: TextSpan;
  page?: number;
  path: string[];
  text: string;
}

export interface CorpusReport extends CorpusReportSummary {
  paragraphs: CorpusParagraph[];
}

/** A stored paragraph sampled for a unit, with its report's metadata. */
export interface CorpusSample {
  unit: number;
  reportId: string;
  title: string;
  department?: string;
  year?: number;
  fileName?: string;
  paragraph: CorpusParagraph;
}

/** Units found in how many stored reports and departments. */
export interface UnitFrequency {
  reports: number;
  /** Distinct departments; a report without a department counts as its own. */
  departments: number;
}

/** The paragraphs of a document that are stored and matched: paragraph blocks, in order. */
export function corpusParagraphs(doc: Pick<ReportDocument, 'blocks'>): Block[] {
  return doc.blocks.filter((b) => b.kind === 'paragraph' && b.span.end > b.span.start);
}

type ReportRow = {
  id: string;
  title: string;
  department: string | null;
  year: number | null;
  file_name: string | null;
  format: string;
  added_at: string;
  updated_at: string;
  char_count: number;
  paragraph_count: number;
  unit_count: number;
};

type ParagraphRow = {
  idx: number;
  block_id: string;
  span_start: number;
  span_end: number;
  page: number | null;
  path: string;
  text: string;
};

const REPORT_COLUMNS = 'id, title, department, year, file_name, format, added_at, updated_at, char_count, paragraph_count, unit_count';

/** Removes a report's paragraphs and occurrences (its LSH rows: see bandCleanup). */
const DELETE_SQL = ['DELETE FROM corpus_occurrences WHERE report_id = ?1', 'DELETE FROM corpus_paragraphs WHERE report_id = ?1'];

/**
 * The stored corpus in D1 (or anything with D1's prepare/bind/all/batch): past reports,
 * their paragraphs and an LSH index of paragraph units. Every write of a report is one
 * batch, so a report is stored completely or not at all.
 */
export class CorpusStore {
  private checked: Promise<void> | undefined;

  constructor(readonly db: CorpusDb) {}

  /** Fails with CORPUS_NOT_READY unless migration 0002 ran and built this index version. */
  ready(): Promise<void> {
    this.checked ??= this.checkIndex().catch((err) => {
      this.checked = undefined;
      throw err;
    });
    return this.checked;
  }

  private async checkIndex(): Promise<void> {
    let row: { value: string } | null;
    try {
      row = await this.db.prepare("SELECT value FROM meta WHERE key = 'corpus_index'").first<{ value: string }>();
    } catch {
      row = null;
    }
    if (row === null) throw new JixiaoError('CORPUS_NOT_READY');
    if (row.value !== CORPUS_INDEX.version) {
      throw new JixiaoError(
        'CORPUS_NOT_READY',
        `语料库索引版本（${row.value}）与当前程序（${CORPUS_INDEX.version}）不一致：请应用最新的数据库迁移后重新加入往年报告；` +
          '本地开发数据库若已应用过旧版迁移，可删除 .wrangler/state 后重新运行 npm run db:migrate。',
      );
    }
  }

  /**
   * Adds a report, or replaces it if a report with the same id (the same normalized text)
   * is stored: `created` tells which. Atomic: one batch.
   */
  async add(doc: ReportDocument, meta: CorpusMeta = {}): Promise<{ report: CorpusReportSummary; created: boolean }> {
    await this.ready();
    const paras = corpusParagraphs(doc);
    const paragraphRows: unknown[] = [];
    const occurrences: Array<[number, number]> = [];
    const bands = new Map<number, number[]>();
    let unitCount = 0;
    paras.forEach((b, idx) => {
      paragraphRows.push([idx, b.id, b.span.start, b.span.end, b.page ?? null, JSON.stringify(b.path), doc.text.slice(b.span.start, b.span.end)]);
      const seen = new Set<number>();
      for (const u of paragraphUnits(doc.text, b.span)) {
        unitCount++;
        if (!seen.has(u.id)) occurrences.push([u.id, idx]);
        seen.add(u.id);
        if (!bands.has(u.id)) bands.set(u.id, u.bands);
      }
    });
    const existing = await this.db.prepare('SELECT added_at, file_name FROM corpus_reports WHERE id = ?1').bind(doc.id).first<{ added_at: string; file_name: string | null }>();
    const now = new Date().toISOString();
    const department = meta.department ?? doc.department ?? null;
    const year = meta.year ?? doc.year ?? null;
    // Same id, same normalized text, same units: the old rows are replaced, and the LSH rows
    // (INSERT OR IGNORE below) are already there.
    const stmts: CorpusStatement[] = DELETE_SQL.map((sql) => this.db.prepare(sql).bind(doc.id));
    stmts.push(
      this.db
        .prepare(
          `INSERT INTO corpus_reports (${REPORT_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9, ?10)
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, department = excluded.department, year = excluded.year,
             file_name = COALESCE(excluded.file_name, corpus_reports.file_name), format = excluded.format,
             updated_at = excluded.updated_at, char_count = excluded.char_count,
             paragraph_count = excluded.paragraph_count, unit_count = excluded.unit_count`,
        )
        .bind(doc.id, meta.title ?? doc.title, department, year, meta.fileName ?? null, doc.format, now, doc.text.length, paras.length, unitCount),
    );
    for (const chunk of jsonChunks(paragraphRows)) {
      stmts.push(
        this.db
          .prepare(
            `INSERT INTO corpus_paragraphs (report_id, idx, block_id, span_start, span_end, page, path, text)
             SELECT ?1, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'),
                    json_extract(j.value, '$[3]'), json_extract(j.value, '$[4]'), json_extract(j.value, '$[5]'),
                    json_extract(j.value, '$[6]')
             FROM json_each(?2) j`,
          )
          .bind(doc.id, chunk),
      );
    }
    for (const chunk of jsonChunks(occurrences)) {
      stmts.push(
        this.db
          .prepare(
            `INSERT OR IGNORE INTO corpus_occurrences (unit, report_id, para_idx, dept)
             SELECT json_extract(j.value, '$[0]'), ?1, json_extract(j.value, '$[1]'), ?3 FROM json_each(?2) j`,
          )
          .bind(doc.id, chunk, departmentKey(doc.id, department)),
      );
    }
    for (const chunk of jsonChunks([...bands])) {
      stmts.push(
        this.db
          .prepare(
            `INSERT OR IGNORE INTO corpus_bands (band, unit)
             SELECT k.value, json_extract(u.value, '$[0]') FROM json_each(?1) u, json_each(u.value, '$[1]') k`,
          )
          .bind(chunk),
      );
    }
    await this.db.batch(stmts);
    const report: CorpusReportSummary = {
      id: doc.id,
      title: meta.title ?? doc.title,
      format: doc.format,
      addedAt: existing?.added_at ?? now,
      updatedAt: now,
      charCount: doc.text.length,
      paragraphCount: paras.length,
      unitCount,
    };
    if (department !== null) report.department = department;
    if (year !== null) report.year = year;
    const fileName = meta.fileName ?? existing?.file_name ?? null;
    if (fileName !== null) report.fileName = fileName;
    return { report, created: existing === null };
  }

  /** Stored reports, most recently added first. */
  async list(opts: { limit?: number; offset?: number } = {}): Promise<{ reports: CorpusReportSummary[]; total: number }> {
    await this.ready();
    const limit = opts.limit ?? -1; // SQLite: a negative LIMIT is no limit
    const [rows, total] = await this.db.batch([
      this.db.prepare(`SELECT ${REPORT_COLUMNS} FROM corpus_reports ORDER BY added_at DESC, id LIMIT ?1 OFFSET ?2`).bind(limit, opts.offset ?? 0),
      this.db.prepare('SELECT COUNT(*) AS n FROM corpus_reports'),
    ]);
    return {
      reports: (rows as { results: ReportRow[] }).results.map(toSummary),
      total: ((total as { results: Array<{ n: number }> }).results[0]?.n ?? 0) as number,
    };
  }

  /** Number of stored reports. */
  async count(): Promise<number> {
    await this.ready();
    return (await this.db.prepare('SELECT COUNT(*) AS n FROM corpus_reports').first<{ n: number }>())?.n ?? 0;
  }

  /** One stored report without its paragraphs, or null. */
  async summary(id: string): Promise<CorpusReportSummary | null> {
    await this.ready();
    const row = await this.db.prepare(`SELECT ${REPORT_COLUMNS} FROM corpus_reports WHERE id = ?1`).bind(id).first<ReportRow>();
    return row ? toSummary(row) : null;
  }

  /** One stored report with its paragraphs, or null. */
  async get(id: string): Promise<CorpusReport | null> {
    await this.ready();
    const [report, paras] = await this.db.batch([
      this.db.prepare(`SELECT ${REPORT_COLUMNS} FROM corpus_reports WHERE id = ?1`).bind(id),
      this.db.prepare('SELECT idx, block_id, span_start, span_end, page, path, text FROM corpus_paragraphs WHERE report_id = ?1 ORDER BY idx').bind(id),
    ]);
    const row = (report as { results: ReportRow[] }).results[0];
    if (!row) return null;
    return { ...toSummary(row), paragraphs: (paras as { results: ParagraphRow[] }).results.map(toParagraph) };
  }

  /**
   * Removes a report and its index rows (one batch); returns what was removed, or null.
   * The LSH rows of the report's units are recomputed from its stored paragraphs and
   * deleted unless another report contains the same unit.
   */
  async remove(id: string): Promise<CorpusReportSummary | null> {
    const found = await this.summary(id);
    if (!found) return null;
    const paras = await this.db.prepare('SELECT span_start, span_end, text FROM corpus_paragraphs WHERE report_id = ?1').bind(id).all<ParagraphRow>();
    const bands = new Map<number, number[]>();
    for (const p of paras.results) for (const u of paragraphUnits(p.text, { start: 0, end: p.text.length })) bands.set(u.id, u.bands);
    const stmts = jsonChunks([...bands]).map((chunk) =>
      this.db
        .prepare(
          `DELETE FROM corpus_bands WHERE (band, unit) IN (
             SELECT k.value, json_extract(u.value, '$[0]') FROM json_each(?1) u, json_each(u.value, '$[1]') k
             WHERE NOT EXISTS (SELECT 1 FROM corpus_occurrences x WHERE x.unit = json_extract(u.value, '$[0]') AND x.report_id <> ?2))`,
        )
        .bind(chunk, id),
    );
    await this.db.batch([...stmts, ...[...DELETE_SQL, 'DELETE FROM corpus_reports WHERE id = ?1'].map((sql) => this.db.prepare(sql).bind(id))]);
    return found;
  }

  /** The units a paragraph is indexed by (and looked up by). */
  units(text: string, span: TextSpan): Unit[] {
    return paragraphUnits(text, span);
  }

  /** LSH candidates: for each band key (by its index in `keys`), the stored units having it. */
  async candidates(keys: readonly number[]): Promise<Array<{ i: number; unit: number }>> {
    await this.ready();
    if (keys.length === 0) return [];
    const chunks = chunkItems(keys);
    const stmts = chunks.map((chunk) => this.db.prepare('SELECT j.key AS i, b.unit AS unit FROM json_each(?1) j CROSS JOIN corpus_bands b ON b.band = j.value').bind(JSON.stringify(chunk)));
    const out: Array<{ i: number; unit: number }> = [];
    let base = 0;
    for (const [c, r] of (await this.db.batch(stmts)).entries()) {
      for (const row of (r as { results: Array<{ i: number; unit: number }> }).results) out.push({ i: base + row.i, unit: row.unit });
      base += (chunks[c] as number[]).length;
    }
    return out;
  }

  /**
   * Stored paragraphs containing each unit, at most `limit` per unit (lowest report ids
   * first), with their reports' metadata; `excludeId`'s paragraphs are left out. Only the
   * first `limit` occurrences of a unit are read, however many reports contain it.
   */
  async samples(limits: ReadonlyMap<number, number>, excludeId: string | undefined): Promise<CorpusSample[]> {
    await this.ready();
    const byLimit = new Map<number, number[]>();
    for (const [unit, lim] of limits) {
      const list = byLimit.get(lim);
      if (list) list.push(unit);
      else byLimit.set(lim, [unit]);
    }
    const stmts: CorpusStatement[] = [];
    for (const [lim, units] of byLimit) {
      for (const chunk of jsonChunks(units)) {
        stmts.push(
          this.db
            .prepare(
              // a correlated subquery with LIMIT per unit (SQLite has no LATERAL; a window
              // function would read every occurrence of a set phrase found in thousands of reports)
              `WITH s AS (
                 SELECT j.value AS unit, json_extract(e.value, '$[0]') AS report_id, json_extract(e.value, '$[1]') AS para_idx
                 FROM json_each(?1) j, json_each((
                   SELECT json_group_array(json_array(x.report_id, x.para_idx)) FROM (
                     SELECT report_id, para_idx FROM corpus_occurrences
                     WHERE unit = j.value AND report_id <> ?2 ORDER BY report_id, para_idx LIMIT ?3) x)) e)
               SELECT s.unit, s.report_id, r.title, r.department, r.year, r.file_name,
                      p.idx, p.block_id, p.span_start, p.span_end, p.page, p.path, p.text
               FROM s JOIN corpus_paragraphs p ON p.report_id = s.report_id AND p.idx = s.para_idx
               JOIN corpus_reports r ON r.id = s.report_id`,
            )
            .bind(chunk, excludeId ?? '', lim),
        );
      }
    }
    if (stmts.length === 0) return [];
    type Row = ParagraphRow & Pick<ReportRow, 'title' | 'department' | 'year' | 'file_name'> & { unit: number; report_id: string };
    return (await this.db.batch(stmts)).flatMap((r) =>
      (r as { results: Row[] }).results.map((row) => {
        const s: CorpusSample = { unit: row.unit, reportId: row.report_id, title: row.title, paragraph: toParagraph(row) };
        if (row.department !== null) s.department = row.department;
        if (row.year !== null) s.year = row.year;
        if (row.file_name !== null) s.fileName = row.file_name;
        return s;
      }),
    );
  }

  /**
   * For each group of stored units, the number of distinct stored reports (and departments)
   * containing at least one of them; `excludeId` is not counted.
   */
  async frequencies(groups: ReadonlyMap<number, readonly number[]>, excludeId: string | undefined): Promise<Map<number, UnitFrequency>> {
    await this.ready();
    const out = new Map<number, UnitFrequency>();
    const items = [...groups].filter(([, units]) => units.length > 0);
    if (items.length === 0) return out;
    // one JSON array of units per group (a group is never cut across two statements); the
    // group is told by its position (json_each.key): no JSON parsed again per counted row
    const chunks = chunkItems(items.map(([, units]) => units));
    const stmts = chunks.map((chunk) =>
      this.db
        .prepare(
          `SELECT j.key AS g, COUNT(DISTINCT o.report_id) AS reports, COUNT(DISTINCT o.dept) AS departments
           FROM json_each(?1) j, json_each(j.value) u CROSS JOIN corpus_occurrences o ON o.unit = u.value
           WHERE o.report_id <> ?2
           GROUP BY j.key`,
        )
        .bind(JSON.stringify(chunk), excludeId ?? ''),
    );
    let base = 0;
    for (const [c, r] of (await this.db.batch(stmts)).entries()) {
      for (const row of (r as { results: Array<{ g: number; reports: number; departments: number }> }).results) {
        out.set((items[base + row.g] as [number, readonly number[]])[0], { reports: row.reports, departments: row.departments });
      }
      base += (chunks[c] as unknown[]).length;
    }
    return out;
  }
}

/** What counts as one department: the department's name, or the report itself when it has none. */
function departmentKey(reportId: string, department: string | null | undefined): number {
  return department ? unitId(`dept:${department}`) : unitId(`report:${reportId}`);
}

function toSummary(r: ReportRow): CorpusReportSummary {
  const s: CorpusReportSummary = {
    id: r.id,
    title: r.title,
    format: r.format,
    addedAt: r.added_at,
    updatedAt: r.updated_at,
    charCount: r.char_count,
    paragraphCount: r.paragraph_count,
    unitCount: r.unit_count,
  };
  if (r.department !== null) s.department = r.department;
  if (r.year !== null) s.year = r.year;
  if (r.file_name !== null) s.fileName = r.file_name;
  return s;
}

function toParagraph(r: ParagraphRow): CorpusParagraph {
  const p: CorpusParagraph = {
    index: r.idx,
    blockId: r.block_id,
    span: { start: r.span_start, end: r.span_end },
    path: JSON.parse(r.path) as string[],
    text: r.text,
  };
  if (r.page !== null) p.page = r.page;
  return p;
}
