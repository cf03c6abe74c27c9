import { JixiaoError } from '../../errors';
import { LIMITS } from '../../limits';
import { inflatedSize } from '../zip-guard';

/**
 * Guards pdf.js against Flate bombs. pdf.js inflates a stream whole when it first needs it
 * (page content, fonts, object streams) and has no size cap, so before it runs every
 * Flate-compressed stream it may decode is inflated once here, counted while it streams and
 * stopped as soon as it passes LIMITS.pdfStreamBytes (or all of them LIMITS.pdfTotalBytes).
 * Image streams are skipped: text extraction never decodes them, and a scanned page may
 * legitimately inflate to tens of megabytes (it then gets PDF_NO_TEXT, as it should).
 *
 * The scan is lexical (“stream” … “endstream” after a dictionary naming FlateDecode), which
 * is how the streams of every PDF writer look; a stream it cannot see is still bounded by the
 * file-size limit and by pdf.js's own errors, and the whole check by the page limit.
 */
export async function assertPdfStreamsWithinLimits(bytes: Uint8Array): Promise<void> {
  const text = new TextDecoder('latin1').decode(bytes); // one char per byte: offsets are byte offsets
  let total = 0;
  let from = 0;
  for (;;) {
    const s = text.indexOf('stream', from);
    if (s < 0) break;
    from = s + 6;
    if (text.startsWith('endstream', s - 3)) continue;
    const dictEnd = text.lastIndexOf('>>', s);
    const objStart = text.lastIndexOf(' obj', s);
    if (dictEnd < 0 || objStart < 0 || dictEnd < objStart || s - dictEnd > 4) continue;
    const dict = text.slice(objStart, dictEnd);
    if (!/\/(FlateDecode|Fl)\b/.test(dict) || /\/Subtype\s*\/Image\b/.test(dict)) continue;
    let start = s + 6;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    let end = text.indexOf('endstream', start);
    if (end < 0) end = text.length;
    from = end;
    const cap = Math.min(LIMITS.pdfStreamBytes, LIMITS.pdfTotalBytes - total);
    const size = await inflatedSize(bytes.subarray(start, end), cap, 'deflate');
    if (size < 0) throw tooLarge(total + cap >= LIMITS.pdfTotalBytes && cap < LIMITS.pdfStreamBytes);
    total += size;
  }
}

function tooLarge(all: boolean): JixiaoError {
  return new JixiaoError(
    'PDF_STREAM_TOO_LARGE',
    all
      ? `PDF 中的压缩数据解压后合计超过 ${LIMITS.pdfTotalBytes / 1024 / 1024} MB 的上限：文件可能损坏或是压缩炸弹，请重新导出 PDF 后再上传。`
      : `PDF 中有一个压缩数据流解压后超过 ${LIMITS.pdfStreamBytes / 1024 / 1024} MB 的上限：文件可能损坏或是压缩炸弹，请重新导出 PDF 后再上传。`,
    { limitStream: LIMITS.pdfStreamBytes, limitTotal: LIMITS.pdfTotalBytes },
  );
}
