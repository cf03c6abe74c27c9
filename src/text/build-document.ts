import type { Block, ReportDocument, Section } from '../model/document';
import type { RawDocument } from '../model/raw';
import { classifyHeading, headingMarker, isSingleSentenceItem, markerStyle } from './headings';
import { joinSplitUnits } from './join-units';
import { MappedString } from './mapped-string';
import { findDepartment, findYear, looksLikeTitle } from './metadata';
import { originalText, toUnits, type Unit } from './units';

/**
 * Turns extracted blocks into a ReportDocument: cleans and joins the text
 * once, classifies headings, builds the section tree and the offset map.
 */
export async function buildDocument(raw: RawDocument): Promise<ReportDocument> {
  const { original, origins } = originalText(raw);
  const units = joinSplitUnits(toUnits(raw, origins));
  const text = new MappedString();
  const blocks: Block[] = [];
  const sections: Section[] = [];
  const stack: Section[] = [];
  let title: string | undefined;
  let seenSection = false;
  let sectionCount = 0;

  const contents = units.map((u) => u.text.toString());
  const listItems = findListItems(units, contents);

  units.forEach((u, i) => {
    if (text.length > 0) text.insert('\n');
    const start = text.length;
    text.append(u.text);
    const end = text.length;
    const content = contents[i]!;
    const id = `b${i + 1}`;
    const opens = u.kind === 'paragraph' && !listItems.has(i) ? sectionOpening(u, content) : null;
    let kind: Block['kind'] = u.kind === 'table-row' ? 'table-row' : opens?.type === 'heading' ? 'heading' : 'paragraph';
    if (!seenSection && !opens && title === undefined && u.kind === 'paragraph' && looksLikeTitle(content)) {
      title = content;
      kind = 'heading';
    }
    if (opens) {
      seenSection = true;
      while (stack.length > 0 && stack[stack.length - 1]!.level >= opens.level) stack.pop();
      const section: Section = {
        id: `s${++sectionCount}`,
        title: opens.title,
        level: opens.level,
        span: { start, end },
        blockId: id,
        children: [],
      };
      const parent = stack[stack.length - 1];
      (parent ? parent.children : sections).push(section);
      stack.push(section);
    }
    for (const s of stack) s.span.end = end;
    const block: Block = { id, kind, span: { start, end }, path: stack.map((s) => s.title) };
    const inner = stack[stack.length - 1];
    if (inner) block.sectionId = inner.id;
    if (u.page !== undefined) block.page = u.page;
    if (u.cells) block.cells = u.cells;
    blocks.push(block);
  });

  const normalized = text.toString();
  const opening = normalized.slice(0, 600);
  const docTitle = title ?? fallbackTitle(normalized);
  const doc: ReportDocument = {
    id: await contentId(normalized),
    title: docTitle,
    format: raw.format,
    text: normalized,
    blocks,
    sections,
    original,
    offsetMap: text.toOffsetMap(),
  };
  const year = findYear(docTitle, opening);
  if (year !== undefined) doc.year = year;
  const department = findDepartment(docTitle, opening);
  if (department !== undefined) doc.department = department;
  if (raw.pageCount !== undefined) doc.pageCount = raw.pageCount;
  return doc;
}

function sectionOpening(u: Unit, content: string): { type: 'heading' | 'lead'; level: number; title: string } | null {
  const c = classifyHeading(content);
  if (u.styleLevel !== undefined) return { type: 'heading', level: c?.level ?? u.styleLevel, title: content };
  return c;
}

/**
 * Units that are items of a numbered list (two or more consecutive
 * single-sentence paragraphs with the same marker style), not headings.
 */
function findListItems(units: Unit[], contents: string[]): Set<number> {
  const style = (i: number) => {
    const u = units[i];
    const c = contents[i];
    if (!u || c === undefined || u.kind !== 'paragraph' || u.styleLevel !== undefined || !isSingleSentenceItem(c)) return null;
    return markerStyle(headingMarker(c)!.marker);
  };
  const items = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    const s = style(i);
    if (s !== null && (style(i - 1) === s || style(i + 1) === s)) items.add(i);
  }
  return items;
}

function fallbackTitle(text: string): string {
  const first = text.split('\n', 1)[0] ?? '';
  return first.length > 0 && first.length <= 60 && !/[。；]/.test(first) ? first : '未命名报告';
}

/** A short content hash: the same normalized text always gets the same id. */
async function contentId(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}
