import { describe, expect, it } from 'vitest';
import { fixtureBytes, seedBytes } from '../../test/seeds';
import { checkOne } from '../core/check-report';
import { ingestBytes } from '../ingest/ingest';
import { nodeCMapSource } from '../ingest/pdf/cmaps-node';
import { extractPdf } from '../ingest/pdf/extract-pdf';
import { annotateReport } from './annotate-report';
import { convertWithLibreOffice } from './libreoffice';
import { readComments } from './test-read-comments';

const cmaps = nodeCMapSource();
const ingest = (bytes: Uint8Array) => ingestBytes(bytes, (b) => extractPdf(b, { cmaps }));
const squash = (s: string) => s.replace(/\s+/g, '');

describe.each([
  ['PDF', () => seedBytes('000', 'pdf')],
  ['TXT', () => seedBytes('002', 'txt')],
  ['.doc', () => fixtureBytes('doc', '002.doc')],
])('annotated report for %s input', (_, bytes) => {
  it('is a new GB/T 9704 .docx of the report text carrying one comment per finding on its quote', async () => {
    const input = bytes();
    const doc = await ingest(input);
    const { findings } = await checkOne({ doc });
    expect(findings.length).toBeGreaterThan(0);
    const out = await annotateReport({ doc, findings, bytes: input });
    expect(out.newDocument).toBe(true);
    const { comments, files, documentText } = readComments(out.bytes);
    expect(comments).toHaveLength(findings.length);
    findings.forEach((f, i) => expect(squash(comments[i]!.anchored)).toBe(squash(f.quote)));
    expect(files['word/document.xml']).toMatch(/w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(squash(documentText)).toBe(squash(doc.text));
    // and it is read back as the same report
    const again = await ingest(out.bytes);
    expect(again.sections.map((s) => s.title)).toEqual(doc.sections.map((s) => s.title));
  });
});

it('the new .docx opens in LibreOffice', async () => {
  const doc = await ingest(seedBytes('002', 'txt'));
  const { findings } = await checkOne({ doc });
  const out = await annotateReport({ doc, findings });
  const pdf = convertWithLibreOffice({ 'report.docx': out.bytes }, 'pdf')['report.docx']!;
  expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
}, 120_000);
