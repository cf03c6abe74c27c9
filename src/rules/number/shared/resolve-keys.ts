/**
 * Figure keys for narrative quantities: the label's canonical key, with the subject
 * carried over inside a ；-segment (其中，基本支出预算数…，执行数… → 基本支出's 执行数)
 * and a bare measure counted as the department's when the sentence or section says so.
 */
import type { ReportDocument } from '../../../model/document';
import type { Segmentation } from './segments';
import { kindFits, labelKey, type Measure } from './figure-key';
import type { Mention } from './mention';

const DEPARTMENT_SCOPE = /本部门|本单位|我部门|我单位|我会|我委|我局|我办|我院|我厅|部门整体|单位整体|整体收入|整体支出|部门预算|部门决算/;
const OVERALL_QUALIFIER = /^(全年|部门整体|单位整体|整体|本年度)/;
const BUDGET_SECTION = /收支|整体支出|预算执行|资金(使用)?情况|财务/;

/** Whether a bare measure at `m` speaks of the department as a whole. */
function departmentScope(doc: ReportDocument, text: string, seg: Segmentation, m: Mention): boolean {
  const sentenceText = text.slice(seg.sentenceStart[m.sentence]!, m.q.start);
  if (DEPARTMENT_SCOPE.test(sentenceText)) return true;
  if (m.q.label && OVERALL_QUALIFIER.test(m.q.label)) return true;
  const title = doc.blocks[m.block]?.path.at(-1) ?? '';
  return BUDGET_SECTION.test(title) && !title.includes('项目');
}

/** The measure of a category named alone (基本支出：2,586.53万元): what the list breaks down. */
function categoryMeasure(text: string, seg: Segmentation, m: Mention, before: Mention[]): Measure {
  const start = seg.sentenceStart[m.sentence]!;
  const prefix = text.slice(start, m.q.start);
  const qz = prefix.lastIndexOf('其中');
  if (qz >= 0) {
    const total = [...before].reverse().find((b) => b.sentence === m.sentence && b.q.end <= start + qz && b.key && b.q.kind === 'amount');
    if (total?.key) return total.key.measure;
  }
  if (/年初预算[^，。；]{0,8}(按|分类)/.test(prefix)) return 'budget.initial';
  if (/预算[^，。；]{0,8}(按|分类)/.test(prefix) && !/支出[^，。；]{0,4}(按|分类)/.test(prefix)) return 'budget.adjusted';
  return 'execution';
}

const OTHER_PERIOD = /(上年|去年|上一年|上年度|上一年度|同期|前年)[^，。；：、]{0,6}$/;

/**
 * Whether the figure belongs to another year than the report's: 上年执行数, or a label
 * right after a year (2020年执行数 in a 2021 report). Such figures get no key.
 */
export function otherPeriod(doc: ReportDocument, text: string, m: Mention, prev: Mention | undefined): boolean {
  const label = m.q.label ?? '';
  const found = text.lastIndexOf(label, m.q.start);
  const labelStart = found >= 0 && m.q.start - found <= label.length + 8 ? found : Math.max(0, m.q.start - label.length);
  if (OTHER_PERIOD.test(text.slice(Math.max(0, labelStart - 8), m.q.start))) return true;
  if (!prev || prev.q.kind !== 'year' || doc.year === undefined) return false;
  return labelStart - prev.q.end <= 2 && !prev.q.value.eq(doc.year);
}

/** Sets `key` on every labelled amount, rate and score not already keyed by a table column. */
export function resolveKeys(doc: ReportDocument, text: string, seg: Segmentation, mentions: Mention[]): void {
  let segmentId = -1;
  let subject: string | undefined;
  const done: Mention[] = [];
  for (const m of mentions) {
    if (m.segment !== segmentId) {
      segmentId = m.segment;
      subject = undefined;
    }
    if (m.key) {
      done.push(m);
      continue;
    }
    const parsed = m.inTable || otherPeriod(doc, text, m, mentions[m.id - 1]) ? null : labelKey(m.q.label);
    if (parsed?.subject !== undefined) subject = parsed.subject;
    if (parsed && (parsed.measure !== undefined || parsed.subject !== undefined)) {
      const measure = parsed.measure ?? categoryMeasure(text, seg, m, done);
      if (kindFits(measure, m.q.kind)) {
        const s = parsed.subject ?? subject ?? (measure === 'selfScore' || measure === 'income' || departmentScope(doc, text, seg, m) ? '' : '?');
        m.key = { subject: s, measure };
      }
    }
    done.push(m);
  }
}
