import type { ReportDocument } from '../model/document';
import type { Location } from './types';

/**
 * Index of the block containing an offset (binary search over block spans); an
 * offset between blocks gives the next block, past the end the last one.
 */
export function blockIndexAt(doc: ReportDocument, offset: number): number {
  let lo = 0;
  let hi = doc.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = doc.blocks[mid]!;
    if (offset < b.span.start) hi = mid - 1;
    else if (offset >= b.span.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, doc.blocks.length - 1));
}

/** The block containing an offset (see {@link blockIndexAt}). */
export function blockAt(doc: ReportDocument, offset: number) {
  return doc.blocks[blockIndexAt(doc, offset)];
}

/** A Location for a span of a document, with its quote, section path and page. */
export function locate(doc: ReportDocument, start: number, end: number, file?: string): Location {
  const b = blockAt(doc, start);
  const loc: Location = { start, end, quote: doc.text.slice(start, end), path: b?.path ?? [] };
  if (b?.page !== undefined) loc.page = b.page;
  if (file !== undefined) {
    loc.file = file;
    loc.documentId = doc.id;
    loc.title = doc.title;
  }
  return loc;
}
