/**
 * Totals and their components, paired conservatively:
 * - a classification list (按功能分类 items, or 基本支出 + 项目支出) and the department's
 *   figure of the same measure stated before it in the same section (or before its 其中);
 * - a count or amount followed by 其中 and parts of the same unit (complete only when the
 *   last part is 其他/其余: otherwise only parts exceeding the total are reported);
 * - a 合计 row of a budget table and the other rows of the same table, column by column.
 */
import type Decimal from 'decimal.js';
import type { NumberAnalysis } from './analysis';
import { exact, halfUlp, sum } from '../../../domain';
import { AMOUNT_MEASURES } from './figure-key';
import { isExact, type Mention } from './mention';
import { rescale } from './scale';
import { nearestKeyed } from './scope';
import { otherPeriod } from '../../../claims/resolve';

type SumKind = 'byFunction' | 'byNature' | 'qizhong' | 'list' | 'table';

export interface SumRelation {
  kind: SumKind;
  total: Mention;
  parts: Mention[];
  /** The parts claim to make up the whole (else only an excess is an error). */
  complete: boolean;
  /** An incomplete 其中-list whose parts look like a partition of the whole (no 党员/女性 attributes). */
  partitionLike?: boolean;
  /** Table column name, for table relations. */
  column?: string;
}

interface SumResult {
  /** Sum of the parts in the total's unit. */
  value: Decimal;
  /** Decimals to show the sum with (the parts' as written, in the total's unit). */
  decimals: number;
  /** Largest error the rounding of the parts and of the total can explain. */
  slack: Decimal;
}

/**
 * The parts' sum in the total's unit, or null when their units do not compare. Counts are
 * exact (no rounding slack); amounts are taken as rounded to the finest precision written
 * among them (50 next to 18.30 is 50.00, not 50 ± 0.5), each by half a unit.
 */
export function sumParts(r: SumRelation): SumResult | null {
  const t = r.total.scale;
  let decimals = 0;
  const values: Decimal[] = [];
  for (const p of r.parts) {
    const s = p.scale;
    if ((t === null) !== (s === null)) return null;
    if (t && s && t.base !== s.base) return null;
    const shift = t && s ? t.power - s.power : 0;
    decimals = Math.max(decimals, Math.max(0, p.q.decimals + shift));
    values.push(t && s ? rescale(p.q.value, s.power, t.power) : exact(p.q.value));
  }
  const counts = r.total.q.kind === 'count' && r.parts.every((p) => p.q.kind === 'count');
  const finest = Math.max(decimals, r.total.q.decimals);
  const slack = counts ? exact(0) : halfUlp(finest).times(r.parts.length + 1);
  return { value: sum(values), decimals, slack };
}

/** Classification lists (按功能分类, 基本支出 + 项目支出) with the department total they break down. */
function breakdowns(a: NumberAnalysis): SumRelation[] {
  const out: SumRelation[] = [];
  for (const [bi, ms] of a.byBlock) {
    const groups = new Map<string, Mention[]>();
    for (const m of ms) {
      const k = m.key;
      if (!k || !AMOUNT_MEASURES.has(k.measure) || !isExact(m)) continue;
      const family = k.subject.startsWith('byFunction:') ? 'byFunction' : k.subject.startsWith('byNature.') ? 'byNature' : null;
      if (!family) continue;
      const g = `${family}|${k.measure}`;
      groups.set(g, [...(groups.get(g) ?? []), m]);
    }
    for (const [g, parts] of groups) {
      const [family, measure] = g.split('|') as ['byFunction' | 'byNature', string];
      const first = parts[0]!;
      if (family === 'byNature') {
        const subjects = parts
          .map((p) => p.key!.subject)
          .sort()
          .join();
        if (subjects !== 'byNature.basic,byNature.project') continue;
      } else {
        const lead = a.text.slice(a.doc.blocks[bi]!.span.start, first.q.start);
        if (parts.length < 2 || !/功能分类|功能分|功能科目/.test(lead)) continue;
        if (new Set(parts.map((p) => p.key!.subject)).size !== parts.length) continue;
      }
      const total = nearestKeyed(a, first, '', measure, 'section', (x) => x.q.start < first.q.start);
      if (total) out.push({ kind: family, total, parts, complete: true });
    }
  }
  return out;
}

const REST = /^(其他|其余|其它)/;
/** Words introducing the parts of a whole stated before them. */
const LIST_TRIGGER = /其中|包括[：:]?|包含|分别为|分别是|用于以下[^，,。；;：:]{0,8}[：:]|用于[：:]|中(?=[，,：:])/g;

const WHOLE_BEFORE_ZHONG = /^(?![^]*(的|过程|期间|工作|实施|建设|执行|使用|管理|活动|开展|推进|办理))[\u4e00-\u9fff]{0,8}$/;

const CN_DIGIT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 以下三个项目 → 3; null when the trigger states no number of items. */
function statedItems(trigger: string): number | null {
  const m = /([0-9]+|[两二三四五六七八九十])(个|项|类)/.exec(trigger);
  if (!m) return null;
  return /^[0-9]+$/.test(m[1]!) ? Number(m[1]) : CN_DIGIT[m[1]!]!;
}

/** The fixed split of 基本支出: 人员经费 (工资福利) and 公用经费. */
const PERSONNEL = /人员经费|人员支出|工资福利/;
const OFFICE = /公用经费|公用支出/;

/**
 * 包括：理论宣讲12、专题展览7、座谈交流8场 — bare numbers in a 、-list take the unit written at
 * its end. Returns the mention itself, or a copy with the list's unit.
 */
function unitFromEnd(a: NumberAnalysis, m: Mention, total: Mention): Mention {
  if (m.unit !== null || m.q.decimals > 0 || total.scale === null) return m;
  for (let i = m.id + 1; i < a.mentions.length; i++) {
    const n = a.mentions[i]!;
    if (n.sentence !== m.sentence || !/^[^，,。；;]*$/.test(a.text.slice(a.mentions[i - 1]!.q.end, n.q.start))) return m;
    if (n.unit !== null) return n.scale?.base === total.scale.base ? { ...m, unit: n.unit, scale: n.scale, q: { ...m.q, kind: n.q.kind } } : m;
  }
  return m;
}

/** Between two labelled parts of a comma-joined list: a comma and the next part's label (no 其中, no comparison). */
const COMMA_ITEM = /^[，,][^，,。；;、\d]{1,16}$/;
const COMPARISON = /比上年|较上年|同比|增长|下降|增加|减少/;
const NOT_A_PART = new RegExp(`其中|合计|总计|共计|${COMPARISON.source}`);

/**
 * A、B、C合计N: the 、-joined run of same-unit figures right before 合计/总计/共计 in its
 * sentence; or A x，B y，C z，合计N: a comma-joined run of labelled figures (a label before
 * each, nothing else between them; the run stops at 其中 or a comparison, whose figure is a
 * whole or a change, not a part).
 */
function totalAfterList(a: NumberAnalysis): SumRelation[] {
  const out: SumRelation[] = [];
  for (const hit of a.text.matchAll(/(合计|总计|共计)(为|达)?/g)) {
    const p = hit.index;
    const total = a.mentions.find((x) => x.q.start >= p + hit[0].length && x.q.start <= p + hit[0].length + 1);
    if (!total || total.inTable || !isExact(total) || (total.q.kind !== 'count' && total.q.kind !== 'amount')) continue;
    const parts: Mention[] = [];
    let joiner: '、' | '，' | undefined;
    for (let i = total.id - 1; i >= 0; i--) {
      const m = a.mentions[i]!;
      if (m.sentence !== total.sentence || m.q.kind !== total.q.kind || m.scale?.base !== total.scale?.base || !isExact(m) || m.key) break;
      const gap = a.text.slice(m.q.end, parts.length === 0 ? p : parts[0]!.q.start);
      if (parts.length === 0) {
        if (!/^[，,、]?$/.test(gap)) break;
      } else {
        const kind = /^[^，,。；;]*、[^，,。；;]*$/.test(gap) ? '、' : COMMA_ITEM.test(gap) && !NOT_A_PART.test(gap) ? '，' : undefined;
        if (kind === undefined || (joiner !== undefined && kind !== joiner)) break;
        joiner = kind;
      }
      parts.unshift(m);
    }
    // a comma-joined run: every part labelled (its name before it), and none led by a comparison
    if (joiner === '，' && parts.some((m) => !m.q.label || COMPARISON.test(a.text.slice(Math.max(0, m.q.start - (m.q.label?.length ?? 0) - 4), m.q.start)))) continue;
    if (parts.length >= 2) out.push({ kind: 'list', total, parts, complete: true });
  }
  return out;
}
/** Attributes that cut across a whole (党员, 女性, 高级职称): such parts overlap and need not add up. */
const ATTRIBUTE = /党员|团员|女性|女干部|女职工|男性|少数民族|民主党派|专业技术|职称|高级|中级|初级|学历|研究生|博士|硕士|本科|大专|退休|离休|在编|编外|岁以上|岁以下|以上|以下|持证|新增|首次|重点|贫困|困难/;
/** Kinds of school named like grades (初级中学, 高级中学): a category, not an attribute. */
const SCHOOL_KIND = /(初级|高级|完全)中学/g;
const CLAUSE_BREAK = /[。；;！？\n]/;

/** The whole a 其中-list breaks down: the last count or amount of this year before 其中. */
function qizhongTotal(a: NumberAnalysis, near: Mention[], p: number): Mention | undefined {
  for (let i = near.length - 1; i >= 0; i--) {
    const m = near[i]!;
    if (m.q.end > p) continue;
    if (m.q.kind === 'percent') continue;
    if (otherPeriod(a.doc, a.text, m, a.mentions[m.id - 1])) continue;
    return m;
  }
  return undefined;
}

/**
 * X件，其中 A件、B件 … : the run of parts right after 其中 in the same sentence, same kind
 * and unit, no markers (the run ends at the first number of another kind or unit).
 * `complete` when the last part is 其他/其余; otherwise `partitionLike` tells whether the
 * parts look like a partition (no attribute such as 党员 or 女性 that cuts across the whole).
 */
function qizhong(a: NumberAnalysis): SumRelation[] {
  const out: SumRelation[] = [];
  for (const hit of a.text.matchAll(LIST_TRIGGER)) {
    const p = hit.index;
    const respectively = hit[0].startsWith('分别');
    const sentence = a.seg.sentence[p]!;
    const lead = a.text.slice(a.seg.sentenceStart[sentence]!, p);
    const fromPrevious = /^[\s，,：:]*$/.test(lead);
    const near = [...(fromPrevious ? (a.bySentence.get(sentence - 1) ?? []) : []), ...(a.bySentence.get(sentence) ?? [])];
    const total = qizhongTotal(a, near, p);
    if (!total || !isExact(total) || total.inTable) continue;
    if (total.q.kind !== 'count' && total.q.kind !== 'amount') continue;
    // X万元中，A…，B… / 312件信访事项中，…: the whole stands before 中, at most a short noun
    // between (not 在X的办理过程中, 实施中: a time, not a whole)
    if (hit[0] === '中' && !WHOLE_BEFORE_ZHONG.test(a.text.slice(total.q.end, p))) continue;
    // 基本支出 / 项目支出 broken down into their own lines (人员经费…, the projects) are wholes
    // here; a classification (byFunction) is compared by breakdowns()
    const natureTotal = total.key?.subject.startsWith('byNature.') === true;
    if (total.key && total.key.subject.startsWith('by') && !natureTotal) continue;
    const parts: Mention[] = [];
    let style: 'enum' | 'comma' | null = null;
    for (const raw of a.bySentence.get(sentence) ?? []) {
      if (raw.q.start < p + hit[0].length) continue;
      const m = unitFromEnd(a, raw, total);
      if (m.q.kind !== total.q.kind || m.scale?.base !== total.scale?.base || m.key?.subject.startsWith('by')) break;
      // …，合计12期: the whole again, closing the list (totalAfterList compares it with the parts)
      if (/合计|总计|共计|小计/.test(a.text.slice(parts.at(-1)?.q.end ?? p + hit[0].length, m.q.start))) break;
      if (parts.length > 0) {
        const gap = a.text.slice(parts.at(-1)!.q.end, m.q.start);
        if (CLAUSE_BREAK.test(gap)) break;
        // a list joined by 、 ends at the first comma (…中学生85人，超过400人的年度目标)
        const s: 'enum' | 'comma' = /[，,]/.test(gap) ? 'comma' : 'enum';
        if (style === 'enum' && s === 'comma') {
          // A、B、C，其余N: the rest closes the list
          if (m.q.label !== null && REST.test(m.q.label)) parts.push(m);
          break;
        }
        style ??= s;
      }
      parts.push(m);
    }
    if (parts.length === 0 || !parts.every(isExact)) continue;
    const last = parts.at(-1)!;
    // 共N次，A、B、C分别为x、y、z: as many parts as names listed before 分别为 make up the whole
    const names = respectively ? a.text.slice(total.q.end, p).split(/[、和及]/).length : 0;
    const labels0 = parts.map((m) => m.q.label ?? '');
    // 全部用于以下三个项目：… — the list says it is all of it
    const usedFor = hit[0].startsWith('用于');
    const allUsed = usedFor && /全部|均/.test(a.text.slice(total.q.end, p)) && (statedItems(hit[0]) ?? parts.length) === parts.length;
    const basicSplit = total.key?.subject === 'byNature.basic' && parts.length === 2 && PERSONNEL.test(labels0[0]!) && OFFICE.test(labels0[1]!);
    const complete = (parts.length >= 2 && last.q.label !== null && REST.test(last.q.label)) || (respectively && parts.length >= 2 && names === parts.length) || (allUsed && parts.length >= 2) || basicSplit;
    const labels = parts.map((m) => m.q.label ?? '');
    // 主要用于 / 其中重点… names a selection, not a partition
    const selection = /主要|重点|部分/.test(a.text.slice(total.q.end, parts[0]!.q.start));
    const partitionLike = parts.length >= 2 && !selection && !labels.some((l) => ATTRIBUTE.test(l.replace(SCHOOL_KIND, ''))) && new Set(labels).size === labels.length;
    out.push({ kind: hit[0].startsWith('其中') ? 'qizhong' : 'list', total, parts, complete, partitionLike });
  }
  return out;
}

const isTotalRow = (subject: string) => subject === '' || subject.startsWith('row:合计#');

/** A 合计 row against the other rows of the same budget table, one relation per amount column. */
function tableSums(a: NumberAnalysis): SumRelation[] {
  const out: SumRelation[] = [];
  const rows = a.budgetRows;
  rows.forEach((row, i) => {
    if (!isTotalRow(row.subject)) return;
    const members = [];
    for (let j = i + 1; j < rows.length && rows[j]!.block === rows[j - 1]!.block + 1; j++) members.push(rows[j]!);
    for (let j = i - 1; j >= 0 && rows[j]!.block === rows[j + 1]!.block - 1; j--) members.push(rows[j]!);
    // rows above a bottom 合计 were collected upwards: back to document order
    members.sort((x, y) => x.block - y.block);
    const parts = members.filter((r) => !isTotalRow(r.subject) && !r.subject.startsWith('row:其中') && r.cells.length === row.cells.length);
    if (parts.length === 0) return;
    row.cells.forEach((cell, c) => {
      if (!AMOUNT_MEASURES.has(cell.measure)) return;
      const column = parts.map((r) => r.cells[c]!).filter((x) => x.name === cell.name);
      if (column.length !== parts.length) return;
      out.push({ kind: 'table', total: cell.mention, parts: column.map((x) => x.mention), complete: true, column: cell.name });
    });
  });
  return out;
}

/** Every total-and-components relation of the document. */
export function sumRelations(a: NumberAnalysis): SumRelation[] {
  return [...breakdowns(a), ...qizhong(a), ...totalAfterList(a), ...tableSums(a)];
}
