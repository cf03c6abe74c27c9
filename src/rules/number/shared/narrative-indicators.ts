/**
 * Targets and actuals stated in running text, not in a 自评表:
 * - in one sentence: 全年培训基层干部1,180人次，年度目标为不少于1,200人次;
 * - across the report: a target with a bound (不少于40种, 保持在95%以上, 控制在5个工作日以内) in the
 *   年度工作 part, and the actual under similar words elsewhere (品种达到36种).
 * The bound gives the direction (a floor or a ceiling); nothing is guessed from the name.
 */
import type { NumberAnalysis } from './analysis';
import { judge, looseUnit } from '../../../domain';
import { isExact, type Mention } from './mention';
import { labelSimilarity } from './slips';

interface NarrativePair {
  target: Mention;
  actual: Mention;
  ceiling: boolean;
  /** Target and actual in one sentence (the pairing is certain). */
  sameSentence: boolean;
}

const FLOOR_BEFORE = /(不少于|不低于|至少|不小于|保持在|稳定在|达到)\s*$/;
const CEILING_BEFORE = /(不超过|不高于|不多于|控制在|压减到|压缩到)\s*$/;
const TARGET_BEFORE = /(目标|计划|任务|要求|考核)[^，。；]{0,6}$/;
const TARGET_SECTION = /任务|目标|计划/;
const CUMULATIVE = /累计|截至|截止|历年|总量|现有|共有/;
const CLAUSE = /[，,。；;！？\n]/;

function clauseBefore(a: NumberAnalysis, m: Mention): string {
  let k = m.q.start;
  while (k > 0 && m.q.start - k < 30 && !CLAUSE.test(a.text[k - 1]!)) k--;
  return a.text.slice(k, m.q.start);
}

/** 'floor' or 'ceiling' when the number is stated as a target, else null. */
function targetBound(a: NumberAnalysis, m: Mention): 'floor' | 'ceiling' | null {
  const before = clauseBefore(a, m);
  const after = m.q.approx?.after;
  const inTargetPlace = TARGET_BEFORE.test(before) || TARGET_SECTION.test(a.doc.blocks[m.block]?.path.at(-1) ?? '');
  if (!inTargetPlace) return null;
  if (after === '以内' || after === '以下' || CEILING_BEFORE.test(before)) return 'ceiling';
  if (after === '以上' || /(不少于|不低于|至少|不小于)\s*$/.test(before)) return 'floor';
  if (TARGET_BEFORE.test(before) && /(目标|计划|任务)(值)?(为|是|：|:)?\s*$/.test(before)) return 'floor';
  if (FLOOR_BEFORE.test(before) && TARGET_SECTION.test(a.doc.blocks[m.block]?.path.at(-1) ?? '')) return 'floor';
  return null;
}

function comparable(x: Mention, y: Mention): boolean {
  return (x.q.kind === 'count' || x.q.kind === 'percent') && x.q.kind === y.q.kind && looseUnit(x.unit) === looseUnit(y.unit) && (x.scale?.power ?? 0) === (y.scale?.power ?? 0);
}

function contextWords(a: NumberAnalysis, m: Mention): string {
  return clauseBefore(a, m).replace(/(不少于|不低于|至少|保持在|稳定在|达到|控制在|为|是|达)\s*$/, '');
}

/** Target/actual pairs stated in the text. */
export function narrativePairs(a: NumberAnalysis): NarrativePair[] {
  const targets: Array<{ m: Mention; ceiling: boolean }> = [];
  const bound = new Map<number, 'floor' | 'ceiling'>();
  for (const m of a.mentions) {
    if (m.inTable || m.q.range || (m.q.kind !== 'count' && m.q.kind !== 'percent')) continue;
    const b = targetBound(a, m);
    if (!b) continue;
    bound.set(m.id, b);
    targets.push({ m, ceiling: b === 'ceiling' });
  }
  const out: NarrativePair[] = [];
  for (const { m: t, ceiling } of targets) {
    // the actual right before the target in its sentence
    for (let i = t.id - 1; i >= 0; i--) {
      const x = a.mentions[i]!;
      if (x.sentence !== t.sentence) break;
      if (bound.has(x.id) || !isExact(x) || !comparable(x, t)) continue;
      out.push({ target: t, actual: x, ceiling, sameSentence: true });
      break;
    }
    if (out.at(-1)?.target === t) continue;
    // the actual under similar words elsewhere
    const tw = contextWords(a, t);
    if (CUMULATIVE.test(tw)) continue;
    let best: { x: Mention; s: number } | null = null;
    for (const x of a.mentions) {
      if (x.sentence === t.sentence || bound.has(x.id) || !isExact(x) || x.inTable || !comparable(x, t)) continue;
      const xw = contextWords(a, x);
      if (CUMULATIVE.test(xw)) continue;
      const s = labelSimilarity(tw, xw);
      if (s >= 0.6 && (!best || s > best.s)) best = { x, s };
    }
    if (best) out.push({ target: t, actual: best.x, ceiling, sameSentence: false });
  }
  return out;
}

/** Whether the actual falls short of the target (the bound gives the direction: a ceiling means lower is better). */
export function narrativeShortfall(p: NarrativePair): boolean {
  return judge(p.target.q.value, p.actual.q.value, p.ceiling ? 'lower' : 'higher') === 'below';
}
