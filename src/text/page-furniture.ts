/** Lines that belong to the page, not the report: page numbers and attachment labels. */

const PAGE_NUMBER = [
  /^[-—–－\s]*\d{1,4}[-—–－\s]*$/, // "- 3 -", "— 12 —", "3"
  /^第\s*\d{1,4}\s*页(\s*[，,]?\s*共\s*\d{1,4}\s*页)?$/, // 第 3 页 / 第3页 共10页
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 3/10
  /^[Pp]age\s*\d{1,4}(\s*of\s*\d{1,4})?$/,
];

/** True for a line that is only a page number. */
export function isPageNumber(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 16 && PAGE_NUMBER.some((re) => re.test(t));
}

/** "附件 2", "附件2：" — the attachment label printed above a report's title. */
export function isAttachmentLabel(line: string): boolean {
  return /^附\s*件\s*[\d一二三四五六七八九十]{0,3}\s*[：:]?$/.test(line.trim());
}
