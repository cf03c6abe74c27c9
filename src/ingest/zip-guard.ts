import { JixiaoError } from '../errors';
import { LIMITS } from '../limits';

/**
 * Guards mammoth against zip bombs. mammoth (through JSZip) inflates a whole part into memory
 * before parsing it, trusting nothing and bounding nothing, so before it runs every part it may
 * read — the XML parts and relationships; images are never inflated — is checked twice: the
 * size the central directory declares, then the bytes it really inflates to, counted while a
 * streaming inflater (DecompressionStream, in Node and in workerd) runs and stopped as soon as
 * a part passes LIMITS.docxPartBytes or all of them LIMITS.docxTotalBytes. The declared sizes
 * alone are not enough (they can lie); the streamed count alone would waste time on a part
 * that admits its size. Anything that is not a readable zip is left to mammoth (DOCX_CORRUPT).
 */
export async function assertDocxInflatesWithinLimits(bytes: Uint8Array): Promise<void> {
  const entries = centralDirectory(bytes);
  if (entries === undefined) return;
  let total = 0;
  for (const e of entries) {
    if (!READ_BY_MAMMOTH.test(e.name)) continue;
    if (e.declaredSize > LIMITS.docxPartBytes) throw tooLarge(e.name, e.declaredSize);
    if (total + e.declaredSize > LIMITS.docxTotalBytes) throw tooLarge(e.name, total + e.declaredSize);
    const data = entryData(bytes, e);
    if (data === undefined) continue;
    const size = e.method === 0 ? data.byteLength : e.method === 8 ? await inflatedSize(data, Math.min(LIMITS.docxPartBytes, LIMITS.docxTotalBytes - total)) : 0;
    if (size < 0) throw tooLarge(e.name);
    total += size;
    if (size > LIMITS.docxPartBytes || total > LIMITS.docxTotalBytes) throw tooLarge(e.name);
  }
}

/** The parts mammoth may inflate: XML and relationships (media are only ever referenced). */
const READ_BY_MAMMOTH = /\.(xml|rels)$/i;

function tooLarge(name: string, size?: number): JixiaoError {
  return new JixiaoError(
    'DOCX_TOO_LARGE_INFLATED',
    `Word 文件解压后过大（“${name.slice(0, 80)}”${size !== undefined ? `声明 ${(size / 1024 / 1024).toFixed(1)} MB，` : ''}单个部分不超过 ${LIMITS.docxPartBytes / 1024 / 1024} MB，合计不超过 ${LIMITS.docxTotalBytes / 1024 / 1024} MB）：文件可能损坏或是压缩炸弹，请在 Word 中重新保存后再上传。`,
    { part: name, limitPart: LIMITS.docxPartBytes, limitTotal: LIMITS.docxTotalBytes },
  );
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeader: number;
}

/** The entries of the zip's central directory, or undefined if there is none to read. */
function centralDirectory(b: Uint8Array): Entry[] | undefined {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eocd = -1;
  for (let i = b.byteLength - 22; i >= Math.max(0, b.byteLength - 65_557); i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = v.getUint16(eocd + 10, true);
  let at = v.getUint32(eocd + 16, true);
  const out: Entry[] = [];
  const names = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.byteLength || v.getUint32(at, true) !== 0x02014b50) return out;
    const nameLen = v.getUint16(at + 28, true);
    const extraLen = v.getUint16(at + 30, true);
    const commentLen = v.getUint16(at + 32, true);
    let compressedSize = v.getUint32(at + 20, true);
    let declaredSize = v.getUint32(at + 24, true);
    let localHeader = v.getUint32(at + 42, true);
    // ZIP64: the real sizes sit in the extra field; a declared size that needs it is too large anyway
    if (declaredSize === 0xffffffff || compressedSize === 0xffffffff || localHeader === 0xffffffff) {
      declaredSize = Number.MAX_SAFE_INTEGER;
      compressedSize = 0;
      localHeader = 0;
    }
    out.push({
      name: names.decode(b.subarray(at + 46, at + 46 + nameLen)),
      method: v.getUint16(at + 10, true),
      compressedSize,
      declaredSize,
      localHeader,
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The compressed bytes of an entry (from its local header), or undefined if out of the file. */
function entryData(b: Uint8Array, e: Entry): Uint8Array | undefined {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const at = e.localHeader;
  if (at + 30 > b.byteLength || v.getUint32(at, true) !== 0x04034b50) return undefined;
  const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
  // the central directory's size wins over the local one (streamed entries leave the local one 0)
  const end = Math.min(b.byteLength, start + e.compressedSize);
  return start <= end ? b.subarray(start, end) : undefined;
}

/**
 * Inflated size of raw-deflate data, counted while it streams; −1 as soon as it passes `cap`
 * (the inflater is cancelled, so a bomb costs at most `cap` bytes of work). Corrupt data
 * counts what inflated before the error: mammoth then reports DOCX_CORRUPT.
 */
export async function inflatedSize(data: Uint8Array, cap: number, format: CompressionFormat = 'deflate-raw'): Promise<number> {
  const ds = new DecompressionStream(format);
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  const CHUNK = 64 * 1024;
  const feed = (async () => {
    for (let i = 0; i < data.byteLength; i += CHUNK) await writer.write(data.subarray(i, Math.min(data.byteLength, i + CHUNK)) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })().catch(() => undefined);
  let n = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      n += value.byteLength;
      if (n > cap) {
        await reader.cancel().catch(() => undefined);
        await writer.abort().catch(() => undefined);
        return -1;
      }
    }
  } catch {
    // corrupt or truncated stream: what inflated so far
  }
  await feed;
  return n;
}
