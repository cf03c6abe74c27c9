import type { CorpusLookup, CorpusMatch } from './types';
import type { ReportDocument } from '../model/document';
import { pauseIfDue } from '../pause';
import { findReuse, type DiffOp, type RepeatOptions, type TextSpan } from '../similarity';
import type { CorpusDb } from './db';
import { CorpusStore, corpusParagraphs, type CorpusSample, type UnitFrequency } from './store';
import { CORPUS_INDEX, type Unit } from './units';

/**
 * A passage found in at least this many distinct departments' stored reports is a set
 * phrase of the genre (套话), reported as info rather than as copying.
 *
 * Why departments and 3: copying has one source — last year's report of the same
 * department (then every year of that department shares the passage: 5 reports, 1
 * department, still copying), or a sister unit's report (2 departments). A sentence that
 * three unrelated authors all wrote is the genre's wording, whatever the corpus size: a
 * fixed count works for a 10-report corpus, where "20 % of the corpus" would be 2 reports,
 * and for a 10,000-report one, where 20 % (2,000) would call a template shared by a whole
 * district "copying". A report without a department counts as its own department.
 */
export const BOILERPLATE_MIN_DEPARTMENTS = 3;

export interface CorpusLookupOptions {
  /** Stored units kept per checked unit, best LSH agreement first (default 8). */
  unitsPerUnit?: number;
  /** Stored paragraphs sampled per stored unit for verification (default 4; 2 for a set phrase). */
  samplesPerUnit?: number;
  /** Stored paragraphs a checked paragraph is verified against (default 16). */
  paragraphsPerParagraph?: number;
  /** Passage matching options (default: findReuse's, numbers masked). */
  reuse?: RepeatOptions;
  /** Departments from which a passage is boilerplate (default {@link BOILERPLATE_MIN_DEPARTMENTS}). */
  boilerplateMinDepartments?: number;
}

/** Is a passage found in this many departments' reports a set phrase (套话)? */
function isBoilerplate(departmentFrequency: number, minDepartments = BOILERPLATE_MIN_DEPARTMENTS): boolean {
  return departmentFrequency >= minDepartments;
}

/** A paragraph of the checked text and its units. */
interface Para {
  span: TextSpan;
  units: Array<Unit & { q: number }>;
}

/** Non-blank text between stored paragraphs: no passage runs across it. */
const SEPARATOR = '\n※\n';
/** Near-identical stored variants of one checked unit counted for its document frequency. */
const NEAR_UNITS = 32;

/**
 * The corpus lookup used by `check --corpus` and the corpus rule: LSH candidates for
 * every unit of every paragraph, verified with findReuse against sampled stored
 * paragraphs, each match with its document frequency. Three statements per checked
 * document, whatever its length (more only past the 400 kB parameter chunks): band lookup,
 * document frequencies of the units with near-identical stored units, sampled paragraphs.
 */
export class StoredCorpusLookup implements CorpusLookup {
  readonly store: CorpusStore;
  private readonly opts: Required<Omit<CorpusLookupOptions, 'reuse'>> & { reuse: RepeatOptions };

  constructor(store: CorpusStore | CorpusDb, opts: CorpusLookupOptions = {}) {
    this.store = store instanceof CorpusStore ? store : new CorpusStore(store);
    this.opts = {
      unitsPerUnit: opts.unitsPerUnit ?? 8,
      samplesPerUnit: opts.samplesPerUnit ?? 4,
      paragraphsPerParagraph: opts.paragraphsPerParagraph ?? 16,
      reuse: opts.reuse ?? {},
      boilerplateMinDepartments: opts.boilerplateMinDepartments ?? BOILERPLATE_MIN_DEPARTMENTS,
    };
  }

  size(): Promise<number> {
    return this.store.count();
  }

  /** Passages of `doc`'s paragraphs found in stored reports; the stored copy of `doc` itself (same id) is ignored. */
  findInDocument(doc: ReportDocument): Promise<CorpusMatch[]> {
    return this.match(
      doc.text,
      corpusParagraphs(doc).map((b) => b.span),
      doc.id,
    );
  }

  /** Stored passages matching `text`, taken as one paragraph. */
  similar(text: string): Promise<CorpusMatch[]> {
    return this.match(text, [{ start: 0, end: text.length }], undefined);
  }

  /** Matches of paragraphs `spans` of `text` in the stored reports other than `selfId`. */
  async match(text: string, spans: readonly TextSpan[], selfId: string | undefined): Promise<CorpusMatch[]> {
    const o = this.opts;
    // 1. units and their band keys
    const paras: Para[] = [];
    const byKey = new Map<number, number[]>();
    let q = 0;
    for (const span of spans) {
      const units = this.store.units(text, span).map((u) => ({ ...u, q: q++ }));
      if (units.length === 0) continue;
      paras.push({ span, units });
      for (const u of units) {
        for (const key of u.bands) {
          const list = byKey.get(key);
          if (list) list.push(u.q);
          else byKey.set(key, [u.q]);
        }
      }
    }
    if (paras.length === 0) return [];

    // 2. LSH candidates: shared band count per (checked unit, stored unit)
    const shared = new Map<number, Map<number, number>>();
    const keys = [...byKey.keys()];
    for (const { i, unit } of await this.store.candidates(keys)) {
      for (const qi of byKey.get(keys[i] as number) ?? []) {
        let m = shared.get(qi);
        if (!m) shared.set(qi, (m = new Map()));
        m.set(unit, (m.get(unit) ?? 0) + 1);
      }
    }
    if (shared.size === 0) return [];
    const best = new Map<number, Array<[number, number]>>(); // q → [stored unit, shared bands], best first
    const groups = new Map<number, number[]>(); // q → near-identical stored units
    for (const [qi, m] of shared) {
      const list = [...m].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
      best.set(qi, list);
      // at most NEAR_UNITS variants: a phrase with hundreds of slightly different versions is
      // counted on its most similar ones (its frequency is then a lower bound, already far
      // past the boilerplate threshold)
      const near = list
        .filter(([, n]) => n >= CORPUS_INDEX.nearBands)
        .slice(0, NEAR_UNITS)
        .map(([unit]) => unit);
      if (near.length > 0) groups.set(qi, near);
    }

    // 3. document frequency of each checked unit: reports containing a near-identical unit
    const freq = await this.store.frequencies(groups, selfId);

    // 4. sampled stored paragraphs of the best candidates (a set phrase needs only an example or two)
    const limits = new Map<number, number>();
    const perQ = new Map<number, Array<[number, number]>>();
    for (const [qi, list] of best) {
      const f = freq.get(qi);
      const common = f !== undefined && isBoilerplate(f.departments, o.boilerplateMinDepartments);
      const top = list.slice(0, common ? 2 : o.unitsPerUnit);
      perQ.set(qi, top);
      for (const [unit] of top) limits.set(unit, Math.max(limits.get(unit) ?? 0, common ? 2 : o.samplesPerUnit));
    }
    const samplesByUnit = new Map<number, CorpusSample[]>();
    for (const s of await this.store.samples(limits, selfId)) {
      const list = samplesByUnit.get(s.unit);
      if (list) list.push(s);
      else samplesByUnit.set(s.unit, [s]);
    }

    // 5. verification: each checked paragraph against its candidate stored paragraphs
    const found: Array<{ para: Para; sample: CorpusSample; a: TextSpan; b: TextSpan; p: ReturnType<typeof findReuse>[number] }> = [];
    for (const para of paras) {
      await pauseIfDue();
      const cands = new Map<string, CorpusSample>();
      const ranked: Array<[CorpusSample, number]> = [];
      for (const u of para.units) {
        for (const [unit, n] of perQ.get(u.q) ?? []) {
          for (const s of samplesByUnit.get(unit) ?? []) ranked.push([s, n]);
        }
      }
      ranked.sort((x, y) => y[1] - x[1]);
      for (const [s] of ranked) {
        const key = `${s.reportId}:${s.paragraph.index}`;
        if (!cands.has(key) && cands.size < o.paragraphsPerParagraph) cands.set(key, s);
      }
      if (cands.size === 0) continue;
      let textB = '';
      const regionsB: Array<TextSpan & { kind: 'paragraph' }> = [];
      const list = [...cands.values()];
      for (const s of list) {
        if (textB.length > 0) textB += SEPARATOR;
        regionsB.push({ start: textB.length, end: textB.length + s.paragraph.text.length, kind: 'paragraph' });
        textB += s.paragraph.text;
      }
      const passages = findReuse(text, [{ ...para.span, kind: 'paragraph' }], textB, regionsB, o.reuse);
      for (const p of passages) {
        const i = regionIndex(regionsB, p.b.start);
        const sample = list[i] as CorpusSample;
        const shift = sample.paragraph.span.start - (regionsB[i] as TextSpan).start;
        found.push({ para, sample, a: p.a, b: { start: p.b.start + shift, end: p.b.end + shift }, p: { ...p, diff: shiftDiff(p.diff, shift) } });
      }
    }
    if (found.length === 0) return [];

    // 6. matches; a passage's frequency is at least the number of reports it was verified in
    const matches: CorpusMatch[] = [];
    for (const f of found) {
      const cluster = found.filter((g) => g.para === f.para && overlapsMostly(g.a, f.a));
      const verified: UnitFrequency = {
        reports: new Set(cluster.map((g) => g.sample.reportId)).size,
        departments: new Set(cluster.map((g) => g.sample.department || `#${g.sample.reportId}`)).size,
      };
      // every report containing the passage contains each unit inside it: the least frequent bounds it
      let covered: UnitFrequency | undefined;
      for (const u of f.para.units) {
        if (!covers(f.a, u.span)) continue;
        const fu = freq.get(u.q) ?? { reports: 0, departments: 0 };
        covered = covered ? { reports: Math.min(covered.reports, fu.reports), departments: Math.min(covered.departments, fu.departments) } : fu;
      }
      const documentFrequency = Math.max(verified.reports, covered?.reports ?? 0);
      const departmentFrequency = Math.max(verified.departments, covered?.departments ?? 0);
      const s = f.sample;
      const m: CorpusMatch = {
        span: f.a,
        quote: text.slice(f.a.start, f.a.end),
        reportId: s.reportId,
        title: s.title,
        paragraphIndex: s.paragraph.index,
        blockId: s.paragraph.blockId,
        path: s.paragraph.path,
        text: s.paragraph.text,
        paragraphSpan: s.paragraph.span,
        storedSpan: f.b,
        storedQuote: s.paragraph.text.slice(f.b.start - s.paragraph.span.start, f.b.end - s.paragraph.span.start),
        kind: f.p.kind,
        similarity: f.p.similarity,
        containment: f.p.containment,
        digitsDiffer: f.p.digitsDiffer,
        diff: f.p.diff,
        documentFrequency,
        departmentFrequency,
        boilerplate: isBoilerplate(departmentFrequency, o.boilerplateMinDepartments),
      };
      if (s.department !== undefined) m.department = s.department;
      if (s.year !== undefined) m.year = s.year;
      if (s.fileName !== undefined) m.file = s.fileName;
      if (s.paragraph.page !== undefined) m.page = s.paragraph.page;
      matches.push(m);
    }
    return matches.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end || x.reportId.localeCompare(y.reportId) || x.paragraphIndex - y.paragraphIndex);
  }
}

/** Creates the lookup over a D1 database (the Worker's binding or the local D1). */
export function createCorpusLookup(db: CorpusDb, opts?: CorpusLookupOptions): StoredCorpusLookup {
  return new StoredCorpusLookup(db, opts);
}

function regionIndex(regions: readonly TextSpan[], offset: number): number {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((regions[mid] as TextSpan).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function shiftDiff(diff: DiffOp[], shift: number): DiffOp[] {
  return diff.map((d) => (d.b ? { ...d, b: { start: d.b.start + shift, end: d.b.end + shift } } : d));
}

const overlap = (x: TextSpan, y: TextSpan) => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));

/** Passage `p` covers unit span `u` (all but a little of it: edges settle on clause boundaries). */
function covers(p: TextSpan, u: TextSpan): boolean {
  return overlap(p, u) >= 0.9 * (u.end - u.start);
}

/**
 * Two checked spans are the same passage when they overlap by 80 % of the longer one (a set
 * phrase found inside a copied paragraph is another passage: its frequency is not the copy's).
 */
function overlapsMostly(x: TextSpan, y: TextSpan): boolean {
  return overlap(x, y) >= 0.8 * Math.max(x.end - x.start, y.end - y.start);
}
