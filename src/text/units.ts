import type { RawBlock, RawDocument } from '../model/raw';
import { appendCleanLine, appendCleanLines } from './clean-line';
import { MappedString } from './mapped-string';
import { isAttachmentLabel, isPageNumber } from './page-furniture';
import { splitTableCells } from './table-cells';

/** A cleaned paragraph-like unit, before joining and classification. */
export interface Unit {
  kind: 'paragraph' | 'table-row';
  text: MappedString;
  page?: number;
  cells?: string[];
  /** Heading level from a DOCX style, when the extractor saw one. */
  styleLevel?: number;
  continues?: boolean;
}

/** The original text: raw blocks separated by blank lines, and each block's offset in it. */
export function originalText(raw: RawDocument): { original: string; origins: number[] } {
  const origins: number[] = [];
  let pos = 0;
  for (const b of raw.blocks) {
    origins.push(pos);
    pos += b.text.length + 2;
  }
  return { original: raw.blocks.map((b) => b.text).join('\n\n'), origins };
}

/** Cleans every raw block into units, dropping page numbers and attachment labels. */
export function toUnits(raw: RawDocument, origins: number[]): Unit[] {
  const units: Unit[] = [];
  raw.blocks.forEach((block, i) => units.push(...blockUnits(block, origins[i]!)));
  return units;
}

function blockUnits(block: RawBlock, origin: number): Unit[] {
  if (block.kind === 'table-row' && block.cells?.length) {
    return [tableUnit(block.text, block.cells, origin, block.page)];
  }
  const lines = splitLines(block.text);
  const content = lines.filter((l) => !isPageNumber(l.text) && !isAttachmentLabel(l.text) && l.text.trim() !== '');
  if (content.length === 0) return [];
  if (block.kind === 'heading') {
    const text = new MappedString();
    for (const l of content) appendCleanLine(text, l.text, origin + l.offset);
    return [{ kind: 'paragraph', text, page: block.page, styleLevel: block.level ?? 1, continues: false }];
  }
  // Table rows inside a multi-line block become their own units; the other
  // consecutive lines form paragraphs.
  const units: Unit[] = [];
  let para: typeof content = [];
  const flush = () => {
    if (para.length === 0) return;
    const text = new MappedString();
    const first = para[0]!.offset;
    const last = para[para.length - 1]!;
    appendCleanLines(text, block.text.slice(first, last.offset + last.text.length), origin + first);
    units.push({
      kind: 'paragraph',
      text,
      page: block.page,
      continues: units.length === 0 ? block.continues : false,
    });
    para = [];
  };
  for (const l of content) {
    const cells = splitTableCells(l.text);
    if (cells) {
      flush();
      units.push(tableUnit(l.text, cells, origin + l.offset, block.page));
    } else para.push(l);
  }
  flush();
  return units;
}

function splitLines(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    out.push({ text: line, offset });
    offset += line.length + 1;
  }
  return out;
}

function tableUnit(line: string, cells: string[], origin: number, page?: number): Unit {
  const text = new MappedString();
  const clean: string[] = [];
  let from = 0;
  for (const cell of cells) {
    const at = line.indexOf(cell, from);
    const before = text.length;
    if (text.length > 0) text.insert(' ');
    if (at >= 0) {
      appendCleanLine(text, cell, origin + at);
      from = at + cell.length;
    } else text.insert(cell);
    clean.push(text.toString().slice(before === 0 ? 0 : before + 1));
  }
  return { kind: 'table-row', text, page, cells: clean, continues: false };
}
