/**
 * The review result as files: findings JSON, a printable page, and a
 * Word (.docx) list of findings written in the browser (a small stored zip; no library).
 */
import { esc } from './core';
import type { CheckStats } from '../../check/runner';
import type { Finding } from '../../check/types';
import { placeText } from './detail';
import { familyLabel, familyOf, ruleLabel, severityLabel } from './labels';

/** A finished check as the review tab holds it, and as the downloads write it. */
export interface ReviewResult {
  file: string;
  title: string;
  checkedAt: string;
  references: string[];
  figuresName: string | null;
  stats: Partial<CheckStats>;
  findings: Finding[];
}

/** What the JSON download holds: the same findings and stats as /v1/check, plus context. */
export function findingsJson(r: ReviewResult) {
  return {
    file: r.file,
    title: r.title,
    checkedAt: r.checkedAt,
    references: r.references,
    figures: r.figuresName || null,
    stats: r.stats,
    findings: r.findings,
  };
}

function summaryLine(r: ReviewResult) {
  const s = r.stats || {};
  return (
    '共发现问题 ' +
    r.findings.length +
    ' 处（错误 ' +
    (s.errors || 0) +
    '，警告 ' +
    (s.warnings || 0) +
    '，提示 ' +
    (s.infos || 0) +
    '）；' +
    '重复段落 ' +
    r.findings.filter((f) => familyOf(f.ruleId) === 'duplicate').length +
    ' 处；' +
    '识别数字 ' +
    (s.numbersFound || 0) +
    ' 个，已核对 ' +
    (s.numbersChecked || 0) +
    ' 个，与数据核对 ' +
    (s.numbersMatchedToFigures || 0) +
    ' 个。'
  );
}

function metaLine(r: ReviewResult) {
  return '文件：' + r.file + '　审查时间：' + r.checkedAt + (r.references.length ? '　参照报告：' + r.references.join('、') : '') + (r.figuresName ? '　数据文件：' + r.figuresName : '');
}

/** Fills the print-only section and opens the browser's print dialog. */
export function printFindings(el: HTMLElement, r: ReviewResult) {
  el.innerHTML =
    '<h1>' +
    esc(r.title || r.file) +
    ' — 审查问题清单</h1>' +
    '<p class="meta">' +
    esc(metaLine(r)) +
    '</p><p>' +
    esc(summaryLine(r)) +
    '</p>' +
    '<table><thead><tr><th>序号</th><th>类别</th><th>级别</th><th>位置</th><th>问题</th><th>原文</th><th>修改建议</th></tr></thead><tbody>' +
    r.findings
      .map(
        (f, i) =>
          '<tr><td>' +
          (i + 1) +
          '</td><td>' +
          esc(familyLabel(familyOf(f.ruleId)) + '·' + ruleLabel(f.ruleId)) +
          '</td><td>' +
          esc(severityLabel(f.severity)) +
          '</td><td>' +
          esc(placeText(f)) +
          '</td><td>' +
          esc(f.message) +
          '</td><td class="q">' +
          esc(clip(f.quote, 160)) +
          '</td><td>' +
          esc(f.fix || '') +
          '</td></tr>',
      )
      .join('') +
    '</tbody></table>';
  window.print();
}

function clip(v: unknown, n: number) {
  const s = String(v || '');
  return s.length > n ? s.slice(0, n) + '……' : s;
}

/* ---------- .docx ---------- */

const XML_BAD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
function x(s: unknown) {
  return String(s == null ? '' : s)
    .replace(XML_BAD, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

interface RunStyle {
  font?: string;
  ea?: string;
  bold?: boolean;
  size?: number;
  center?: boolean;
  after?: number;
  shade?: boolean;
}

function run(text: string, o: RunStyle = {}) {
  const props =
    '<w:rPr><w:rFonts w:ascii="' +
    (o.font || 'Times New Roman') +
    '" w:hAnsi="' +
    (o.font || 'Times New Roman') +
    '" w:eastAsia="' +
    (o.ea || '仿宋_GB2312') +
    '"/>' +
    (o.bold ? '<w:b/>' : '') +
    '<w:sz w:val="' +
    (o.size || 24) +
    '"/><w:szCs w:val="' +
    (o.size || 24) +
    '"/></w:rPr>';
  return '<w:r>' + props + '<w:t xml:space="preserve">' + x(text) + '</w:t></w:r>';
}
function para(text: string, o: RunStyle = {}) {
  return '<w:p><w:pPr>' + (o.center ? '<w:jc w:val="center"/>' : '') + '<w:spacing w:after="' + (o.after == null ? 120 : o.after) + '"/></w:pPr>' + run(text, o) + '</w:p>';
}
function cell(text: string, width: number, o?: RunStyle) {
  return (
    '<w:tc><w:tcPr><w:tcW w:w="' +
    width +
    '" w:type="dxa"/>' +
    (o && o.shade ? '<w:shd w:val="clear" w:color="auto" w:fill="EEEEEE"/>' : '') +
    '</w:tcPr>' +
    String(text)
      .split('\n')
      .map((line) => para(line, Object.assign({ size: 20, after: 0, ea: '宋体' }, o)))
      .join('') +
    '</w:tc>'
  );
}

/** document.xml of the findings list: title, context, summary and one table row per finding. */
function findingsDocumentXml(r: ReviewResult): string {
  const widths = [600, 1500, 700, 2200, 3400, 2800, 2800];
  const head = ['序号', '类别', '级别', '位置', '问题', '原文', '修改建议'];
  const border =
    '<w:top w:val="single" w:sz="4" w:color="888888"/><w:left w:val="single" w:sz="4" w:color="888888"/><w:bottom w:val="single" w:sz="4" w:color="888888"/><w:right w:val="single" w:sz="4" w:color="888888"/><w:insideH w:val="single" w:sz="4" w:color="888888"/><w:insideV w:val="single" w:sz="4" w:color="888888"/>';
  const rows = r.findings
    .map(
      (f, i) =>
        '<w:tr><w:trPr><w:cantSplit/></w:trPr>' +
        [String(i + 1), familyLabel(familyOf(f.ruleId)) + '·' + ruleLabel(f.ruleId), severityLabel(f.severity), placeText(f), f.message, clip(f.quote, 300), f.fix || '']
          .map((t, k) => cell(t, widths[k]!))
          .join('') +
        '</w:tr>',
    )
    .join('');
  const table =
    '<w:tbl><w:tblPr><w:tblW w:w="' +
    widths.reduce((a, b) => a + b, 0) +
    '" w:type="dxa"/><w:tblBorders>' +
    border +
    '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>' +
    '<w:tblGrid>' +
    widths.map((w) => '<w:gridCol w:w="' + w + '"/>').join('') +
    '</w:tblGrid>' +
    '<w:tr><w:trPr><w:tblHeader/></w:trPr>' +
    head.map((t, k) => cell(t, widths[k]!, { bold: true, shade: true, ea: '黑体' })).join('') +
    '</w:tr>' +
    rows +
    '</w:tbl>';
  const body =
    para((r.title || r.file) + ' — 审查问题清单', { center: true, bold: true, size: 36, ea: '黑体', after: 200 }) +
    para(metaLine(r), { size: 21, ea: '宋体' }) +
    para(summaryLine(r), { size: 24 }) +
    (r.findings.length ? table : para('未发现问题。')) +
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>' +
    body +
    '</w:body></w:document>'
  );
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** The findings list as a .docx Blob. */
export function findingsDocx(r: ReviewResult): Blob {
  return new Blob(
    [
      zipStore([
        ['[Content_Types].xml', CONTENT_TYPES],
        ['_rels/.rels', RELS],
        ['word/document.xml', findingsDocumentXml(r)],
      ]),
    ],
    { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  );
}

/* ---------- a zip with stored (uncompressed) entries ---------- */

let CRC_TABLE: Uint32Array | null = null;
function crc32(bytes: Uint8Array) {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  const table = CRC_TABLE;
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** entries: [name, string | Uint8Array][] → zip bytes (method 0, UTF-8 names). */
function zipStore(entries: Array<[string, string | Uint8Array]>): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [],
    central: Uint8Array[] = [];
  let offset = 0;
  const u16 = (v: number) => [v & 0xff, (v >>> 8) & 0xff];
  const u32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
  for (const [name, content] of entries) {
    const nameBytes = enc.encode(name);
    const data = typeof content === 'string' ? enc.encode(content) : content;
    const crc = crc32(data);
    const common = ([] as number[]).concat(u16(20), u16(0x0800), u16(0), u16(0), u16(0x21), u32(crc), u32(data.length), u32(data.length), u16(nameBytes.length), u16(0));
    const local = new Uint8Array(u32(0x04034b50).concat(common));
    chunks.push(local, nameBytes, data);
    central.push(new Uint8Array(u32(0x02014b50).concat(u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset))), nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = central.reduce((a, c) => a + c.length, 0);
  const end = new Uint8Array(u32(0x06054b50).concat(u16(0), u16(0), u16(entries.length), u16(entries.length), u32(centralSize), u32(offset), u16(0)));
  const all = chunks.concat(central, [end]);
  const out = new Uint8Array(all.reduce((a, c) => a + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
