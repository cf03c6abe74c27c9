/**
 * The text of a Word 97–2003 binary document ([MS-DOC]): the FIB at the start of the
 * WordDocument stream, the piece table (CLX) in the table stream, and the paragraph
 * properties (PAPX in FKPs) that say which paragraphs are table cells and row ends.
 *
 * Only what reading a report needs: the main document text (first ccpText characters), its
 * paragraphs, and table rows. Pure byte work (DataView), so it runs in Node and in the Worker.
 */

export class DocFormatError extends Error {}

export interface DocParagraph {
  text: string;
  /** In a table: a cell's paragraph (not the row end). */
  inTable: boolean;
  /** The end-of-row mark paragraph of a table row. */
  rowEnd: boolean;
  /** Ends with the cell mark (0x07): the last paragraph of a cell. */
  cellEnd: boolean;
}

interface Fib {
  /** File format version: 0x00C1 and later are Word 97 and newer; Word 6.0/95 files are older. */
  nFib: number;
  encrypted: boolean;
  obfuscated: boolean;
  tableStream: '0Table' | '1Table';
  ccpText: number;
  fcClx: number;
  lcbClx: number;
  fcPlcfBtePapx: number;
  lcbPlcfBtePapx: number;
}

/** Reads the FIB fields this module needs. */
export function readFib(word: Uint8Array): Fib {
  if (word.length < 0x1aa) throw new DocFormatError('WordDocument stream too short');
  const v = view(word);
  if (v.getUint16(0, true) !== 0xa5ec) throw new DocFormatError('not a Word document (wIdent)');
  const flags = v.getUint16(0x0a, true);
  return {
    nFib: v.getUint16(2, true),
    encrypted: (flags & 0x0100) !== 0,
    obfuscated: (flags & 0x8000) !== 0,
    tableStream: flags & 0x0200 ? '1Table' : '0Table',
    ccpText: v.getInt32(0x4c, true),
    fcPlcfBtePapx: v.getUint32(0x102, true),
    lcbPlcfBtePapx: v.getUint32(0x106, true),
    fcClx: v.getUint32(0x1a2, true),
    lcbClx: v.getUint32(0x1a6, true),
  };
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  compressed: boolean;
}

/** The pieces of the main text, from the CLX (skipping its Prc property runs). */
export function readPieces(table: Uint8Array, fib: Fib): Piece[] {
  if (fib.fcClx + fib.lcbClx > table.length || fib.lcbClx === 0) throw new DocFormatError('CLX out of range');
  const v = view(table);
  let at = fib.fcClx;
  const end = fib.fcClx + fib.lcbClx;
  while (at < end && table[at] === 0x01) at += 3 + v.getUint16(at + 1, true);
  if (table[at] !== 0x02) throw new DocFormatError('no piece table');
  const lcb = v.getUint32(at + 1, true);
  at += 5;
  const n = (lcb - 4) / 12;
  if (!Number.isInteger(n) || n <= 0 || at + lcb > table.length) throw new DocFormatError('bad piece table');
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = v.getUint32(at + 4 * i, true);
    const cpEnd = v.getUint32(at + 4 * (i + 1), true);
    const pcd = at + 4 * (n + 1) + 8 * i;
    const raw = v.getUint32(pcd + 2, true);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    pieces.push({ cpStart, cpEnd, fc: compressed ? fc / 2 : fc, compressed });
  }
  return pieces;
}

/** cp1252 for 0x80–0x9F in compressed (8-bit) pieces; other bytes are Latin-1. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The main document text, character by character, with each character's file offset (FC). */
export function readMainText(word: Uint8Array, pieces: Piece[], ccpText: number): { text: string; fcs: number[] } {
  const v = view(word);
  const chars: string[] = [];
  const fcs: number[] = [];
  for (const p of pieces) {
    for (let cp = p.cpStart; cp < p.cpEnd && cp < ccpText; cp++) {
      const fc = p.fc + (cp - p.cpStart) * (p.compressed ? 1 : 2);
      if (fc + (p.compressed ? 1 : 2) > word.length) throw new DocFormatError('piece out of range');
      let ch: string;
      if (p.compressed) {
        const b = word[fc]!;
        ch = b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80]! : String.fromCharCode(b);
      } else ch = String.fromCharCode(v.getUint16(fc, true));
      chars.push(ch);
      fcs.push(fc);
    }
  }
  return { text: chars.join(''), fcs };
}

/** Table flags of a paragraph, from its PAPX grpprl. */
interface ParaProps {
  inTable: boolean;
  ttp: boolean;
}

/**
 * Paragraph properties by file offset: for each FKP run of paragraphs, the FC range and whether
 * it is in a table (sprmPFInTable, or sprmPItap > 0) and whether it is a row end
 * (sprmPFTtp / sprmPFInnerTtp).
 */
export function readParagraphProps(word: Uint8Array, table: Uint8Array, fib: Fib): Array<{ fcStart: number; fcEnd: number; props: ParaProps }> {
  const out: Array<{ fcStart: number; fcEnd: number; props: ParaProps }> = [];
  if (fib.lcbPlcfBtePapx < 8 || fib.fcPlcfBtePapx + fib.lcbPlcfBtePapx > table.length) return out;
  const tv = view(table);
  const wv = view(word);
  const n = (fib.lcbPlcfBtePapx - 4) / 8;
  for (let i = 0; i < n; i++) {
    const pn = tv.getUint32(fib.fcPlcfBtePapx + 4 * (n + 1) + 4 * i, true) & 0x3fffff;
    const page = pn * 512;
    if (page + 512 > word.length) continue;
    const crun = word[page + 511]!;
    for (let k = 0; k < crun; k++) {
      const fcStart = wv.getUint32(page + 4 * k, true);
      const fcEnd = wv.getUint32(page + 4 * (k + 1), true);
      const bOffset = word[page + 4 * (crun + 1) + 13 * k]!;
      const props: ParaProps = { inTable: false, ttp: false };
      if (bOffset !== 0) {
        const papx = page + 2 * bOffset;
        let cb = word[papx]!;
        let start = papx + 1;
        let size: number;
        if (cb === 0) {
          cb = word[papx + 1]!;
          start = papx + 2;
          size = 2 * cb;
        } else size = 2 * cb - 1;
        readSprms(word, start + 2, Math.min(start + size, page + 511), props); // skip istd
      }
      out.push({ fcStart, fcEnd, props });
    }
  }
  return out;
}

function readSprms(b: Uint8Array, at: number, end: number, props: ParaProps): void {
  const v = view(b);
  while (at + 2 <= end) {
    const sprm = v.getUint16(at, true);
    at += 2;
    const spra = sprm >> 13;
    let len: number;
    if (spra === 0 || spra === 1) len = 1;
    else if (spra === 2 || spra === 4 || spra === 5) len = 2;
    else if (spra === 3) len = 4;
    else if (spra === 7) len = 3;
    else if (sprm === 0xd608 || sprm === 0xd606)
      len = (at + 2 <= b.length ? v.getUint16(at, true) : 0) + 1; // sprmTDefTable(10): cb + 1 bytes
    else len = 1 + (b[at] ?? 0);
    const op = b[at] ?? 0;
    if (sprm === 0x2416 && op) props.inTable = true; // sprmPFInTable
    if ((sprm === 0x2417 || sprm === 0x244c) && op) props.ttp = true; // sprmPFTtp, sprmPFInnerTtp
    if (sprm === 0x6649 && v.getInt32(at, true) > 0) props.inTable = true; // sprmPItap
    at += len;
  }
}

/**
 * The main text split into paragraphs (at 0x0D, and at 0x07 cell/row marks), with fields
 * reduced to their results and control characters removed; table flags from the PAPX.
 */
export function splitParagraphs(text: string, fcs: number[], props: ReturnType<typeof readParagraphProps>): DocParagraph[] {
  const lookup = (fc: number): ParaProps | undefined => {
    let lo = 0;
    let hi = props.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = props[mid]!;
      if (fc < r.fcStart) hi = mid - 1;
      else if (fc >= r.fcEnd) lo = mid + 1;
      else return r.props;
    }
    // FKPs are not always sorted across pages: fall back to a scan
    return props.find((r) => fc >= r.fcStart && fc < r.fcEnd)?.props;
  };
  const sorted = props.every((r, i) => i === 0 || r.fcStart >= props[i - 1]!.fcStart);
  if (!sorted) props.sort((a, b) => a.fcStart - b.fcStart);
  const out: DocParagraph[] = [];
  let buf = '';
  // Field nesting: 0x13 begin, 0x14 separator (result follows), 0x15 end. Inside the
  // instruction part (before the separator) text is dropped.
  const fieldStack: boolean[] = []; // true while in the instruction part
  const inInstruction = () => fieldStack.some((x) => x);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const c = ch.charCodeAt(0);
    if (c === 0x13) {
      fieldStack.push(true);
      continue;
    }
    if (c === 0x14) {
      if (fieldStack.length) fieldStack[fieldStack.length - 1] = false;
      continue;
    }
    if (c === 0x15) {
      fieldStack.pop();
      continue;
    }
    if (c === 0x0d || c === 0x07) {
      const p = lookup(fcs[i]!);
      const inTable = !!p?.inTable || c === 0x07;
      out.push({ text: buf, inTable, rowEnd: !!p?.ttp, cellEnd: c === 0x07 && !p?.ttp });
      buf = '';
      fieldStack.length = 0;
      continue;
    }
    if (inInstruction()) continue;
    if (c === 0x0b) buf += '\n';
    else if (c === 0x09) buf += '\t';
    else if (c === 0x1e) buf += '-';
    else if (c === 0xa0) buf += ' ';
    else if (c === 0x0c || c === 0x1f || c < 0x20)
      continue; // page breaks, optional hyphens, objects, footnote marks
    else buf += ch;
  }
  if (buf.trim() !== '') out.push({ text: buf, inTable: false, rowEnd: false, cellEnd: false });
  return out;
}

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
