/**
 * Growth and decline from two stated values: 全年支出X万元，较上年Y万元增长P%;
 * 受理Z件，较上年的Y件下降P%; 同比增长P%（上年为Y万人次）. The previous value is the
 * number right after 较上年/比上年/同比 (or in parentheses after the rate, 上年为Y); the
 * current value is the nearest number of the same unit before it, in the same sentence
 * (or, with less certainty, the sentence before in the same paragraph).
 */
import { canonicalLabel } from '../../../numbers';
import type { NumberAnalysis } from './analysis';
import { isExact, type Mention } from './mention';

interface GrowthRelation {
  rate: Mention;
  previous: Mention;
  current: Mention;
  direction: 'up' | 'down';
  /** The current value was found in the previous sentence (less certain). */
  nearby: boolean;
}

const VERB = /(增长|增加|提高|上升|提升|下降|减少|降低|回落|下滑|增幅|降幅|涨幅)(了|为|达|是)?\s*$/;
const DOWN = /下降|减少|降低|回落|下滑|降幅/;
/** 由X增加到Y / 从上年的X降至Y: the figure from, then the figure to. */
const FROM = /[由从](上年|去年|上一年|上年度|上年同期)?(的)?[^，,。；;\d]{0,8}?\s*$/;
const TO = /^\s*(增加到|增加至|增至|增长到|增长至|提高到|提高至|提升到|提升至|上升到|上升至|下降到|下降至|降至|降到|减少到|减少至|减至|降低到|降低至)\s*$/;
/** An average annual rate is not the change between the two figures. */
const AVERAGE = /年均|平均每年|年平均/;
const PREVIOUS_MARK = /(较|比|同比|相比)(上年|去年|上一年|上年度|上年同期|去年同期|(?:19|20)\d\d年度?)(的|同期的?)?([^，。；：、\d\s]{0,6}?)(为|的)?\s*$/;
const PAREN_PREVIOUS = /^\s*[（(]\s*(上年|去年|上年同期)(为|是|：|:)?\s*$/;
/** 比上年减少13.7万元 / 较上年增加5项: the number after the verb is the change, not last year's value. */
const CHANGE_AFTER_MARK = /(上年|去年|上一年|上年度|同期)[^，。；：、\d\s]{0,4}?(增加|减少|增长|下降|降低|提高|上升|节约|节省|压减|压缩|多|少|增|减)(了|约)?\s*$/;

/** 较上年X / 比2021年的X (the year before the report's, written out; another year is not 上年). */
function previousMark(a: NumberAnalysis, before: string): boolean {
  const m = PREVIOUS_MARK.exec(before);
  if (!m) return false;
  const year = /^(\d{4})年/.exec(m[2]!)?.[1];
  return year === undefined || (a.doc.year !== undefined && Number(year) === a.doc.year - 1);
}

function comparable(x: Mention, y: Mention): boolean {
  return x.q.kind !== 'percent' && x.q.kind === y.q.kind && (x.scale?.base ?? null) === (y.scale?.base ?? null) && x.scale !== null && isExact(x);
}

const CLAUSE_START = /[，,；;。：:\n]/;
const LEAD_WORDS = /^(与上年相比|与去年相比|同时|其中|此外|另外)/;

/** The words naming what grew, before 较上年 in its clause (公用经费较上年的…), or ''. */
function subjectWords(a: NumberAnalysis, prev: Mention): string {
  const head = a.text.slice(Math.max(0, prev.q.start - 16), prev.q.start);
  const mark = PREVIOUS_MARK.exec(head);
  if (!mark) return '';
  // 较上年执行数X: the words after 上年 say what grew
  if (mark[4]) return mark[4];
  const at = prev.q.start - head.length + mark.index;
  let k = at;
  while (k > 0 && at - k < 16 && !CLAUSE_START.test(a.text[k - 1]!)) k--;
  return a.text.slice(k, at).replace(/\s+/g, '').replace(LEAD_WORDS, '');
}

function sameThing(words: string, x: Mention): boolean {
  const l = (x.q.label ?? '').replace(/\s+/g, '');
  if (!l || !words) return false;
  if (l === words || l.endsWith(words) || words.endsWith(l)) return true;
  const cw = canonicalLabel(words);
  return cw !== null && cw === canonicalLabel(l);
}

/**
 * The current value: the nearest comparable number before `before` in the sentence; when the
 * clause names what grew (公用经费较上年…) and the sentence has none, the nearest comparable
 * number of the paragraph with that label (less certain).
 */
function currentFor(a: NumberAnalysis, prev: Mention, before: Mention): { m: Mention; nearby: boolean } | null {
  const words = subjectWords(a, prev);
  for (let i = before.id - 1; i >= 0; i--) {
    const x = a.mentions[i]!;
    if (x.block !== before.block) return null;
    const sameSentence = x.sentence === before.sentence;
    if (!sameSentence && !words && x.sentence < before.sentence - 1) return null;
    if (x === prev || !comparable(x, prev)) continue;
    if (PREVIOUS_MARK.test(a.text.slice(Math.max(0, x.q.start - 8), x.q.start))) continue;
    if (sameSentence) return { m: x, nearby: false };
    if (!words || sameThing(words, x)) return { m: x, nearby: true };
  }
  return null;
}

/** 本年度“三公”经费支出79.60万元，上年为86.38万元，同比下降…: a clause stating last year's value. */
const LAST_YEAR_IS = /(^|[，,；;。])\s*(上年|去年|上年同期|去年同期|上一年)(度)?(为|是|：|:|支出|共|实际)?\s*$/;
const LAST_YEAR_SENTENCE = /上年|去年|上一年/;

/** Last year's value in the sentence before `cur`'s (same paragraph, comparable unit), when that sentence is about last year. */
function lastYearBefore(a: NumberAnalysis, cur: Mention): Mention | undefined {
  const s = cur.sentence - 1;
  if (s < 0) return undefined;
  const from = a.seg.sentenceStart[s]!;
  if (!LAST_YEAR_SENTENCE.test(a.text.slice(from, a.seg.sentenceEnd[s]))) return undefined;
  const candidates = (a.bySentence.get(s) ?? []).filter((x) => x.block === cur.block && comparable(x, cur));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Every growth or decline rate whose two values are stated. */
export function growthRelations(a: NumberAnalysis): GrowthRelation[] {
  const out: GrowthRelation[] = [];
  for (const r of a.mentions) {
    if (r.q.kind !== 'percent' || r.q.unit !== '%' || !isExact(r) || r.inTable) continue;
    const p = a.mentions[r.id - 1];
    const gapFrom = p && p.sentence === r.sentence ? p.q.end : a.seg.sentenceStart[r.sentence]!;
    const verb = VERB.exec(a.text.slice(gapFrom, r.q.start));
    if (!verb) continue;
    const direction = DOWN.test(verb[1]!) ? 'down' : 'up';
    let previous: Mention | undefined;
    let anchor: Mention = r;
    const from = p ? a.mentions[p.id - 1] : undefined;
    if (
      p &&
      from &&
      from.sentence === r.sentence &&
      isExact(p) &&
      isExact(from) &&
      comparable(from, p) &&
      TO.test(a.text.slice(from.q.end, p.q.start)) &&
      FROM.test(a.text.slice(Math.max(0, from.q.start - 12), from.q.start))
    ) {
      // 由X增至Y，增长P%: the two figures stand together, X before Y
      const words = a.text.slice(a.seg.sentenceStart[r.sentence]!, r.q.start);
      if (!AVERAGE.test(words) && from.q.value.gt(0)) out.push({ rate: r, previous: from, current: p, direction, nearby: false });
      continue;
    }
    const beforeP = p ? a.text.slice(Math.max(0, p.q.start - 10), p.q.start) : '';
    if (p && p.sentence === r.sentence && ((previousMark(a, beforeP) && !CHANGE_AFTER_MARK.test(beforeP)) || LAST_YEAR_IS.test(a.text.slice(Math.max(0, p.q.start - 8), p.q.start))) && isExact(p)) {
      previous = p;
      anchor = p;
    } else {
      const n = a.mentions[r.id + 1];
      if (n && n.sentence === r.sentence && PAREN_PREVIOUS.test(a.text.slice(r.q.end, n.q.start)) && isExact(n)) previous = n;
    }
    if (!previous) {
      // 上年度共开展99场。本年度开展118场，同比增长22.8%: the current value right before the rate,
      // last year's in the sentence before (a warning: paired across sentences)
      const cur = p && p.sentence === r.sentence && isExact(p) && p.q.kind !== 'percent' ? p : undefined;
      const last = cur ? lastYearBefore(a, cur) : undefined;
      if (cur && last && last.q.value.gt(0)) out.push({ rate: r, previous: last, current: cur, direction, nearby: true });
      continue;
    }
    if (!previous.q.value.gt(0)) continue;
    const cur = currentFor(a, previous, anchor);
    if (!cur) continue;
    out.push({ rate: r, previous, current: cur.m, direction, nearby: cur.nearby });
  }
  return out;
}
