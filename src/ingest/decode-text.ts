import { JixiaoError } from '../errors';

/**
 * Decodes a text file: UTF-8 (with or without BOM), UTF-16 with BOM, and
 * GB18030/GBK, which many government files still use.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: try the Chinese national encoding
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    if (!looksLikeText(text)) throw new Error('binary');
    return text;
  } catch {
    throw new JixiaoError('TEXT_DECODE_FAILED');
  }
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new JixiaoError('TEXT_DECODE_FAILED');
  }
}

/** Few control characters: text, not binary that happens to decode. */
function looksLikeText(text: string): boolean {
  if (text.length === 0) return true;
  let control = 0;
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  return control / n < 0.01;
}
