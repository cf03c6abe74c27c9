/**
 * Hostile files generated at test time (nothing large is committed): zips with lying or
 * honest sizes, DOCX parts with entity definitions or deep nesting, PDFs with Flate bombs,
 * cycles and deep nesting. Node only (node:zlib).
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

interface ZipEntry {
  name: string;
  /** The part's content (deflated here), or already deflated bytes with the size to declare. */
  data?: Uint8Array | string;
  deflated?: { bytes: Uint8Array; declaredSize: number; crc?: number };
}

/** A zip (deflate) of the entries; a `deflated` entry declares whatever size it is given. */
function makeZip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = e.data === undefined ? undefined : Buffer.from(typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data);
    const comp = e.deflated ? Buffer.from(e.deflated.bytes) : deflateRawSync(raw!);
    const size = e.deflated ? e.deflated.declaredSize : raw!.length;
    const crc = e.deflated ? (e.deflated.crc ?? 0) : crc32(raw!);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(comp.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, comp);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(comp.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
export const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"';

/** A minimal .docx whose word/document.xml is `documentXml` (plus optional extra parts). */
export function makeDocx(documentXml: string | ZipEntry, extra: ZipEntry[] = []): Uint8Array {
  const doc: ZipEntry = typeof documentXml === 'string' ? { name: 'word/document.xml', data: documentXml } : documentXml;
  return makeZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: '_rels/.rels', data: ROOT_RELS }, doc, ...extra]);
}

/** document.xml with the given paragraphs. */
export function documentXml(paragraphs: string[], prolog = ''): string {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document ${W}><w:body>${body}</w:body></w:document>`;
}

/**
 * `bytes` of one repeated byte, deflated without ever holding them: 1 MB slices compressed with
 * a sync flush (byte-aligned, non-final blocks) concatenated, then a final empty block; zlib-
 * wrapped (for PDF) with its header and Adler-32.
 */
export function deflatedFill(bytes: number, fill = 0x20, zlibWrapped = false): Uint8Array {
  const MB = 1024 * 1024;
  const slice = (n: number) => deflateRawSync(Buffer.alloc(n, fill), { finishFlush: constants.Z_SYNC_FLUSH });
  const full = slice(MB);
  const parts: Buffer[] = [];
  if (zlibWrapped) parts.push(Buffer.from([0x78, 0x9c]));
  for (let i = 0; i < Math.floor(bytes / MB); i++) parts.push(full);
  if (bytes % MB > 0) parts.push(slice(bytes % MB));
  parts.push(Buffer.from([0x03, 0x00])); // final, empty fixed-Huffman block
  if (zlibWrapped) {
    const n = BigInt(bytes);
    const f = BigInt(fill);
    const a = (1n + n * f) % 65521n;
    const b = (n + (f * n * (n + 1n)) / 2n) % 65521n;
    const adler = Buffer.alloc(4);
    adler.writeUInt32BE(Number((b << 16n) | a));
    parts.push(adler);
  }
  return new Uint8Array(Buffer.concat(parts));
}

/** A PDF of the given objects (1-based, `n 0 obj … endobj`), with a correct xref table. */
export function makePdf(objects: Array<string | Uint8Array>, root = 1): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(offset);
    const head = Buffer.from(`${i + 1} 0 obj\n`, 'latin1');
    const body = typeof o === 'string' ? Buffer.from(o, 'latin1') : Buffer.from(o);
    const tail = Buffer.from('\nendobj\n', 'latin1');
    parts.push(head, body, tail);
    offset += head.length + body.length + tail.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

/** A stream object: dictionary entries plus data (Length filled in). */
export function streamObject(dict: string, data: Uint8Array): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), Buffer.from(data), Buffer.from('\nendstream', 'latin1')]));
}

/** A one-page PDF whose page content is `content` (a stream object given whole). */
export function onePagePdf(content: Uint8Array): Uint8Array {
  return makePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    content,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

/** `n` near-identical paragraphs (they differ only in a number or two). */
export function nearIdenticalParagraphs(n: number): string {
  const ps: string[] = [];
  for (let i = 0; i < n; i++) {
    ps.push(`我部门认真贯彻落实党中央决策部署，扎实推进第${i + 1}项重点工作，全面加强预算绩效管理，切实提高财政资金使用效益，取得了明显成效，群众满意度${90 + (i % 10)}%。`);
  }
  return ps.join('\n\n');
}

/** One paragraph holding `n` rates (项目i执行率x.y%，…). */
export function denseRates(n: number): string {
  let p = '';
  for (let i = 0; i < n; i++) p += `项目${i}执行率${i % 100}.${i % 10}%，`;
  return `一、基本情况\n\n${p.slice(0, -1)}。`;
}
