import { endsSentence } from './chars';
import { classifyHeading, headingMarker } from './headings';
import type { Unit } from './units';

/**
 * Shorter unfinished units are labels (table headers such as "整体支出年" /
 * "初预算数"), not prose cut by a break; they are never joined.
 */
const MIN_JOIN_CHARS = 10;

/**
 * How much of the end of a unit decides a join. A longer unit is never a heading (a heading
 * is a marker of at most 6 characters and at most MAX_HEADING_CHARS more), and cleaned units
 * never end in whitespace, so the last TAIL characters decide as the whole unit would.
 */
const TAIL = 200;

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
  // `a` may already be a long run of joined lines: only its end (and, when it is short enough
  // to be a heading, all of it) is read, so joining many lines stays linear.
  const end = a.text.length <= TAIL ? a.text.toString() : a.text.tail(TAIL);
  const bt = b.text.toString();
  if (endsSentence(end)) return false;
  if (a.text.length < MIN_JOIN_CHARS) return false;
  if (a.text.length <= TAIL && classifyHeading(end)?.type === 'heading') return false;
  if (headingMarker(bt)) return false;
  if (/(报告|自评表|评价表)$/.test(end)) return false;
  if (bt.length <= 8 && /[：:]$/.test(bt)) return false;
  return true;
}

function appendUnit(a: Unit, b: Unit): void {
  a.text.append(b.text);
}
