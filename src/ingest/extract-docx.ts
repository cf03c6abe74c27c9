import { JixiaoError } from '../errors';
import type { RawBlock, RawDocument } from '../model/raw';
import { assertDocxInflatesWithinLimits } from './zip-guard';

/**
 * Reads a .docx with mammoth. Headings come from Word styles (Heading 1 → h1)
 * when the author used them; otherwise normalization finds them from their
 * numbering text. Table rows become table-row blocks with their cells.
 */
export async function extractDocx(bytes: Uint8Array): Promise<RawDocument> {
  await assertDocxInflatesWithinLimits(bytes); // before mammoth inflates anything
  let html: string;
  // mammoth loads only when a .docx is read (the CLI starts faster without it)
  const { default: mammoth } = await import('mammoth');
  try {
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // mammoth's Node build reads `buffer`, its browser build (which the Worker bundle uses) `arrayBuffer`.
    const input = { buffer: bytes, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.convertToHtml(input, { includeDefaultStyleMap: true, ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
    html = result.value;
  } catch {
    throw new JixiaoError('DOCX_CORRUPT');
  }
  return { format: 'docx', blocks: htmlToBlocks(html) };
}

const TAG = /<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi;

/** Walks mammoth's simple, well-formed HTML into raw blocks. */
export function htmlToBlocks(html: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let buf = '';
  let heading: number | undefined;
  let row: string[] | null = null;
  let cell: string | null = null;
  const flush = () => {
    const text = buf.replace(/\s+$/, '');
    buf = '';
    if (text.trim() === '') return;
    if (cell !== null) {
      cell += (cell ? '\n' : '') + text;
      return;
    }
    blocks.push(heading !== undefined ? { text, kind: 'heading', level: heading } : { text });
  };
  for (const m of html.matchAll(TAG)) {
    const [, close, rawName, textPart] = m;
    if (textPart !== undefined) {
      buf += decodeEntities(textPart);
      continue;
    }
    const name = rawName!.toLowerCase();
    if (name === 'br') {
      buf += '\n';
      continue;
    }
    const hm = /^h([1-6])$/.exec(name);
    if (hm || name === 'p' || name === 'li') {
      flush();
      heading = !close && hm ? Number(hm[1]) : undefined;
    } else if (name === 'tr') {
      if (close && row) {
        const cells = row.filter((c) => c.trim() !== '');
        if (cells.length > 0) blocks.push({ text: cells.join(' '), kind: 'table-row', cells });
        row = null;
      } else if (!close) row = [];
    } else if (name === 'td' || name === 'th') {
      flush();
      if (close) {
        if (row && cell !== null) row.push(cell.replace(/\n/g, ' '));
        cell = null;
      } else cell = '';
    }
  }
  flush();
  return blocks;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    if (k === 'nbsp') return ' ';
    return String.fromCodePoint(k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}
