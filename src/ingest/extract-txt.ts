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
  const text = decodeText(bytes).replace(/\r\n?/g, '\n');
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
