// Spans that cross runs, hyperlinks, simple and complex fields, table cells and paragraphs,
// in a hand-written document.xml: each comment must cover exactly the span.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../check/types';
import { ingestBytes } from '../ingest/ingest';
import type { ReportDocument } from '../model/document';
import { annotateDocx } from './annotate-docx';
import { convertWithLibreOffice } from './libreoffice';
import { minimalDocx } from './test-docx';
import { readComments } from './test-read-comments';

const r = (text: string, rPr = '') => `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const B = '<w:rPr><w:b/></w:rPr>';
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const cell = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${p(r(text))}</w:tc>`;

const BODY = [
  p(r('2022年某局部门整体支出绩效自评报告')),
  p(r('一、基本情况')),
  p(
    r('全年预算执行'),
    r('率为82', B),
    r('.1%，'),
    '<w:hyperlink r:id="rId7"><w:r><w:t>详见附表</w:t></w:r></w:hyperlink>',
    '<w:fldSimple w:instr=" PAGE "><w:r><w:t>第3页</w:t></w:r></w:fldSimple>',
    r('，共'),
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
    r('12'),
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    r('页；研究室&amp;办公室合署办公。'),
  ),
  p(r('会议强调，要把牢政治方向，'), r('坚持团结民主主题', B)),
  p(r('进一步提高履职质效，推动各项工作'), r('走深走实。')),
  `<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>` +
    `<w:tr>${cell('项目')}${cell('预算数')}${cell('执行数')}</w:tr><w:tr>${cell('合计')}${cell('1,500.50')}${cell('1,490.95')}</w:tr></w:tbl>`,
  p(r('二、存在的问题')),
  p(r('预算执行进度'), '<w:r><w:tab/></w:r>', r('不均衡。')),
].join('');

/** Spans to comment, given by their text; each must occur once in the normalized text. */
const QUOTES = [
  '执行率为82.1%', // three runs, one bold
  '82.1%，详见附表', // into a hyperlink
  '，共12页', // a complex field's result; the field code is not text
  '详见附表，共12', // across a simple field (whose result mammoth does not read: see ANCHORED)
  '研究室&办公室', // an escaped character
  '坚持团结民主主题进一步提高履职质效', // across two Word paragraphs (joined by normalization: the sentence runs on)
  '1,500.50 1,490.95', // across two table cells
  '进度', // a short span inside one run, before a tab
  '二、存在的问题', // a whole paragraph (one run)
  '二、存在的问题\n预算执行进度', // a heading and the next paragraph (two blocks), overlapping the comment before
  '走深走实。\n项目 预算数', // from a paragraph into a table
];
/** What the comment covers when the document has text the model does not: the simple field's result. */
const ANCHORED: Record<string, string> = { '详见附表，共12': '详见附表第3页，共12' };

let doc: ReportDocument;
let input: Uint8Array;
let findings: Finding[];
let output: Uint8Array;
beforeAll(async () => {
  input = minimalDocx(BODY);
  doc = await ingestBytes(input, () => Promise.reject(new Error('not a PDF')));
  findings = QUOTES.map((q, i): Finding => {
    const start = doc.text.indexOf(q);
    if (start < 0 || doc.text.indexOf(q, start + 1) >= 0) throw new Error(`quote ${JSON.stringify(q)} not found once in ${JSON.stringify(doc.text)}`);
    return { ruleId: 'test/span', messageId: 'x', severity: i % 2 ? 'warning' : 'error', message: `问题${i + 1}`, fix: '修改', start, end: start + q.length, quote: q, path: [], related: [], evidence: {} };
  });
  output = annotateDocx(input, doc, findings).bytes;
});

describe('anchoring across Word structures', () => {
  it.each(QUOTES.map((q, i) => [i, q] as const))('comment %i covers exactly %j', (i, q) => {
    const c = readComments(output).comments[i]!;
    expect(c.anchored.replace(/\s+/g, '')).toBe((ANCHORED[q] ?? q).replace(/\s+/g, ''));
    if (q.includes('\n')) expect(c.anchored).toContain('\n'); // the range really spans the paragraphs
    expect(c.text).toBe(`${i % 2 ? '【警告】' : '【错误】'}问题${i + 1}\n修改建议：修改`);
  });

  it('changes no text and keeps the field codes, hyperlink and bold runs', () => {
    expect(readComments(output).documentText).toBe(readComments(input).documentText);
    const xml = readComments(output).files['word/document.xml']!;
    expect(xml).toContain('<w:instrText xml:space="preserve"> NUMPAGES </w:instrText>');
    expect(xml).toContain('<w:fldSimple w:instr=" PAGE ">');
    expect(xml).toMatch(/<w:hyperlink r:id="rId7">[\s\S]*详见附表[\s\S]*<\/w:hyperlink>/);
    // the bold run split at the comment boundary keeps its bold on both sides
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">82<\/w:t><\/w:r>/);
    // the same input always gives the same bytes
    expect(Buffer.from(annotateDocx(input, doc, findings).bytes).equals(Buffer.from(output))).toBe(true);
  });

  it('opens in LibreOffice with every comment', () => {
    const fodt = Buffer.from(convertWithLibreOffice({ 'structures.docx': output }, 'fodt')['structures.docx']!).toString('utf8');
    expect(fodt.match(/<office:annotation[\s>]/g) ?? []).toHaveLength(QUOTES.length);
  }, 120_000);
});

describe('a document that already has comments', () => {
  it('keeps them and numbers the new comments after them, in the same comments part', async () => {
    const body = p(r('一、基本情况')) + p('<w:commentRangeStart w:id="3"/>', r('已有批注的文字。'), '<w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r>') + p(r('预算执行率为82.1%。'));
    const existing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="3" w:author="张三" w:initials="ZS"><w:p><w:r><w:t>原有意见</w:t></w:r></w:p></w:comment></w:comments>`;
    const bytes = minimalDocx(body, { 'word/notes.xml': existing }, '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="notes.xml"/>');
    const d = await ingestBytes(bytes, () => Promise.reject(new Error('not a PDF')));
    const start = d.text.indexOf('82.1%');
    const f: Finding = { ruleId: 'test/span', messageId: 'x', severity: 'info', message: '新意见', start, end: start + 5, quote: '82.1%', path: [], related: [], evidence: {} };
    const out = annotateDocx(bytes, d, [f]).bytes;
    const { files } = readComments(out);
    expect(files['word/comments.xml']).toBeUndefined();
    expect(files['word/notes.xml']).toContain('<w:comment w:id="3" w:author="张三"');
    expect(files['word/notes.xml']).toContain('<w:comment w:id="4" w:author="Jixiao" w:initials="JX">');
    expect(files['word/_rels/document.xml.rels']).toBe(readComments(bytes).files['word/_rels/document.xml.rels']);
    expect(files['word/document.xml']).toMatch(/<w:commentRangeStart w:id="4"\/><w:r><w:t xml:space="preserve">82\.1%<\/w:t><\/w:r><w:commentRangeEnd w:id="4"\/>/);
    expect(files['[Content_Types].xml']).toContain('<Override PartName="/word/notes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
  });
});
