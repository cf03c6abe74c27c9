import { beforeAll, describe, expect, it } from 'vitest';
import { unzip } from '../../test/zip';
import { fixtureBytes, seedBytes } from '../../test/seeds';
import { checkOne } from '../core/check-report';
import type { Finding } from '../check/types';
import { ingestBytes } from '../ingest/ingest';
import type { ReportDocument } from '../model/document';
import { annotateDocx } from './annotate-docx';
import { convertWithLibreOffice, pdfText } from './libreoffice';
import { readComments } from './test-read-comments';

const ingest = (bytes: Uint8Array) => ingestBytes(bytes, () => Promise.reject(new Error('not a PDF')));
const squash = (s: string) => s.replace(/\s+/g, '');
const CHANGED = ['word/document.xml', 'word/comments.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels'];

interface Case {
  name: string;
  input: Uint8Array;
  doc: ReportDocument;
  findings: Finding[];
  output: Uint8Array;
}

const sources: Array<[string, () => Uint8Array]> = [
  ['seed-000.docx', () => seedBytes('000', 'docx')],
  ['seed-002.docx', () => seedBytes('002', 'docx')],
  ['d01-libreoffice.docx', () => fixtureBytes('docx', 'd01-libreoffice.docx')],
];

const cases: Case[] = [];
let pdfs: Record<string, Uint8Array>;
let fodts: Record<string, Uint8Array>;
beforeAll(async () => {
  for (const [name, bytes] of sources) {
    const input = bytes();
    const doc = await ingest(input);
    const { findings } = await checkOne({ doc });
    cases.push({ name, input, doc, findings, output: annotateDocx(input, doc, findings).bytes });
  }
  const outputs = Object.fromEntries(cases.map((c) => [c.name, c.output]));
  pdfs = convertWithLibreOffice(outputs, 'pdf');
  fodts = convertWithLibreOffice(outputs, 'fodt');
}, 180_000);

describe.each(sources.map(([name]) => name))('annotated %s', (name) => {
  const get = () => cases.find((c) => c.name === name)!;

  it('has findings to annotate, one comment each, by Jixiao', () => {
    const { findings, output } = get();
    expect(findings.length).toBeGreaterThan(0);
    const { comments } = readComments(output);
    expect(comments).toHaveLength(findings.length);
    for (const c of comments) expect(c).toMatchObject({ author: 'Jixiao', initials: 'JX' });
  });

  it('anchors every comment on exactly the finding’s quote, with severity, message, evidence and fix', () => {
    const { findings, output } = get();
    const { comments } = readComments(output);
    findings.forEach((f, i) => {
      const c = comments[i]!;
      expect(squash(c.anchored)).toBe(squash(f.quote));
      expect(c.text.startsWith({ error: '【错误】', warning: '【警告】', info: '【提示】' }[f.severity] + f.message)).toBe(true);
      if (f.fix) expect(c.text).toContain(`修改建议：${f.fix}`);
      for (const r of f.related) expect(c.text).toContain(r.quote.slice(0, 40));
      const expr = f.evidence.expression;
      if (typeof expr === 'string') expect(c.text).toContain(`算式：${expr}`);
    });
  });

  it('keeps the document text unchanged and every other part byte for byte', () => {
    const { input, output } = get();
    expect(readComments(output).documentText).toBe(readComments(input).documentText);
    const before = unzip(Buffer.from(input));
    const after = unzip(Buffer.from(output));
    expect([...after.keys()].filter((k) => !before.has(k))).toEqual(before.has('word/comments.xml') ? [] : ['word/comments.xml']);
    for (const [part, bytes] of before) {
      if (CHANGED.includes(part)) continue;
      expect(after.get(part)?.equals(bytes), part).toBe(true);
    }
  });

  it('opens in LibreOffice: converts to PDF, and LibreOffice reads every comment', () => {
    const { findings } = get();
    const pdf = pdfs[name]!;
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    // the PDF shows the report: every finding's quote is in its text
    const shown = squash(pdfText(pdf));
    for (const f of findings) expect(shown).toContain(squash(f.quote).slice(0, 12));
    const fodt = Buffer.from(fodts[name]!).toString('utf8');
    const annotations = fodt.match(/<office:annotation[\s>][\s\S]*?<\/office:annotation>/g) ?? [];
    expect(annotations).toHaveLength(findings.length);
    for (const a of annotations) expect(a).toContain('<dc:creator>Jixiao</dc:creator>');
    expect(fodt.match(/<office:annotation-end\b/g) ?? []).toHaveLength(findings.length);
  });
});
