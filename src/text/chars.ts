/** Character classes used by normalization and heading detection. */

/** CJK ideographs, CJK symbols and punctuation, full-width forms, Chinese quotes. */
export function isCjkLike(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x2e80 && c <= 0x9fff) || // radicals, CJK symbols & punctuation (3000-303F), kana, ideographs
    (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x2018 && c <= 0x201f) || // ‘ ’ “ ” quotes used in Chinese text
    c === 0x2026 || // …
    c === 0x2014 || // —
    c === 0x00b7 // ·
  );
}

/** Whitespace, including the ideographic space U+3000 and no-break spaces. */
export const WS = /[\s\u3000\u00a0\u2000-\u200b\ufeff]/;

/** The characters of WS by char code (no string per character in per-character loops). */
export function isWsCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
export const WS_RUN = /[\s\u3000\u00a0\u2000-\u200b\ufeff]+/g;

/** Sentence-final punctuation: a paragraph ending in one of these is complete. */
const TERMINAL = new Set(['。', '！', '？', '；', '：', '!', '?', ';', ':', '…']);
const CLOSERS = new Set(['”', '’', '）', ')', '」', '』', '》', '】']);

/** True when the text ends like a finished sentence (possibly followed by a closing quote). */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && WS.test(text[i]!)) i--;
  // closing quotes and brackets after the terminal (“…完成。”）”); closers after a word (“…（试行）》”) are not an ending
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && TERMINAL.has(text[i]!);
}
