/**
 * Characters XML 1.0 forbids (§2.2 Char): C0 controls except tab, LF and CR; U+FFFE and
 * U+FFFF; and UTF-16 surrogates not in a pair. A .docx part holding one is not well-formed
 * and Word refuses the whole file, so exported text drops them.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids. */
export function stripXmlForbidden(text: string): string {
  return text.replace(FORBIDDEN, '');
}
