import { JixiaoError } from '../errors';

type FileType = 'pdf' | 'docx' | 'doc' | 'txt';

/**
 * Detects the file type from its bytes, never from its name. Unsupported
 * formats get a message saying what to do (an image needs OCR). An OLE2 file is taken as a
 * Word 97–2003 .doc; reading it tells a .doc from .xls/.ppt/.wps.
 */
export function detectType(bytes: Uint8Array): FileType {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) || indexOfAscii(bytes, '%PDF-', 1024) >= 0) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (indexOfAscii(bytes, 'word/document.xml') >= 0) return 'docx';
    if (indexOfAscii(bytes, 'xl/workbook') >= 0) throw unsupported('这是 Excel 表格（.xlsx）');
    if (indexOfAscii(bytes, 'ppt/presentation') >= 0) throw unsupported('这是 PowerPoint 演示文稿');
    throw unsupported('这是一个压缩包，不是 Word 文档');
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return 'doc';
  }
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
  ) {
    throw unsupported('这是图片，请先做文字识别（OCR）');
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw unsupported('这是 RTF 文件，请另存为 .docx');
  if (isProbablyText(bytes)) return 'txt';
  throw unsupported();
}

function unsupported(what?: string): JixiaoError {
  const base = '不支持的文件类型：请上传 PDF、Word（.docx 或 .doc）或纯文本（.txt）文件。';
  return new JixiaoError('UNSUPPORTED_TYPE', what ? `${base}（${what}。）` : undefined);
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function indexOfAscii(bytes: Uint8Array, s: string, limit = bytes.length): number {
  const first = s.charCodeAt(0);
  const end = Math.min(limit, bytes.length) - s.length;
  outer: for (let i = 0; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < s.length; j++) if (bytes[i + j] !== s.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/** Text files have no NUL bytes (except UTF-16 with a BOM) and few control bytes. */
function isProbablyText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / Math.max(n, 1) < 0.01;
}
