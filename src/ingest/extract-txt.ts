import type { RawBlock, RawDocument } from '../model/raw';
import { decodeText } from './decode-text';

/**
 * Splits a text file into one block per line: extracted text wraps
 * unpredictably (a blank line may split a sentence at a page break, two
 * paragraphs may sit on adjacent lines), so normalization decides which lines
 * belong together. A form feed (what pdftotext writes between pages) starts a
 * new page.
 */
export function extractTxt(bytes: Uint8Array): RawDocument {
  return splitTxt(decodeText(bytes));
}

/**
 * Pasted text, read as extractTxt reads the same text saved as UTF-8: leading BOMs are
 * dropped (up to two, as decoding does) and a lone surrogate becomes U+FFFD (what encoding to UTF-8 and decoding does),
 * without encoding and decoding it.
 */
export function extractPastedText(text: string): RawDocument {
  let t = (text as unknown as { toWellFormed(): string }).toWellFormed();
  // decodeText drops a UTF-8 BOM, then its TextDecoder drops one more
  for (let k = 0; k < 2 && t.charCodeAt(0) === 0xfeff; k++) t = t.slice(1);
  return splitTxt(t);
}

function splitTxt(decoded: string): RawDocument {
  const text = decoded.replace(/\r\n?/g, '\n');
  const pages = text.split('\f');
  const blocks: RawBlock[] = [];
  const paged = pages.length > 1;
  pages.forEach((pageText, p) => {
    for (const line of pageText.split('\n')) {
      if (line.trim() === '') continue;
      blocks.push(paged ? { text: line, page: p + 1 } : { text: line });
    }
  });
  return paged ? { format: 'txt', blocks, pageCount: pages.length } : { format: 'txt', blocks };
}
