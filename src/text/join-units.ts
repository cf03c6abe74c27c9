import { endsSentence } from './chars';
import { classifyHeading, headingMarker } from './headings';
import type { Unit } from './units';

/**
 * Shorter unfinished units are labels (table headers such as "整体支出年" /
 * "初预算数"), not prose cut by a break; they are never joined.
 */
const MIN_JOIN_CHARS = 10;

/**
 * Joins units that a page break (or a table cell's wrapping) split mid-sentence:
 * "…《广州市花都区预算绩效" + "管理办法（试行）》的通知…" becomes one paragraph.
 * Positive layout evidence from the extractor (`continues`) wins; otherwise the text decides.
 */
export function joinSplitUnits(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out[out.length - 1];
    if (prev && shouldJoin(prev, u)) {
      appendUnit(prev, u);
    } else out.push(u);
  }
  return out;
}

function shouldJoin(a: Unit, b: Unit): boolean {
  if (a.kind !== 'paragraph' || b.kind !== 'paragraph') return false;
  if (a.styleLevel !== undefined || b.styleLevel !== undefined) return false;
  if (b.continues === true) return true;
  // continues === false (a new indented paragraph in a PDF) is not trusted on
  // its own: extracted text often carries a sentence that an earlier
  // conversion already split into two paragraphs, and all formats of one
  // report must read the same.
  const at = a.text.toString();
  const bt = b.text.toString();
  if (endsSentence(at)) return false;
  if (at.length < MIN_JOIN_CHARS) return false;
  if (classifyHeading(at)?.type === 'heading') return false;
  if (headingMarker(bt)) return false;
  if (/(报告|自评表|评价表)$/.test(at)) return false;
  if (bt.length <= 8 && /[：:]$/.test(bt)) return false;
  return true;
}

function appendUnit(a: Unit, b: Unit): void {
  a.text.append(b.text);
}
