/**
 * Every input limit of Jixiao, in one place: the API, the CLI and the web page refuse input beyond
 * them with the code and Chinese message below (README “限制”). They bound the time and memory of
 * one request: a check of any input within them runs in well under 2 s and under 128 MB of heap
 * on a small machine (see `npm run bench`, “恶意与超大输入”), so one request cannot stall a
 * Worker isolate or exhaust its memory.
 */

const MB = 1024 * 1024;

export const LIMITS = {
  /** One uploaded report file (PDF / DOCX / TXT). */
  fileBytes: 20 * MB,
  /** A whole request body (the report, every reference and the figures), counted while it streams in. */
  requestBytes: 30 * MB,
  /** A JSON request body of /v1/figures/validate, /v1/draft and /v1/export/docx. */
  jsonBytes: 2 * MB,
  /** Characters of one report's normalized text (the longest real reports have about 60,000). */
  reportChars: 300_000,
  /** PDF pages. */
  pdfPages: 500,
  /** Digits of one number, in report text or in figures (money in 万元 has at most about 15). */
  numberDigits: 100,
  /** Items of one list in figures (byFunction, projects, indicators) or in a request (sections). */
  listItems: 1000,
  /** Work highlights (工作要点) of one draft request (the request schema uses this). */
  draftHighlights: 30,
  /** Key projects (figures.projects) of one draft request: each becomes drafted text. */
  draftProjects: 200,
  /** Reference reports (against) of one check. */
  references: 10,
  /** Nesting depth of a JSON request body. */
  jsonDepth: 32,
  /** Inflated bytes of one XML part of a .docx (word/document.xml, styles.xml …). */
  docxPartBytes: 16 * MB,
  /** Inflated bytes of all XML parts of a .docx together. */
  docxTotalBytes: 32 * MB,
  /** Inflated bytes of one Flate-compressed, non-image PDF stream (page content, font, object stream). */
  pdfStreamBytes: 20 * MB,
  /** Inflated bytes of all such PDF streams together. */
  pdfTotalBytes: 100 * MB,
} as const;

const mb = (n: number) => `${n / MB} MB`;
const wan = (n: number) => (n % 10_000 === 0 ? `${n / 10_000} 万` : n.toLocaleString('en-US'));

/** The limit error codes with their HTTP status and Chinese message (merged into ERRORS). */
export const LIMIT_ERRORS = {
  FILE_TOO_LARGE: { status: 413, message: `文件超过 ${mb(LIMITS.fileBytes)} 上限：请压缩或拆分后再上传。` },
  REQUEST_TOO_LARGE: {
    status: 413,
    message: `请求内容超过上限（报告、参照报告和数据合计不超过 ${mb(LIMITS.requestBytes)}；JSON 请求不超过 ${mb(LIMITS.jsonBytes)}）：请减少参照文件或拆分后再提交。`,
  },
  REPORT_TOO_LONG: {
    status: 413,
    message: `报告正文超过 ${wan(LIMITS.reportChars)} 字的上限：自评报告通常不超过 6 万字，请只提交报告本身（不含附件汇编）。`,
  },
  TOO_MANY_PAGES: { status: 422, message: `PDF 超过 ${LIMITS.pdfPages} 页上限：请只上传自评报告本身。` },
  NUMBER_TOO_LONG: {
    status: 422,
    message: `有一个数字超过 ${LIMITS.numberDigits} 位数字的上限：请检查是否误粘贴了一长串数字。`,
  },
  TOO_MANY_ITEMS: { status: 422, message: `列表项数超过上限（每个列表不超过 ${LIMITS.listItems} 项）。` },
  TOO_MANY_REFERENCES: { status: 422, message: `参照报告超过 ${LIMITS.references} 份的上限：请分批比对，或把往年报告加入报告库后用“与报告库比对”。` },
  JSON_TOO_DEEP: { status: 422, message: `JSON 嵌套超过 ${LIMITS.jsonDepth} 层的上限：请检查请求格式。` },
  DOCX_TOO_LARGE_INFLATED: {
    status: 422,
    message: `Word 文件解压后过大（单个部分不超过 ${mb(LIMITS.docxPartBytes)}，合计不超过 ${mb(LIMITS.docxTotalBytes)}）：文件可能损坏或是压缩炸弹，请在 Word 中重新保存后再上传。`,
  },
  PDF_STREAM_TOO_LARGE: {
    status: 422,
    message: `PDF 中的压缩数据解压后过大（单个数据流不超过 ${mb(LIMITS.pdfStreamBytes)}，合计不超过 ${mb(LIMITS.pdfTotalBytes)}）：文件可能损坏或是压缩炸弹，请重新导出 PDF 后再上传。`,
  },
} as const;
