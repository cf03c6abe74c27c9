/**
 * Visual lines → paragraphs (RawBlocks), with table rows and page-break continuation hints.
 */
import type { RawBlock } from '../../model/raw';
import type { Line } from './lines';
import { endsShort, frameOf, isBalanced, isCentred, isIndented, linePitches, sizeKey, typicalSize, type PageFrame } from './metrics';

/** Heading/list markers that open a paragraph: 一、 （一） 1. 1、 1． （1） (1) 第一章. */
const HEADING = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|\d{1,2}[、．.](?![\d.．])|[（(]\d{1,2}[）)]|第[一二三四五六七八九十百\d]+[章节部分条])/;
/** Sentence-final punctuation, optionally followed by closing quotes/brackets. */
const SENTENCE_END = /[。！？；…!?;][”’」』）)》】〕"']*$/;
const NUMERIC_CELL = /^[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[%％]?$/;

function isHeadingStart(text: string): boolean {
  return HEADING.test(text.trimStart());
}

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** Cells of a line that reads as a table row (separated cells, some numeric), else undefined. */
export function tableCells(line: Line): string[] | undefined {
  const cells = line.segments.map((s) => s.text).filter((t) => t !== '');
  if (cells.length < 2) return undefined;
  const numeric = cells.filter((c) => NUMERIC_CELL.test(c.replace(/\s+/g, '')));
  if (numeric.length === 0) return undefined;
  // Letters spread across the line (distributed alignment) are not cells.
  if (cells.join('').length < 2 * cells.length) return undefined;
  if (cells.length === 2) {
    // Two cells: only a label and a measured value (not a bare integer like a TOC page number).
    const value = numeric[0]!;
    const label = cells.find((c) => c !== value);
    if (!/[.%％]/.test(value) || label === undefined || NUMERIC_CELL.test(label) || label.length > 30) return undefined;
  }
  return cells;
}

interface Context {
  frames: PageFrame[];
  bodySize: number;
  /** Line pitch inside paragraphs, by font size key. */
  pitches: Map<number, number>;
  usesIndent: boolean;
}

/**
 * Builds paragraph and table-row blocks from each page's body lines (pages 1-based by index + 1).
 * pageWidths (when known) lets landscape pages get their own edges.
 */
export function linesToBlocks(pages: readonly Line[][], pageWidths: readonly number[] = []): RawBlock[] {
  const ctx = measure(pages, pageWidths);
  const blocks: RawBlock[] = [];
  let prevPageTail: { line: Line; frame: PageFrame; table: boolean } | undefined;

  pages.forEach((lines, index) => {
    const page = index + 1;
    const frame = ctx.frames[index]!;
    let para: Line[] = [];
    let firstOfPage = true;
    const flush = () => {
      if (para.length === 0) return;
      const block: RawBlock = { text: para.map((l) => l.text).join('\n'), page };
      if (firstOfPage) {
        const c = continuesFrom(prevPageTail, para[0]!, frame, ctx);
        if (c !== undefined) block.continues = c;
        firstOfPage = false;
      }
      blocks.push(block);
      para = [];
    };

    for (const [i, line] of lines.entries()) {
      const cells = tableCells(line);
      if (cells !== undefined) {
        flush();
        blocks.push({ kind: 'table-row', cells, text: cells.join(' '), page });
        firstOfPage = false;
        continue;
      }
      const prev = i > 0 ? lines[i - 1] : undefined;
      if (para.length > 0 && prev !== undefined && startsParagraph(prev, line, para[0]!, frame, ctx)) flush();
      para.push(line);
    }
    flush();
    // A page without text (a full-page picture) leaves the next page's start undecided.
    const last = lines[lines.length - 1];
    prevPageTail = last === undefined ? undefined : { line: last, frame, table: tableCells(last) !== undefined };
  });
  return blocks;
}

function measure(pages: readonly Line[][], widths: readonly number[]): Context {
  const all = pages.flat();
  const size = typicalSize(all);
  const docFrame = frameOf(all) ?? fallbackFrame(all);
  // Edges per kind of page (page width and odd/even, for landscape pages and mirrored margins);
  // a page's own edges only where they agree with its kind's: a page of short lines would
  // otherwise pass its longest short line off as the right edge.
  const kindOf = (i: number) => `${Math.round(widths[i] ?? 0)}|${i % 2}`;
  const kindFrames = new Map<string, PageFrame>();
  for (const kind of new Set(pages.map((_, i) => kindOf(i)))) {
    const lines = pages.filter((_, i) => kindOf(i) === kind).flat();
    kindFrames.set(kind, frameOf(lines) ?? docFrame);
  }
  const frames = pages.map((lines, i) => {
    const kindFrame = kindFrames.get(kindOf(i)) ?? docFrame;
    const f = lines.length >= 5 ? frameOf(lines) : undefined;
    if (f === undefined || Math.abs(f.left - kindFrame.left) > size || Math.abs(f.right - kindFrame.right) > size) {
      return kindFrame;
    }
    return f;
  });
  // Does this document indent first lines? Look at lines that follow a clearly short line.
  let indented = 0;
  let total = 0;
  pages.forEach((lines, p) => {
    for (let i = 1; i < lines.length; i++) {
      const prev = lines[i - 1]!;
      const line = lines[i]!;
      if (isHeadingStart(line.text) || tableCells(line) || isCentred(line, frames[p]!)) continue;
      if (!endsShort(prev, frames[p]!, line)) continue;
      total += 1;
      if (isIndented(line, frames[p]!)) indented += 1;
    }
  });
  return { frames, bodySize: size, pitches: linePitches(pages), usesIndent: indented >= 3 && indented >= 0.6 * total };
}

function fallbackFrame(lines: readonly Line[]): PageFrame {
  if (lines.length === 0) return { left: 0, right: 0 };
  return { left: Math.min(...lines.map((l) => l.x0)), right: Math.max(...lines.map((l) => l.x1)) };
}

/** Whether `line` opens a new paragraph after `prev` (`first` is the current paragraph's first line). */
function startsParagraph(prev: Line, line: Line, first: Line, frame: PageFrame, ctx: Context): boolean {
  const size = Math.max(prev.size, line.size);
  if (Math.abs(prev.size - line.size) > 0.15 * size) return true;
  const pitch = ctx.pitches.get(sizeKey(line.size));
  if (pitch !== undefined && prev.y - line.y > 1.35 * pitch) return true;

  const short = endsShort(prev, frame, line);
  const midSentence = !short && !endsSentence(prev.text) && !/[：:，,、]$/.test(prev.text.trimEnd());
  // A wrapped centred title: each line centred (or the first one full), none ending a sentence.
  if (centredPair(prev, line, frame, ctx.bodySize) && !endsSentence(prev.text)) return isHeadingStart(line.text);
  if (isHeadingStart(line.text)) return !midSentence;
  if (short) return true;
  if (isIndented(line, frame)) {
    // A block set in from the margin, or a hanging indent after a list marker, keeps going.
    const sameIndent = Math.abs(line.x0 - prev.x0) < 0.5 * line.size;
    if (sameIndent && !(ctx.usesIndent && endsSentence(prev.text))) return false;
    if (isHeadingStart(first.text) && prev === first && line.x0 > first.x0) return false;
    return true;
  }
  return false;
}

/** Two lines of one centred paragraph (a title in a larger size, or both set well inside the edges). */
function centredPair(prev: Line, line: Line, frame: PageFrame, bodySize: number): boolean {
  if (!isBalanced(prev, frame) || !isBalanced(line, frame)) return false;
  if (line.x0 - frame.left < 0.5 * line.size) return false;
  if (line.size > 1.1 * bodySize) return true;
  return isCentred(prev, frame) && isCentred(line, frame);
}

/**
 * Page-break evidence for the first block of a page: true when the previous page's last line
 * ran to the right edge mid-sentence and this line is not indented and not a heading.
 */
function continuesFrom(tail: { line: Line; frame: PageFrame; table: boolean } | undefined, first: Line, frame: PageFrame, ctx: Context): boolean | undefined {
  if (tail === undefined) return undefined;
  if (isHeadingStart(first.text)) return false;
  if (tail.table) return undefined;
  if (isIndented(first, frame) && !isCentred(first, frame)) return false;
  if (endsShort(tail.line, tail.frame, first)) return false;
  if (isCentred(first, frame)) return undefined;
  if (ctx.usesIndent) return true;
  return endsSentence(tail.line.text) ? undefined : true;
}
