// Corpus bench: lookup time with 1,000 and 10,000 stored reports, the time to add one
// report, index size, and recall of planted copies. Target: lookup < 50 ms at 10,000.
//
// Run: npx tsx eval/corpus-bench.ts            (10,000 reports, about 3–5 minutes)
//      CORPUS_BENCH_REPORTS=2000 npx tsx eval/corpus-bench.ts
//
// The stored reports are generated: 400 departments × 25 years (2015–2024); ~40 paragraphs
// of prose from an order-2 character model of the seeds (never 10 chars of seed text in a
// row), 5 paragraphs each department repeats every year with new figures, 6 set phrases
// per report out of 40 (12 of them real seed sentences, so checking a seed meets set
// phrases found in thousands of reports), and copies of seed text planted in up to 3 % of
// the reports (a paragraph with new figures, a paragraph with one sentence replaced, one
// sentence inside other text; each from different seed text, as far as the seeds go)
// whose recall is measured. They go through the real CorpusStore and
// StoredCorpusLookup (the code the Worker and the CLI run) over node:sqlite behind a
// D1-compatible adapter (src/corpus/node-sqlite.ts), in a temporary file database.
// What is timed for a lookup: unit extraction + MinHash of the checked report, the SQL
// statements, verification with findReuse, document frequencies — everything the corpus
// rule waits for. Real D1 adds a network round trip per statement batch (4 per lookup).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { StoredCorpusLookup } from '../src/corpus/lookup';
import { applySqliteMigrations, SqliteD1 } from '../src/corpus/node-sqlite';
import { corpusParagraphs, CorpusStore } from '../src/corpus/store';
import { CORPUS_INDEX } from '../src/corpus/units';
import { ingestText } from '../src/ingest/ingest';
import type { Block, ReportDocument } from '../src/model/document';
import { buildMatchView, collisionProbability, findReuse, gramHashes, type TextSpan } from '../src/similarity';

interface Plant {
  kind: 'paragraph, new figures' | 'paragraph, one sentence replaced' | 'one sentence in other text';
  seed: number;
  /** The copied material in the seed's text. */
  span: TextSpan;
  /** Index of the generated report it was planted in. */
  report: number;
}

interface SeedSentence {
  seed: number;
  text: string;
  span: TextSpan;
}

export const SEED_FILES = ['000', '001', '002', '003', '004'];

/** mulberry32: deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : (s[Math.floor((s.length - 1) / 2)] as number);
};

/** Sentences (with offsets) of a paragraph span of `text`. */
function sentencesOf(text: string, span: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if ('。；！？'.includes(text[i] as string) || i === span.end - 1) {
      if (i + 1 - start > 0) out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  return out;
}

/** The generator of synthetic reports: seed-trained Markov prose, set phrases, department templates, planted copies. */
export class Generator {
  private readonly rnd: () => number;
  private readonly next = new Map<string, string>();
  private readonly starts: string[] = [];
  readonly boilerplate: string[] = [];
  /** Seed sentences used as set phrases (so checking a seed meets them in many reports). */
  readonly seedBoilerplate = new Set<string>();
  readonly departments: string[] = [];
  private readonly profiles: string[][] = [];
  readonly plants: Plant[] = [];
  private readonly plantsByReport = new Map<number, Plant[]>();
  /** Hashes of every 10-char run of the seeds (numbers masked): generated prose may not contain one. */
  private readonly seedRuns = new Set<number>();

  constructor(
    readonly seeds: ReportDocument[],
    readonly count: number,
    seed = 20240601,
  ) {
    this.rnd = prng(seed);
    // order-2 character Markov model of the seeds' paragraphs
    const table = new Map<string, string[]>();
    const sentences: SeedSentence[] = [];
    seeds.forEach((doc, s) => {
      for (const b of corpusParagraphs(doc)) {
        const t = doc.text.slice(b.span.start, b.span.end);
        for (let i = 2; i < t.length; i++) {
          const ctx = t.slice(i - 2, i);
          let l = table.get(ctx);
          if (!l) table.set(ctx, (l = []));
          l.push(t[i] as string);
        }
        for (const sp of sentencesOf(doc.text, b.span)) {
          const st = doc.text.slice(sp.start, sp.end);
          if (st.length >= 4) this.starts.push(st.slice(0, 2));
          if (st.length >= 25 && st.length <= 90) sentences.push({ seed: s, text: st, span: sp });
        }
      }
    });
    for (const [k, v] of table) this.next.set(k, v.join(''));
    for (const doc of seeds) {
      for (const b of corpusParagraphs(doc)) for (const h of gramHashes(buildMatchView(doc.text, [b.span], { maskNumbers: true }).text, 10)) this.seedRuns.add(h);
    }
    // 40 set phrases: 12 real seed sentences, 28 generated ones
    for (let i = 0; i < 12; i++) {
      const s = this.pick(sentences);
      if (!this.seedBoilerplate.has(s.text)) this.seedBoilerplate.add(s.text);
    }
    this.boilerplate.push(...this.seedBoilerplate);
    while (this.boilerplate.length < 40) this.boilerplate.push(this.sentence());
    // 400 departments, each with 5 paragraphs it repeats every year with new figures
    const districts = '东南西北中海湖山江河林城港湾泉溪岭原川峰'.split('');
    const agencies = [
      '教育局',
      '卫生健康局',
      '民政局',
      '司法局',
      '财政局',
      '审计局',
      '统计局',
      '水务局',
      '农业农村局',
      '文化广电旅游局',
      '交通运输局',
      '住房和城乡建设局',
      '市场监督管理局',
      '人力资源和社会保障局',
      '生态环境局',
      '应急管理局',
      '科技工业信息化局',
      '商务局',
      '退役军人事务局',
      '档案馆',
    ];
    for (const d of districts) for (const a of agencies) this.departments.push(`${d}区${a}`);
    for (let i = 0; i < this.departments.length; i++) this.profiles.push(Array.from({ length: 5 }, () => this.paragraph()));
    // plants: 3 % of the reports get a copy of seed text (never a set phrase)
    // plants copy seed text the passage matcher reports when copied verbatim (findReuse
    // needs 20 chars outside set phrases and a complete clause), and that is not one of
    // the set phrases (then it is rightly boilerplate, and only examples are listed)
    const reportable = (t: string) => findReuse(t, [{ start: 0, end: t.length }], t, [{ start: 0, end: t.length }]).length > 0;
    const candidates = sentences.filter((s) => !this.seedBoilerplate.has(s.text) && reportable(s.text));
    const paragraphs = seeds.flatMap((doc, s) =>
      corpusParagraphs(doc)
        .filter((b) => {
          const t = doc.text.slice(b.span.start, b.span.end);
          let common = 0;
          for (const phrase of this.seedBoilerplate) if (t.includes(phrase)) common += phrase.length;
          return t.length >= 40 && 2 * common < t.length && reportable(t);
        })
        .map((b) => ({ seed: s, block: b })),
    );
    // every plant copies different seed text (drawn without replacement): text planted in
    // three departments' reports would rightly be boilerplate, and only examples listed
    const kinds: Plant['kind'][] = ['paragraph, new figures', 'paragraph, one sentence replaced', 'one sentence in other text'];
    const shuffle = <T>(xs: T[]): T[] => {
      for (let i = xs.length - 1; i > 0; i--) {
        const j = Math.floor(this.rnd() * (i + 1));
        [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
      }
      return xs;
    };
    const freeSentences = shuffle([...candidates]);
    const freeParagraphs = shuffle([...paragraphs]);
    const usedParagraphs = new Set<Block>();
    const sources: Array<Omit<Plant, 'report'>> = [];
    for (let k = 0; k < Math.ceil(count * 0.03); k++) {
      const kind = kinds[k % 3] as Plant['kind'];
      if (kind === 'one sentence in other text') {
        const s = freeSentences.pop();
        if (s) sources.push({ kind, seed: s.seed, span: s.span });
      } else {
        const ok = (p: { seed: number; block: Block }) => !usedParagraphs.has(p.block) && (kind === 'paragraph, new figures' || sentencesOf(seeds[p.seed]!.text, p.block.span).length >= 3);
        const i = freeParagraphs.findIndex(ok);
        const p = i >= 0 ? freeParagraphs.splice(i, 1)[0] : undefined;
        if (p) {
          usedParagraphs.add(p.block);
          sources.push({ kind, seed: p.seed, span: p.block.span });
        }
      }
    }
    // spread over the whole corpus (in order, so that a checkpoint holds a share of them)
    sources.forEach((src, k) => {
      const plant: Plant = { ...src, report: Math.floor(((k + 0.5) * count) / sources.length) };
      this.plants.push(plant);
      this.plantsByReport.set(plant.report, [plant]);
    });
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)] as T;
  }

  /** A generated sentence of 20–120 chars ending in 。 */
  sentence(): string {
    for (;;) {
      let out = this.pick(this.starts);
      while (out.length < 120) {
        const options = this.next.get(out.slice(-2));
        if (!options) break;
        const c = options[Math.floor(this.rnd() * options.length)] as string;
        if (c === '\n') break;
        out += c;
        if ('。；！？'.includes(c)) {
          if (out.length >= 20) break;
        }
      }
      if (out.length < 20) continue;
      // an order-2 model often reproduces seed text verbatim (37 % of its sentences share a
      // 10-char run with a seed): such sentences are dropped, so that the only seed text in
      // the corpus is what was planted or chosen as a set phrase
      const view = buildMatchView(out, [{ start: 0, end: out.length }], { maskNumbers: true }).text;
      if (gramHashes(view, 10).some((h) => this.seedRuns.has(h))) continue;
      return /[。；！？]$/.test(out) ? out.replace(/；$/, '。') : `${out}。`;
    }
  }

  paragraph(): string {
    const n = 2 + Math.floor(this.rnd() * 4);
    let p = '';
    for (let i = 0; i < n; i++) p += this.sentence();
    return p;
  }

  /** Every number replaced by another of the same shape. */
  refigure(s: string): string {
    return s.replace(/\d/g, () => String(Math.floor(this.rnd() * 10)));
  }

  /** Report i: a ReportDocument built directly (title, 4 sections, ~40 paragraphs). */
  report(i: number): ReportDocument {
    const d = i % this.departments.length;
    const department = this.departments[d] as string;
    const year = 2015 + (Math.floor(i / this.departments.length) % 10);
    const paras: string[] = this.profiles[d]!.map((p) => this.refigure(p));
    while (paras.length < 40) paras.push(this.paragraph());
    // six set phrases, Zipf-like (phrase k with weight 1/(k+1))
    for (let k = 0; k < 6; k++) {
      const b = this.boilerplate[Math.floor(Math.pow(this.rnd(), 2) * this.boilerplate.length)] as string;
      const at = 5 + Math.floor(this.rnd() * (paras.length - 5));
      paras[at] = this.rnd() < 0.5 ? b + paras[at] : paras[at] + b;
    }
    for (const plant of this.plantsByReport.get(i) ?? []) {
      const seed = this.seeds[plant.seed] as ReportDocument;
      const src = seed.text.slice(plant.span.start, plant.span.end);
      const at = 5 + Math.floor(this.rnd() * (paras.length - 5));
      if (plant.kind === 'paragraph, new figures') paras[at] = this.refigure(src);
      else if (plant.kind === 'one sentence in other text') paras[at] = this.sentence() + src + this.sentence();
      else {
        const ss = sentencesOf(seed.text, plant.span).map((s) => seed.text.slice(s.start, s.end));
        ss[Math.floor(this.rnd() * ss.length)] = this.sentence();
        paras[at] = this.refigure(ss.join(''));
      }
    }
    const heads = ['一、基本情况', '二、部门整体支出绩效目标完成情况', '三、存在的问题', '四、改进措施及下一步工作'];
    const title = `${year}年${department}部门整体支出绩效自评报告`;
    let text = title;
    const blocks: Block[] = [{ id: 'b1', kind: 'heading', span: { start: 0, end: title.length }, path: [] }];
    paras.forEach((p, k) => {
      if (k % 10 === 0) {
        const h = heads[k / 10] as string;
        text += '\n';
        blocks.push({ id: `b${blocks.length + 1}`, kind: 'heading', span: { start: text.length, end: text.length + h.length }, path: [h] });
        text += h;
      }
      text += '\n';
      blocks.push({ id: `b${blocks.length + 1}`, kind: 'paragraph', span: { start: text.length, end: text.length + p.length }, path: [heads[Math.floor(k / 10)] as string] });
      text += p;
    });
    return {
      id: createHash('sha256').update(text).digest('hex').slice(0, 16),
      title,
      year,
      department,
      format: 'txt',
      text,
      blocks,
      sections: [],
      original: text,
      offsetMap: [],
    };
  }
}

/** Builds the corpus, measures, and returns the report as text. */
export async function benchCorpus(opts: { reports?: number; checkpoints?: number[]; keepDb?: boolean } = {}): Promise<string> {
  const total = opts.reports ?? Number(process.env.CORPUS_BENCH_REPORTS ?? 10_000);
  const checkpoints = (opts.checkpoints ?? [1_000, 10_000]).filter((c) => c <= total);
  if (!checkpoints.includes(total)) checkpoints.push(total);
  const lines: string[] = [];
  const say = (s: string) => {
    lines.push(s);
    if (process.env.CORPUS_BENCH_QUIET !== '1') process.stderr.write(`${s}\n`);
  };

  const seedDir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
  const seeds = await Promise.all(SEED_FILES.map(async (f) => ingestText(readFileSync(join(seedDir, `${f}.txt`), 'utf8'))));
  const gen = new Generator(seeds, total);
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-corpus-bench-'));
  const dbFile = join(dir, 'corpus.sqlite');
  const db = SqliteD1.open(dbFile);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144;');
  applySqliteMigrations(db);
  const store = new CorpusStore(db);
  const lookup = new StoredCorpusLookup(store);

  say(`corpus bench: ${total} generated reports (${gen.departments.length} departments, 40 set phrases, ${gen.plants.length} planted copies of seed text)`);
  say(
    `index: ${CORPUS_INDEX.version} — MinHash ${CORPUS_INDEX.numPerm} × ${CORPUS_INDEX.shingle}-char shingles, ${CORPUS_INDEX.lsh.bands} bands × ${CORPUS_INDEX.lsh.rows} rows ` +
      `(P(candidate) = ${[0.3, 0.5, 0.7, 0.9].map((j) => `${collisionProbability(j, CORPUS_INDEX.lsh).toFixed(2)} at J=${j}`).join(', ')})`,
  );
  say(`database: node:sqlite file (WAL, synchronous=NORMAL, 256 MB cache) at ${dbFile}; lookups and single adds timed on it, the bulk of the corpus loaded 100 reports per transaction`);

  const docs: string[] = [];
  let chars = 0;
  let paragraphs = 0;
  const t0 = performance.now();
  let added = 0;
  let extra = total; // reports added one by one for timing, then removed
  for (const cp of checkpoints) {
    // bulk load up to the checkpoint: the same store.add, 100 reports per outer transaction
    for (; added < cp; added++) {
      if (added % 100 === 0) db.exec('BEGIN');
      const doc = gen.report(added);
      chars += doc.text.length;
      paragraphs += corpusParagraphs(doc).length;
      await store.add(doc);
      docs.push(doc.id);
      if (added % 100 === 99 || added === cp - 1) db.exec('COMMIT');
      if ((added + 1) % 1000 === 0 && process.env.CORPUS_BENCH_QUIET !== '1') process.stderr.write(`  … ${added + 1} reports stored (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
    }
    say('');
    say(`== ${cp} stored reports (avg ${Math.round(chars / cp)} chars, ${Math.round(paragraphs / cp)} paragraphs each; bulk-loaded in ${((performance.now() - t0) / 1000).toFixed(0)} s) ==`);

    // adding one report: each add its own transaction, as through the API or the CLI
    const addTimes: number[] = [];
    const removeTimes: number[] = [];
    const fresh: ReportDocument[] = [];
    for (let k = 0; k < 30; k++) fresh.push(gen.report(extra++));
    for (const doc of fresh) {
      const t = performance.now();
      await store.add(doc);
      addTimes.push(performance.now() - t);
    }
    const again = fresh[0] as ReportDocument;
    let t = performance.now();
    await store.add(again);
    const readd = performance.now() - t;
    for (const doc of fresh) {
      t = performance.now();
      await store.remove(doc.id);
      removeTimes.push(performance.now() - t);
    }
    say(
      `add one report: median ${median(addTimes).toFixed(1)} ms, max ${Math.max(...addTimes).toFixed(1)} ms (30 adds, each one transaction: units + MinHash + batch); ` +
        `add it again: ${readd.toFixed(1)} ms; remove one: median ${median(removeTimes).toFixed(1)} ms`,
    );

    // lookup: each seed checked, warmed up, median of 5
    const perSeed: number[] = [];
    const details: string[] = [];
    const found = new Map<Plant, boolean>();
    const flagged = new Map<Plant, boolean>();
    let boilerplateSeen = 0;
    let boilerplateFlagged = 0;
    for (const [s, seed] of seeds.entries()) {
      await lookup.findInDocument(seed);
      const times: number[] = [];
      let matches = await lookup.findInDocument(seed);
      for (let r = 0; r < 5; r++) {
        const tt = performance.now();
        matches = await lookup.findInDocument(seed);
        times.push(performance.now() - tt);
      }
      perSeed.push(median(times));
      const bp = matches.filter((m) => m.boilerplate).length;
      details.push(`${SEED_FILES[s]} ${median(times).toFixed(1)} ms (${matches.length} matches, ${bp} boilerplate)`);
      for (const plant of gen.plants) {
        if (plant.seed !== s || plant.report >= cp) continue;
        const hits = matches.filter((m) => m.reportId === docs[plant.report] && m.span.start < plant.span.end && plant.span.start < m.span.end);
        found.set(plant, hits.length > 0);
        flagged.set(plant, hits.length > 0 && hits.every((m) => m.boilerplate));
      }
      for (const m of matches) {
        if (!gen.seedBoilerplate.has(m.quote)) continue;
        boilerplateSeen++;
        if (m.boilerplate) boilerplateFlagged++;
      }
    }
    say(`lookup of one checked report (a seed, whole pipeline): median ${median(perSeed).toFixed(1)} ms, max ${Math.max(...perSeed).toFixed(1)} ms — ${details.join('; ')}`);

    const kinds = [...new Set(gen.plants.map((p) => p.kind))];
    const recall = kinds.map((k) => {
      const ps = [...found].filter(([p]) => p.kind === k);
      return `${k} ${ps.filter(([, f]) => f).length}/${ps.length}`;
    });
    const all = [...found.values()];
    say(`recall of planted copies: ${all.filter(Boolean).length}/${all.length} (${recall.join('; ')}); wrongly called boilerplate: ${[...flagged.values()].filter(Boolean).length}`);
    say(`seed sentences used as set phrases: ${boilerplateFlagged}/${boilerplateSeen} matches of them reported as boilerplate (套话)`);

    const count = (t: string) => (db.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const bytes = statSync(dbFile).size;
    const rows = {
      reports: count('corpus_reports'),
      paragraphs: count('corpus_paragraphs'),
      occurrences: count('corpus_occurrences'),
      distinctUnits: (db.sqlite.prepare('SELECT COUNT(DISTINCT unit) AS n FROM corpus_occurrences').get() as { n: number }).n,
      bands: count('corpus_bands'),
    };
    say(
      `index size: ${rows.occurrences} unit occurrences, ${rows.distinctUnits} distinct units, ${rows.bands} band rows ` +
        `(${(rows.bands / rows.reports).toFixed(0)} per report); ${rows.paragraphs} paragraphs; database file ${(bytes / 2 ** 20).toFixed(0)} MB ` +
        `(${(bytes / rows.reports / 1024).toFixed(0)} kB per report, text included)`,
    );
  }
  db.close();
  if (!opts.keepDb) rmSync(dir, { recursive: true, force: true });
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.env.CORPUS_BENCH_QUIET = '1';
  console.log(await benchCorpus());
}
