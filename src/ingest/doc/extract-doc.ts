import * as CFB from 'cfb';
import { JixiaoError } from '../../errors';
import type { RawBlock, RawDocument } from '../../model/raw';
import { DocFormatError, readFib, readMainText, readParagraphProps, readPieces, splitParagraphs, type DocParagraph } from './word-binary';

/**
 * Reads a Word 97–2003 .doc into raw blocks: paragraphs in reading order, table rows with their
 * cells. A .doc carries no heading styles here: headings are recovered from their numbering
 * (一、 （一） 1. （1）) by normalization, as for TXT and PDF.
 */
export function extractDoc(bytes: Uint8Array): RawDocument {
  let table: Uint8Array;
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'array' });
  } catch {
    throw new JixiaoError('DOC_CORRUPT');
  }
  const stream = (name: string) => {
    const e = CFB.find(container, name);
    return e?.content ? new Uint8Array(e.content as ArrayLike<number>) : undefined;
  };
  const wordStream = stream('WordDocument');
  if (!wordStream) {
    // An OLE file that is not a Word document: Excel, PowerPoint, WPS…, or an encrypted OOXML package.
    if (stream('EncryptionInfo') && stream('EncryptedPackage')) throw new JixiaoError('DOC_ENCRYPTED', '这是加密的 Word 文件（设有打开密码）：请在 Word 或 WPS 中取消密码后再上传。');
    throw new JixiaoError('UNSUPPORTED_TYPE', '不支持的文件类型：这是旧版 Office 文件但不是 Word 文档（可能是 .xls、.ppt 或 .wps）：请另存为 .docx 或 PDF 后再上传。');
  }
  const word = wordStream;
  try {
    const fib = readFib(word);
    if (fib.encrypted || fib.obfuscated) throw new JixiaoError('DOC_ENCRYPTED');
    if (fib.nFib < 0xc1) throw new JixiaoError('DOC_CORRUPT', '这是 Word 6.0/95 或更早格式的 .doc，无法读取：请在 Word 或 WPS 中另存为 .docx 后再上传。');
    const t = stream(fib.tableStream);
    if (!t) throw new DocFormatError(`missing ${fib.tableStream}`);
    table = t;
    const pieces = readPieces(table, fib);
    const { text, fcs } = readMainText(word, pieces, fib.ccpText);
    const paragraphs = splitParagraphs(text, fcs, readParagraphProps(word, table, fib));
    return { format: 'doc', blocks: toBlocks(paragraphs) };
  } catch (err) {
    if (err instanceof JixiaoError) throw err;
    throw new JixiaoError('DOC_CORRUPT');
  }
}

/** Paragraphs → raw blocks; table cell paragraphs gather into cells, cells into rows. */
function toBlocks(paragraphs: DocParagraph[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let cells: string[] = [];
  let cell: string[] = [];
  for (const p of paragraphs) {
    if (!p.inTable && !p.rowEnd) {
      if (cell.length || cells.length) flushRow();
      if (p.text.trim() !== '') blocks.push({ text: p.text });
      continue;
    }
    if (p.rowEnd) {
      flushRow();
      continue;
    }
    if (p.text.trim() !== '') cell.push(p.text.replace(/\n/g, ' '));
    if (p.cellEnd) {
      cells.push(cell.join(' '));
      cell = [];
    }
  }
  flushRow();
  return blocks;

  function flushRow() {
    if (cell.length) cells.push(cell.join(' '));
    const kept = cells.filter((c) => c.trim() !== '');
    if (kept.length > 0) blocks.push({ text: kept.join(' '), kind: 'table-row', cells: kept });
    cells = [];
    cell = [];
  }
}
