/**
 * Subject resolution: whose figure each number is, and why.
 *
 * In order (the first that applies):
 * 1. explicit — the label names it (基本支出预算数, X项目执行数, a table column), the subject is
 *    carried inside a ；-segment of labels (其中，基本支出预算数…，执行数…), a project or fund
 *    is named earlier in the same sentence (我局实施的X项目，年度预算数…), or a department word
 *    stands in the sentence (本部门, 我局, 部门整体) nearer than any project name;
 * 2. list-item-lead — the paragraph or list item starts with the name (（1）X经费：…, X项目。该项目…);
 * 3. heading — a heading above names a project or fund;
 * 4. coreference — 该项目 / 本项目 / 上述资金 → the nearest name before it (this block or the four before);
 * 5. carried — a name in an earlier sentence of the same paragraph;
 * 6. department — the section is the department's 收支 section, or the label says 全年/整体;
 * 7. unknown — never compared across the document.
 */
import type { ReportDocument } from '../model/document';
import type { Quantity } from '../numbers/types';
import { kindFits, labelKey, type FigureKey, type Measure } from './figure-key';
import { findNames, headingName, leadName, type NameHit } from './names';
import type { Segmentation } from './segments';
import { DEPARTMENT, subjectKey, UNKNOWN } from './subject';
import type { Subject, SubjectReason } from './types';

/** What the resolver reads and sets on each number of the analysis. */
interface ResolvableMention {
  id: number;
  q: Quantity;
  block: number;
  sentence: number;
  segment: number;
  inTable: boolean;
  key: FigureKey | null;
  subject: Subject;
  reason: SubjectReason;
  subjectText?: string;
}

const DEPARTMENT_WORDS = /本部门|本单位|我部门|我单位|我会|我委|我局|我办|我院|我厅|我馆|我站|我中心|部门整体|单位整体|整体收入|整体支出|部门预算|部门决算|本级/g;
const OVERALL_QUALIFIER = /^(全年|部门整体|单位整体|整体|本年度)/;
const BUDGET_SECTION = /收支|整体支出|预算执行|资金(使用)?情况|财务/;
const COREFERENCE = /该项目|本项目|此项目|该经费|该资金|上述资金|上述经费|该专项|此项资金|该工程/g;
const OTHER_PERIOD = /(上年|去年|上一年|上年度|上一年度|同期|前年)[^，。；：、]{0,6}$/;

/**
 * Whether the figure belongs to another year than the report's: 上年执行数, or a label
 * right after a year (2020年执行数 in a 2021 report).
 */
export function otherPeriod(doc: ReportDocument, text: string, m: { q: Quantity }, prev: { q: Quantity } | undefined): boolean {
  const label = m.q.label ?? '';
  // look only just before the number: a search through the whole text would be quadratic
  const from = Math.max(0, m.q.start - label.length - 8);
  const near = label === '' ? -1 : text.slice(from, m.q.start).lastIndexOf(label);
  const labelStart = near >= 0 ? from + near : Math.max(0, m.q.start - label.length);
  if (OTHER_PERIOD.test(text.slice(Math.max(0, labelStart - 8), m.q.start))) return true;
  if (!prev || prev.q.kind !== 'year' || doc.year === undefined) return false;
  return labelStart - prev.q.end <= 2 && !prev.q.value.eq(doc.year);
}

const project = (n: NameHit): Subject => ({ kind: 'project', name: n.name });

/** Per-document lookups, each computed once: names per sentence, lead per block, heading per path. */
class Context {
  private sentenceNames = new Map<number, NameHit[]>();
  private leads = new Map<number, NameHit | null>();
  private headings = new Map<number, NameHit | null>();
  private matches = new Map<string, number[]>();
  private carriedName = new Map<number, NameHit | null>();
  constructor(
    readonly doc: ReportDocument,
    readonly text: string,
    readonly seg: Segmentation,
  ) {}

  names(sentence: number): NameHit[] {
    let n = this.sentenceNames.get(sentence);
    if (!n) {
      n = findNames(this.text, this.seg.sentenceStart[sentence]!, this.seg.sentenceEnd[sentence] ?? this.text.length);
      this.sentenceNames.set(sentence, n);
    }
    return n;
  }

  lead(block: number): NameHit | null {
    if (!this.leads.has(block)) {
      const b = this.doc.blocks[block];
      this.leads.set(block, b && b.kind !== 'table-row' ? leadName(this.text, b.span.start, b.span.end) : null);
    }
    return this.leads.get(block)!;
  }

  /** The innermost heading above the block naming a project or fund. */
  heading(block: number): NameHit | null {
    if (this.headings.has(block)) return this.headings.get(block)!;
    let hit: NameHit | null = null;
    const path = this.doc.blocks[block]?.path ?? [];
    for (let i = path.length - 1; i >= 0 && !hit; i--) {
      const title = path[i]!;
      const lead = leadName(title, 0, title.length);
      if (lead && /^[^，。；]*$/.test(title.slice(lead.end))) hit = lead;
      else hit = headingName(title);
    }
    this.headings.set(block, hit);
    return hit;
  }

  /** Start offsets of `re`'s matches in a block (or sentence) range, computed once per range. */
  starts(re: RegExp, key: string, from: number, to: number): number[] {
    const k = `${key}|${from}`;
    let list = this.matches.get(k);
    if (!list) {
      list = [...this.text.slice(from, to).matchAll(re)].map((x) => from + x.index);
      this.matches.set(k, list);
    }
    return list;
  }

  /** The last name in the sentences of the block before `sentence` (cached per sentence, filled forwards). */
  carried(block: number, sentence: number): NameHit | null {
    if (this.carriedName.has(sentence)) return this.carriedName.get(sentence)!;
    const blk = this.doc.blocks[block];
    if (!blk) return null;
    let s = sentence;
    while (s > 0 && !this.carriedName.has(s) && this.seg.sentenceEnd[s - 1]! > blk.span.start) s--;
    let hit: NameHit | null = this.carriedName.get(s) ?? null;
    if (!this.carriedName.has(s)) this.carriedName.set(s, null);
    for (let t = s; t < sentence; t++) {
      hit = this.names(t).at(-1) ?? hit;
      this.carriedName.set(t + 1, hit);
    }
    return hit;
  }

  /** The last name before `pos` in the block, or in the four blocks before it. */
  nameBefore(block: number, pos: number): NameHit | null {
    for (let b = block; b >= Math.max(0, block - 4); b--) {
      const blk = this.doc.blocks[b];
      if (!blk) continue;
      const to = Math.min(pos, blk.span.end);
      const names = findNames(this.text, blk.span.start, to).filter((n) => n.end <= pos);
      if (names.length > 0) return names.at(-1)!;
    }
    return null;
  }
}

/** The last start in a sorted list below `to`, or -1. */
function lastBelow(starts: number[], to: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? starts[lo - 1]! : -1;
}

/** The subject of a bare measure (执行数, 全年预算数) at mention `m`. */
function bareSubject(c: Context, m: ResolvableMention, measure: Measure): { subject: Subject; reason: SubjectReason; text?: string } {
  const { text, seg, doc } = c;
  const sStart = seg.sentenceStart[m.sentence]!;
  const before = c.names(m.sentence).filter((n) => n.end <= m.q.start);
  const name = before.at(-1);
  let dept = lastBelow(c.starts(DEPARTMENT_WORDS, 'dept', sStart, seg.sentenceEnd[m.sentence] ?? text.length), m.q.start);
  // 我局承担的X…: the department introduces what it runs, the figure is X's
  if (dept >= 0 && /^(本部门|本单位|我部门|我单位|我会|我委|我局|我办|我院|我厅|我馆|我站|我中心)(所)?(承担|实施|负责|管理|组织|开展|安排|申报|牵头)/.test(text.slice(dept, dept + 12))) dept = -1;
  if (name && name.start > dept) return { subject: project(name), reason: 'explicit', text: name.name };
  if (dept >= 0) return { subject: DEPARTMENT, reason: 'explicit' };
  if (name) return { subject: project(name), reason: 'explicit', text: name.name };
  if (measure === 'selfScore' || measure === 'income') return { subject: DEPARTMENT, reason: 'department' };
  const lead = c.lead(m.block);
  if (lead) return { subject: project(lead), reason: 'list-item-lead', text: lead.name };
  const heading = c.heading(m.block);
  if (heading) return { subject: project(heading), reason: 'heading', text: heading.name };
  const blk = doc.blocks[m.block];
  const coref = blk ? lastBelow(c.starts(COREFERENCE, 'coref', blk.span.start, blk.span.end), m.q.start) : -1;
  if (coref >= 0) {
    const n = c.nameBefore(m.block, coref);
    if (n) return { subject: project(n), reason: 'coreference', text: n.name };
    return { subject: UNKNOWN, reason: 'unknown' };
  }
  const carried = c.carried(m.block, m.sentence);
  if (carried) return { subject: project(carried), reason: 'carried', text: carried.name };
  const title = blk?.path.at(-1) ?? '';
  if ((BUDGET_SECTION.test(title) && !title.includes('项目')) || (m.q.label && OVERALL_QUALIFIER.test(m.q.label) && !/项目/.test(title))) {
    return { subject: DEPARTMENT, reason: 'department' };
  }
  return { subject: UNKNOWN, reason: 'unknown' };
}

/** The measure of a category named alone (基本支出：2,586.53万元): what the list breaks down. */
function categoryMeasure(text: string, seg: Segmentation, m: ResolvableMention, before: ResolvableMention[]): Measure {
  const start = seg.sentenceStart[m.sentence]!;
  const prefix = text.slice(start, m.q.start);
  const qz = prefix.lastIndexOf('其中');
  if (qz >= 0) {
    for (let i = before.length - 1; i >= 0; i--) {
      const b = before[i]!;
      if (b.sentence !== m.sentence) break;
      if (b.q.end <= start + qz && b.key && b.q.kind === 'amount') return b.key.measure;
    }
  }
  if (/年初预算[^，。；]{0,8}(按|分类)/.test(prefix)) return 'budget.initial';
  if (/预算[^，。；]{0,8}(按|分类)/.test(prefix) && !/支出[^，。；]{0,4}(按|分类)/.test(prefix)) return 'budget.adjusted';
  return 'execution';
}

/** Labels of a budget that do not say whether it is the initial or the adjusted one. */
const AMBIGUOUS_BUDGET = /^(部门预算|单位预算|预算|预算数|预算安排|部门预算安排|年度预算|年度预算安排|预算总额)$/;

/** 预算安排X万元，年中追加Y万元，调整后预算Z万元: a plain 预算 before an adjustment is the initial budget. */
function initialBeforeAdjustment(text: string, seg: Segmentation, m: ResolvableMention): boolean {
  const label = (m.q.label ?? '').replace(/^(本年度|本年)/, '');
  if (!AMBIGUOUS_BUDGET.test(label)) return false;
  const rest = text.slice(m.q.end, seg.sentenceEnd[m.sentence] ?? text.length);
  const adj = rest.search(/追加|调增|调减|调整后|调整为/);
  // 全年预算数X（年初预算Y，追加Z）: the initial budget is named after it, so this is the total
  return adj >= 0 && !rest.slice(0, adj).includes('年初');
}

const PRONOUN_LEAD = /^(该项目|本项目|此项目|该经费|该资金|上述资金|上述经费|上述项目|该专项|该工程|此项资金)/;

/** 上述资金全年完成支出: the measure after a pronoun (the subject comes from coreference). */
function pronounLed(label: string | null): { measure?: Measure } | null {
  const lead = label ? PRONOUN_LEAD.exec(label) : null;
  if (!label || !lead) return null;
  const k = labelKey(label.slice(lead[0].length));
  return k?.measure !== undefined && k.subject === undefined ? { measure: k.measure } : null;
}

/** Whether a project key's name is a name, not a pronoun (该经费, 本项目, 上述资金). */
function isName(name: string): boolean {
  return !/^(该|本|此|上述|以上|这|其)/.test(name);
}

/** How the name of an expense line ends when it is not a 项目/经费/资金: 运营补助, 物业管理费, 设备购置. */
const FUND_END = /(补助|补贴|费|费用|购置|维护|运维|运营|奖励|慰问金|救助金|抚恤金|保障金|专款)$/;

const SUBJECT_QUALIFIERS = /^(全年|本年度|本年|年度|当年|部门整体|单位整体|整体|本部门|本单位|我局|我馆|我会|我委|我办|我中心)+/;

/**
 * A label naming something before its measure (机关食堂运营补助年初安排): that thing is the
 * subject, though its name has no usual ending (项目, 经费 …). Null when the prefix is only a
 * qualifier or speaks of the department.
 */
function namedPrefix(label: string | null): { subject: Subject; measure: Measure } | null {
  if (!label) return null;
  for (let i = 1; i < label.length - 1; i++) {
    const k = labelKey(label.slice(i));
    if (!k || k.measure === undefined || k.subject !== undefined) continue;
    const prefix = label
      .slice(0, i)
      .replace(SUBJECT_QUALIFIERS, '')
      .replace(/[“”"‘’]/g, '');
    if (prefix.length < 3 || !/^[\u4e00-\u9fff]+$/.test(prefix) || !FUND_END.test(prefix) || /部门|单位|整体|本级|合计|总|其中|年中|年初|全部|上年|同期/.test(prefix)) return null;
    return { subject: { kind: 'project', name: prefix }, measure: k.measure };
  }
  return null;
}

const ADJUSTED_TO = /(调整为|调整至|调整后为|调增至|调减至)\s*$/;

/** 年中调整为66.50万元: the adjusted budget, though the label alone (年中调整) does not say so. */
function adjustedTo(text: string, m: ResolvableMention): { measure: Measure } | null {
  return m.q.kind === 'amount' && ADJUSTED_TO.test(text.slice(Math.max(0, m.q.start - 6), m.q.start)) ? { measure: 'budget.adjusted' } : null;
}

function typedSubject(key: string): Subject {
  if (key === 'byNature.basic') return { kind: 'nature', nature: 'basic' };
  if (key === 'byNature.project') return { kind: 'nature', nature: 'project' };
  if (key.startsWith('byFunction:')) return { kind: 'function', name: key.slice('byFunction:'.length) };
  return { kind: 'project', name: key.slice('project:'.length) };
}

/**
 * Sets subject, reason and figure key on every labelled amount, rate and score not already
 * keyed by a table column (table cells keep the subject their row gives).
 */
export function resolveSubjects(doc: ReportDocument, text: string, seg: Segmentation, mentions: ResolvableMention[]): void {
  const c = new Context(doc, text, seg);
  let segmentId = -1;
  let carried: Subject | undefined;
  const done: ResolvableMention[] = [];
  for (const m of mentions) {
    if (m.segment !== segmentId) {
      segmentId = m.segment;
      carried = undefined;
    }
    if (m.key) {
      done.push(m);
      continue;
    }
    // only amounts, percentages and scores can be budget measures: counts keep no key
    const skip = m.inTable || (m.q.kind !== 'amount' && m.q.kind !== 'percent' && m.q.kind !== 'score') || otherPeriod(doc, text, m, mentions[m.id - 1]);
    const parsed = skip ? null : ((labelKey(m.q.label) ?? pronounLed(m.q.label) ?? adjustedTo(text, m)) as { subject?: string; measure?: Measure } | null);
    const named = skip || parsed !== null || m.q.kind !== 'amount' ? null : namedPrefix(m.q.label);
    if (named) carried = named.subject;
    // 该经费年初安排 / 本项目执行数: a pronoun, not a name — resolved like a bare measure
    if (parsed?.subject?.startsWith('project:') && !isName(parsed.subject.slice('project:'.length))) delete parsed.subject;

    if (parsed?.subject !== undefined) carried = typedSubject(parsed.subject);
    if (named || (parsed && (parsed.measure !== undefined || parsed.subject !== undefined))) {
      let measure = parsed?.measure ?? named?.measure ?? categoryMeasure(text, seg, m, done);
      if (measure === 'budget.adjusted' && initialBeforeAdjustment(text, seg, m)) measure = 'budget.initial';
      if (kindFits(measure, m.q.kind)) {
        const r =
          parsed?.subject !== undefined
            ? { subject: typedSubject(parsed.subject), reason: 'explicit' as const }
            : named
              ? { subject: named.subject, reason: 'explicit' as const }
              : carried
                ? { subject: carried, reason: 'explicit' as const }
                : bareSubject(c, m, measure);
        m.subject = r.subject;
        m.reason = r.reason;
        if ('text' in r && r.text !== undefined) m.subjectText = r.text;
        m.key = { subject: subjectKey(r.subject), measure };
      }
    }
    done.push(m);
  }
}
